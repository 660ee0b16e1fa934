package ca.quebec.catalogue.dcat;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The three RDF syntaxes the export is written in, Turtle first (the default).
 *
 * <p>Each is written as a stream of parts (the catalogue's head, then a page of
 * records at a time), so that the export never holds the whole catalogue as one
 * model: at 100,000 records the model alone outgrew a 1 GiB heap. Within a part,
 * subjects and their statements are written in a fixed order, so that two builds of
 * one change-log position write the same bytes, as a strong entity tag promises.
 */
public enum RdfSyntax {
    TURTLE("text/turtle", "ttl"),
    JSON_LD("application/ld+json", "jsonld"),
    RDF_XML("application/rdf+xml", "rdf");

    public static final String TURTLE_TYPE = "text/turtle";
    public static final String JSON_LD_TYPE = "application/ld+json";
    public static final String RDF_XML_TYPE = "application/rdf+xml";

    public final String mediaType;
    /** Short name, in entity tags. */
    final String suffix;

    RdfSyntax(String mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    /** A document being written part by part; {@link #finish} closes it (not the stream). */
    interface PartWriter {
        void write(Model part);

        void finish();
    }

    /**
     * Starts a document. Turtle goes through Jena's streaming writer (subjects in blocks);
     * JSON-LD and RDF/XML through writers of ours (see {@link JsonLdWriter}, {@link RdfXmlWriter}):
     * Jena's write a whole model at once.
     */
    PartWriter open(OutputStream out, Map<String, String> prefixes) {
        return switch (this) {
            case TURTLE -> turtle(out, prefixes);
            case JSON_LD -> new JsonLdWriter(out, prefixes);
            case RDF_XML -> new RdfXmlWriter(out, prefixes);
        };
    }

    /** Writes a whole model in this syntax, as one part. */
    void write(Model model, OutputStream out) {
        PartWriter writer = open(out, model.getNsPrefixMap());
        writer.write(model);
        writer.finish();
    }

    private static PartWriter turtle(OutputStream out, Map<String, String> prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        prefixes.forEach(stream::prefix);
        return new PartWriter() {
            @Override
            public void write(Model part) {
                for (Resource subject : subjects(part)) {
                    statements(subject).forEach(s -> stream.triple(s.asTriple()));
                }
            }

            @Override
            public void finish() {
                stream.finish();
            }
        };
    }

    /** A part's subjects, by IRI. */
    static List<Resource> subjects(Model part) {
        return part.listSubjects().toList().stream().sorted(Comparator.comparing(RdfSyntax::key)).toList();
    }

    /** A subject's statements, by predicate then object. */
    static List<Statement> statements(Resource subject) {
        return subject.listProperties().toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()))
                .toList();
    }

    private static String key(Resource subject) {
        return subject.isAnon() ? "_:" + subject.getId().getLabelString() : subject.getURI();
    }
}
