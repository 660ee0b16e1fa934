package ca.quebec.catalogue.web;

/** Texts shared by the contract's annotations (annotation values must be constants). */
public final class ApiDoc {

    public static final String LIMIT = "Page size, 1 to 100 (default 20)";
    public static final String CURSOR = "Opaque cursor from links.next of the previous page";
    public static final String SORT = "Order: id (default), name, -name, usageCount, -usageCount, updatedAt, -updatedAt. A leading minus sorts in descending order.";
    public static final String IF_NONE_MATCH = "ETag of the copy the client holds; a match answers 304 Not Modified";

    private ApiDoc() {
    }
}
