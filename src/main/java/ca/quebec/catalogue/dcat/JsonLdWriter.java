package ca.quebec.catalogue.dcat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A model as a JSON-LD 1.1 document: the model's prefixes as the context, then
 * one node object per subject in {@code @graph}, every property an array,
 * objects as {@code {"@id": …}} with full IRIs, literals with their language or
 * datatype. Jena's own JSON-LD writer runs the JSON-LD "from RDF" algorithm
 * (Titanium), which took 23 s for 10,000 records where Turtle took 0.8 s; this
 * writes the same graph (the tests parse both back and compare) in about the
 * time Turtle does. The model has no blank nodes (see {@link DcatModel}).
 */
final class JsonLdWriter implements RdfSyntax.PartWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private final Map<String, String> prefixes;

    /** Writes the context and opens {@code @graph}; each part adds its node objects to it. */
    JsonLdWriter(OutputStream out, Map<String, String> prefixes) {
        this.prefixes = new LinkedHashMap<>(prefixes);
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            // The stream belongs to whoever opened it.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> prefix : this.prefixes.entrySet()) {
                json.writeStringField(prefix.getKey(), prefix.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One node object per subject of the part. A subject met in two parts (the catalogue,
     * which lists the datasets of each page) gets two node objects: JSON-LD merges them.
     */
    @Override
    public void write(Model part) {
        try {
            for (Resource subject : RdfSyntax.subjects(part)) {
                node(json, subject, prefixes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void node(JsonGenerator json, Resource subject, Map<String, String> prefixes) throws IOException {
        Map<String, List<RDFNode>> properties = new LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        for (Statement statement : RdfSyntax.statements(subject)) {
            if (statement.getPredicate().equals(RDF.type) && statement.getObject().isURIResource()) {
                types.add(compact(statement.getResource().getURI(), prefixes));
            } else {
                properties.computeIfAbsent(compact(statement.getPredicate().getURI(), prefixes), p -> new ArrayList<>())
                        .add(statement.getObject());
            }
        }
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        if (!types.isEmpty()) {
            json.writeArrayFieldStart("@type");
            for (String type : types) {
                json.writeString(type);
            }
            json.writeEndArray();
        }
        for (Map.Entry<String, List<RDFNode>> property : properties.entrySet()) {
            json.writeArrayFieldStart(property.getKey());
            for (RDFNode value : property.getValue()) {
                value(json, value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, RDFNode value) throws IOException {
        json.writeStartObject();
        if (value.isLiteral()) {
            Literal literal = value.asLiteral();
            json.writeStringField("@value", literal.getLexicalForm());
            if (!literal.getLanguage().isEmpty()) {
                json.writeStringField("@language", literal.getLanguage());
            } else if (!XSD.xstring.getURI().equals(literal.getDatatypeURI())) {
                json.writeStringField("@type", literal.getDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(value.asResource()));
        }
        json.writeEndObject();
    }

    private static String id(Resource resource) {
        return resource.isAnon() ? "_:" + resource.getId().getLabelString().replaceAll("[^A-Za-z0-9]", "") : resource.getURI();
    }

    /** prefix:local when a prefix of the context covers the IRI, else the IRI itself. */
    private static String compact(String iri, Map<String, String> prefixes) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && iri.length() > namespace.length() && !iri.substring(namespace.length()).contains("/")) {
                return prefix.getKey() + ":" + iri.substring(namespace.length());
            }
        }
        return iri;
    }
}
