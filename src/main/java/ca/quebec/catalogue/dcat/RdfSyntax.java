package ca.quebec.catalogue.dcat;

import java.io.OutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The three RDF syntaxes the export is written in, Turtle first (the default). */
public enum RdfSyntax {
    // Turtle pretty (grouped by subject and property) costs what the streaming writer does and is
    // smaller; RDF/XML "plain", since the abbreviated writer took 3.5 times longer at 10,000 records.
    // JSON-LD: see JsonLdWriter.
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

    /** Writes a model in this syntax. */
    void write(Model model, OutputStream out) {
        switch (this) {
            case TURTLE -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case JSON_LD -> JsonLdWriter.write(model, out);
            case RDF_XML -> RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
        }
    }
}
