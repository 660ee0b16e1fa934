package ca.quebec.catalogue.web;

/** Texts shared by the contract's annotations (annotation values must be constants). */
public final class ApiDoc {

    public static final String LIMIT = "Page size, 1 to 100 (default 20)";
    public static final String CURSOR = "Opaque cursor from links.next of the previous page";
    public static final String SORT = "Order: id (default), name, -name, usageCount, -usageCount, updatedAt, -updatedAt. A leading minus sorts in descending order.";
    public static final String IF_NONE_MATCH = "ETag of the copy the client holds; a match answers 304 Not Modified";

    public static final String SECURITY = "apiKey";
    /** OIDC access tokens, in the same header; the contract lists this scheme wherever it lists {@link #SECURITY} (ContractFilter). */
    public static final String OIDC = "oidc";
    public static final String IF_MATCH = "ETag of the version the change is based on (required): a stale one answers 412";
    public static final String IDEMPOTENCY_KEY = "Any unique string (a UUID, say). Sending the same key with the same request again replays the first answer instead of writing twice; the same key with another request is a 422.";

    public static final String IF_MATCH_OPTIONAL = "ETag of the version the decision is based on; when sent, a stale one answers 412";
    public static final String IF_MATCH_USAGE = "Required to replace an active declaration: the ETag read from it. Absent when declaring a new usage.";
    public static final String STATUS = "Lifecycle state to list (default published). Curators see every state; contributors see their organization's submissions.";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String MERGE_PATCH_BODY = "RFC 7396 JSON merge patch: the fields of the input schema to change; a null removes a value. "
            + "The result is checked like a new submission.";

    /** The tag of the portal's HTML pages: the contract gives their errors as HTML pages too (ContractFilter). */
    public static final String PORTAL = "Portal";
    public static final String HTML = "text/html;charset=UTF-8";

    private ApiDoc() {
    }
}
