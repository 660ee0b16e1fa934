package ca.quebec.catalogue.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the contract the answers that the HTTP layer gives
 * on its own, so that resources need not repeat them: problem+json errors
 * (which ones depends on what the operation takes), 304 for conditional GETs,
 * and the ETag and Link headers.
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String UNAUTHORIZED_PUBLIC = "An Authorization header was sent without a valid API key or access token "
            + "(unknown or revoked key; expired, malformed or foreign-signed token)";
    private static final String FORBIDDEN_TOKEN = "An OIDC access token was sent that names no body of the register or carries no catalogue role";
    private static final String UNAVAILABLE = "Overloaded: no database connection came free in time; or the identity provider that signs the "
            + "access token sent cannot be reached. Retry after Retry-After seconds";

    /** A nullable enumeration must list null among its values (JSON Schema checks enum and type separately). */
    @Override
    public Schema filterSchema(Schema schema) {
        // A nullable reference is "anyOf [ref, null]"; the generator sometimes leaves "type: object" beside it, which excludes null.
        if (schema.getAnyOf() != null && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getAnyOf().stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            List<Schema.SchemaType> types = new java.util.ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
        }
        // A oneOf of, say, a string or an object: the "type: object" the generator infers from the Java class would exclude the string.
        if (schema.getOneOf() != null && List.of(Schema.SchemaType.OBJECT).equals(schema.getType())
                && schema.getOneOf().stream().anyMatch(s -> s.getType() != null && !s.getType().contains(Schema.SchemaType.OBJECT))) {
            schema.setType(null);
        }
        if (schema.getEnumeration() != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new java.util.ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        metrics(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/") || path.startsWith("/problems/")) {
                // The pages of problem types are served by the REST layer too: its filters answer there as everywhere.
                complete(path, method, operation);
            } else if (operation.getTags() != null && operation.getTags().contains(ApiDoc.PORTAL)) {
                page(path, operation);
            } else {
                if (operation.getSecurity() == null) {
                    // Quarkus' own endpoints (health, the contract) read no key.
                    operation.setSecurity(new java.util.ArrayList<>());
                }
                // The edge (EdgeErrors) reads every request's URI before any route, Quarkus' own included.
                problem(operation.getResponses(), "400", "The URI cannot be read: a bad percent escape or a character it cannot hold");
                problem(operation.getResponses(), "414", "The URI is longer than the service reads");
            }
        }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if ((path.startsWith("/api/") || isPage(item)) && item.getOPTIONS() == null) {
                item.setOPTIONS(options(path, item));
            }
        });
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(ContractFilter::orToken));
        dropUnusedSchemas(openAPI);
    }

    /** Wherever an API key is accepted, an OIDC access token is too (the same bearer header carries either). */
    private static void orToken(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        boolean keys = operation.getSecurity().stream().anyMatch(r -> r.hasScheme(ApiDoc.SECURITY));
        if (keys && operation.getSecurity().stream().noneMatch(r -> r.hasScheme(ApiDoc.OIDC))) {
            List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> requirements = new java.util.ArrayList<>(operation.getSecurity());
            requirements.add(OASFactory.createSecurityRequirement().addScheme(ApiDoc.OIDC));
            operation.setSecurity(requirements);
        }
    }

    static final String METRICS_PATH = "/q/metrics";

    /**
     * {@code /q/metrics}, listed like the health probes that SmallRye Health lists itself
     * (Micrometer lists nothing): a platform team reads the service's endpoints in one place.
     * Its 400 and 414 are added below with the other Quarkus endpoints'.
     */
    private static void metrics(OpenAPI openAPI) {
        if (openAPI.getPaths().getPathItem(METRICS_PATH) != null) {
            return;
        }
        String tag = "Metrics";
        if (openAPI.getTags() == null || openAPI.getTags().stream().noneMatch(t -> tag.equals(t.getName()))) {
            openAPI.addTag(OASFactory.createTag().name(tag).description("Prometheus metrics of this instance"));
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Operation get = OASFactory.createOperation().operationId("prometheusMetrics").tags(new java.util.ArrayList<>(List.of(tag)))
                .summary("Metrics of this instance, for Prometheus")
                .description("Prometheus' text exposition format (OpenMetrics when the Accept header asks for it): HTTP requests "
                        + "by method, route template and status (http_server_requests_seconds), the JVM, the connection pool "
                        + "(agroal_*) and the catalogue's own meters, named catalogue_*: search latency (a histogram), the search "
                        + "index's lag behind the change log in changes and seconds, its rebuilds, bulk declaration sizes, webhook "
                        + "attempts and deliveries by outcome. Each instance answers for itself: scrape every replica.")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("The metrics")
                        .content(OASFactory.createContent()
                                .addMediaType("text/plain", OASFactory.createMediaType().schema(text))
                                .addMediaType("application/openmetrics-text", OASFactory.createMediaType().schema(text)))));
        problem(get.getResponses(), "406", "The Accept header admits neither text/plain nor application/openmetrics-text");
        openAPI.getPaths().addPathItem(METRICS_PATH, OASFactory.createPathItem().GET(get));
    }

    /** OPTIONS on every path of the API: 204 and the methods it answers (CORS preflights are answered by the same door). */
    private static Operation options(String path, PathItem item) {
        java.util.Set<String> methods = new java.util.TreeSet<>();
        item.getOperations().keySet().forEach(m -> methods.add(m.name()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        // The portal's pages are named after their path too: optionsPortalEnSearch for /en/search.
        StringBuilder id = new StringBuilder(path.startsWith("/api/v1") ? "options" : "optionsPortal");
        for (String segment : (path.startsWith("/api/v1") ? path.substring("/api/v1".length()) : path).split("[/{}.-]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        APIResponses responses = OASFactory.createAPIResponses().addAPIResponse("204", OASFactory.createAPIResponse()
                .description("The methods this path answers: " + String.join(", ", methods))
                .addHeader("Allow", OASFactory.createHeader().description("The methods this path answers").required(true)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        Operation operation = OASFactory.createOperation().operationId(id.toString()).summary("Methods this path answers")
                .tags(item.getOperations().values().iterator().next().getTags())
                .security(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement())))
                .parameters(item.getOperations().values().iterator().next().getParameters() == null ? null
                        : item.getOperations().values().iterator().next().getParameters().stream()
                                .filter(p -> p.getIn() == Parameter.In.PATH).toList())
                .responses(responses);
        if (path.contains("{") && !path.startsWith("/api/")) {
            // Under the portal, an unknown path is the portal's page not found.
            html(responses, "404", "No such path: the portal's page not found", false);
        } else if (path.contains("{")) {
            problem(responses, "404", "No such path");
        }
        problem(responses, "400", "The URI cannot be read: a bad percent escape");
        problem(responses, "414", "The URI is longer than the service reads");
        return operation;
    }

    /**
     * Vocabularies are written inline where they are used (so that a field can add
     * null to them); the named schemas the generator also leaves behind are dropped.
     */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Deque<Schema> pending = new java.util.ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> push(pending, p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                pushContent(pending, operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    pushContent(pending, response.getContent());
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> push(pending, h.getSchema()));
                    }
                });
            }
        }));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.get(name) != null) {
                    push(pending, components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> push(pending, p));
            }
            push(pending, schema.getItems());
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(g -> push(pending, g));
                }
            }
            push(pending, schema.getAdditionalPropertiesSchema());
        }
        List.copyOf(components.keySet()).stream().filter(name -> !used.contains(name)).forEach(openAPI.getComponents()::removeSchema);
    }

    private static void pushContent(java.util.Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(pending, m.getSchema()));
        }
    }

    private static void push(java.util.Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }

    private static boolean isPage(PathItem item) {
        return item.getOperations().values().stream().anyMatch(o -> o.getTags() != null && o.getTags().contains(ApiDoc.PORTAL));
    }

    /**
     * A page of the portal answers its refusals as HTML pages with the same status (the
     * portal renders the problem), except where the HTTP edge answers before the page
     * exists (a URI that cannot be read, too long, a failure below the REST layer: problem+json)
     * and where the client said it reads no HTML (406). Pages get content tags like lists.
     */
    private static void page(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        operation.setSecurity(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme(ApiDoc.SECURITY))));
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description(ApiDoc.IF_NONE_MATCH).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        boolean hasQuery = operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        html(responses, "400", hasQuery ? "Bad request: a parameter the page refuses or does not know (an HTML page), or a URI that cannot be read"
                : "Bad request: a query parameter the page does not know (an HTML page), or a URI that cannot be read", true);
        html(responses, "401", UNAUTHORIZED_PUBLIC, false);
        responses.getAPIResponse("401").addHeader("WWW-Authenticate", challengeHeader());
        html(responses, "403", FORBIDDEN_TOKEN, false);
        if (path.contains("{")) {
            html(responses, "404", "No such record, body or category: the portal's page not found", false);
        }
        problem(responses, "406", "The Accept header excludes HTML");
        problem(responses, "414", "The URI is longer than the service reads");
        tooMany(responses, true);
        html(responses, "500", "Unexpected failure (never for bad input)", true);
        html(responses, "503", UNAVAILABLE, true);
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        responses.addAPIResponse("304", OASFactory.createAPIResponse().description("The client's copy (If-None-Match) is current")
                .headers(Map.of("ETag", etagHeader())));
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", etagHeader());
        }
    }

    /**
     * Every operation may meet the caller's rate limit (ratelimit.RateLimitFilter), answered
     * before the operation runs; an operation that has a 429 of its own (one bulk per key)
     * keeps its description and gains the rate limit's.
     */
    private static void tooMany(APIResponses responses, boolean page) {
        String limit = "Too many requests: the caller spent its budget of reads, searches or writes, or its address sent too many "
                + "refused keys; retry after Retry-After seconds";
        APIResponse own = responses.getAPIResponse("429");
        if (own == null && page) {
            html(responses, "429", limit, true);
        } else if (own == null) {
            problem(responses, "429", limit);
        } else if (!own.getDescription().contains("budget")) {
            own.setDescription(own.getDescription() + "; or " + Character.toLowerCase(limit.charAt(0)) + limit.substring(1));
        }
        APIResponse answer = responses.getAPIResponse("429");
        if (answer.getHeaders() == null || !answer.getHeaders().containsKey("Retry-After")) {
            answer.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait").required(true)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    /** An error answered as the portal's HTML page; {@code orProblem} when the edge may answer it first, as problem+json. */
    private static void html(APIResponses responses, String status, String description, boolean orProblem) {
        Content content = OASFactory.createContent().addMediaType("text/html",
                OASFactory.createMediaType().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (orProblem) {
            content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasQuery = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean hasHeaders = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER);
        boolean hasBody = operation.getRequestBody() != null;
        if (method == PathItem.HttpMethod.GET && parameters.stream().noneMatch(p -> "If-None-Match".equals(p.getName()))) {
            // Answers without a version of their own get a tag made of their content (ContentTags).
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description(ApiDoc.IF_NONE_MATCH).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            parameters = operation.getParameters();
        }
        boolean conditional = parameters.stream().anyMatch(p -> "If-None-Match".equals(p.getName()));
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equals(p.getName()));
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            // Public: anonymous callers are served, and a key, when sent, is checked and widens what is shown.
            operation.setSecurity(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(ApiDoc.SECURITY))));
        }

        // Every operation can be refused 400: a URI that cannot be read, a query parameter it does not declare.
        problem(responses, "400", hasQuery || hasHeaders || hasBody ? "Bad request: a parameter, header or body that cannot be read"
                : "Bad request: a URI that cannot be read, or a query parameter the operation does not declare");
        if (path.contains("{")) {
            problem(responses, "404", "No such resource");
        }
        problem(responses, "406", "The Accept header asks for a format the API does not produce");
        problem(responses, "414", "The URI is longer than the service reads");
        if (hasBody) {
            problem(responses, "413", "The body is larger than the service accepts");
            problem(responses, "415", "The body's content type is not accepted");
            problem(responses, "422", "The body breaks the rules; errors[] names every refused field");
        }
        if (secured) {
            problem(responses, "401", "No valid API key or access token: missing, unknown, revoked, expired or not signed by the identity provider");
            problem(responses, "403", "The key or access token is valid but its organization or role may not do this, "
                    + "or the access token names no body of the register or no catalogue role");
        } else {
            problem(responses, "401", UNAUTHORIZED_PUBLIC);
            problem(responses, "403", FORBIDDEN_TOKEN);
        }
        if (ifMatch) {
            problem(responses, "412", "If-Match does not name the current version: someone changed it since");
            problem(responses, "428", "If-Match is required");
        }
        tooMany(responses, false);
        problem(responses, "500", "Unexpected failure (never for bad input)");
        problem(responses, "503", UNAVAILABLE);
        responses.getAPIResponse("401").addHeader("WWW-Authenticate", challengeHeader());
        if (responses.getAPIResponse("503").getHeaders() == null || !responses.getAPIResponse("503").getHeaders().containsKey("Retry-After")) {
            responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }

        if (conditional && responses.getAPIResponse("304") == null) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description("The client's copy (If-None-Match) is current")
                    .headers(Map.of("ETag", etagHeader())));
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && method == PathItem.HttpMethod.GET) {
            if (conditional) {
                ok.addHeader("ETag", etagHeader());
            }
            if (isList(ok)) {
                ok.addHeader("Link", OASFactory.createHeader().description("RFC 8288 links: rel=\"self\" and, unless last, rel=\"next\"")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
    }

    private static boolean isList(APIResponse ok) {
        if (ok.getContent() == null || ok.getContent().getMediaType("application/json") == null) {
            return false;
        }
        Schema schema = ok.getContent().getMediaType("application/json").getSchema();
        return schema != null && schema.getRef() != null && schema.getRef().matches(".*/(Page\\w*|SearchPage)$");
    }

    private static Header challengeHeader() {
        return OASFactory.createHeader().description("RFC 6750 challenge: Bearer, with error=\"invalid_token\" when the key or token "
                + "sent was refused (and, for a token, error_description saying why)").required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header etagHeader() {
        return OASFactory.createHeader().description("Entity tag: strong for a record (its version, for If-Match; a "
                + "compressed variant has the encoding as a suffix), weak (W/) when made of the content (lists, search)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void problem(APIResponses responses, String status, String description) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            // A default the generator added without a body: every error has one.
            existing.content(content).description(description);
        }
    }
}
