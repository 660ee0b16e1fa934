package ca.quebec.catalogue.dcat;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * RDF/XML in its plainest form (one rdf:Description per subject, every value a
 * property element with rdf:resource, xml:lang or rdf:datatype), written with StAX
 * as the parts come. Jena's RDF/XML writers take a whole model; this one holds a
 * page. Every property of the export belongs to a vocabulary whose prefix the
 * document declares, which the syntax requires (a property element is a QName).
 */
final class RdfXmlWriter implements RdfSyntax.PartWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    RdfXmlWriter(OutputStream out, Map<String, String> prefixes) {
        this.prefixes.put("rdf", RDF.uri);
        prefixes.forEach(this.prefixes::putIfAbsent);
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rdf", "RDF", RDF.uri);
            for (Map.Entry<String, String> prefix : this.prefixes.entrySet()) {
                xml.writeNamespace(prefix.getKey(), prefix.getValue());
            }
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(Model part) {
        try {
            for (Resource subject : RdfSyntax.subjects(part)) {
                xml.writeCharacters("  ");
                xml.writeStartElement("rdf", "Description", RDF.uri);
                node(subject, "about", "nodeID");
                xml.writeCharacters("\n");
                for (Statement statement : RdfSyntax.statements(subject)) {
                    property(statement);
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void finish() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void property(Statement statement) throws XMLStreamException {
        String iri = statement.getPredicate().getURI();
        String prefix = prefixOf(iri);
        String namespace = prefixes.get(prefix);
        RDFNode value = statement.getObject();
        xml.writeCharacters("    ");
        if (value.isLiteral()) {
            Literal literal = value.asLiteral();
            xml.writeStartElement(prefix, iri.substring(namespace.length()), namespace);
            if (!literal.getLanguage().isEmpty()) {
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", literal.getLanguage());
            } else if (!XSD.xstring.getURI().equals(literal.getDatatypeURI())) {
                xml.writeAttribute("rdf", RDF.uri, "datatype", literal.getDatatypeURI());
            }
            text(literal.getLexicalForm());
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement(prefix, iri.substring(namespace.length()), namespace);
            node(value.asResource(), "resource", "nodeID");
        }
        xml.writeCharacters("\n");
    }

    /**
     * A literal's text as XML can carry it: a carriage return as a character reference (a
     * parser would fold a raw one into the line feed after it), and what XML 1.0 cannot
     * hold at all (U+FFFE, U+FFFF, a lone surrogate) as U+FFFD, so that one record's odd
     * text never makes the whole document unreadable.
     */
    private void text(String text) throws XMLStreamException {
        StringBuilder run = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                xml.writeCharacters(run.toString());
                run.setLength(0);
                xml.writeEntityRef("#xD");
            } else if (c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                run.appendCodePoint(c);
            } else {
                run.append('\uFFFD');
            }
        }
        xml.writeCharacters(run.toString());
    }

    private void node(Resource resource, String iriAttribute, String blankAttribute) throws XMLStreamException {
        if (resource.isAnon()) {
            xml.writeAttribute("rdf", RDF.uri, blankAttribute, "b" + resource.getId().getLabelString().replaceAll("[^A-Za-z0-9]", ""));
        } else {
            xml.writeAttribute("rdf", RDF.uri, iriAttribute, resource.getURI());
        }
    }

    /** The declared prefix whose namespace leaves a plain local name (an XML name) of the property. */
    private String prefixOf(String iri) {
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && iri.substring(namespace.length()).matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return prefix.getKey();
            }
        }
        throw new IllegalStateException("No declared prefix makes an XML name of the property " + iri);
    }
}
