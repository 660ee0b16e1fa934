package ca.quebec.catalogue.dcat;

import org.apache.jena.riot.RDFFormat;

/** The three RDF syntaxes the export is written in, Turtle first (the default). */
public enum RdfSyntax {
    // Jena's "blocks" and "plain" writers: the pretty ones analyse the whole graph first and cost
    // several times more at 100,000 records, for nesting that harvesters do not need.
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

    /** Jena's writer (looked up when used: Jena sets some of these constants as it initializes). */
    RDFFormat format() {
        return switch (this) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case JSON_LD -> RDFFormat.JSONLD11_PLAIN;
            case RDF_XML -> RDFFormat.RDFXML_PLAIN;
        };
    }
}
