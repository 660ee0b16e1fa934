package ca.quebec.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.solution.SolutionTestData;

/**
 * Requests for one operation of the contract and one caller: valid-looking, or
 * with one or two defects. Each defect knows whether the contract makes it a
 * refusal whatever the data (a bad escape, an unknown parameter, a body that
 * breaks the schema…) or leaves the answer to the service (a garbled
 * Accept-Language, a duplicated parameter…): {@link FuzzTest} checks the first
 * kind as "must be refused" and runs it where the catalogue must not change.
 */
final class FuzzRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);

    enum Role {
        ANONYMOUS, OWNER, OTHER, CURATOR, ADMIN
    }

    /** One operation of the contract: what it takes. */
    record Operation(String id, String method, String template, List<Parameter> parameters, Map<String, JsonNode> bodies,
            boolean bodyRequired, boolean secured) {

        boolean has(String parameter) {
            return parameters.stream().anyMatch(p -> p.name().equalsIgnoreCase(parameter));
        }

        boolean api() {
            return template.startsWith("/api/");
        }

        /** Reached through the REST layer, whose filters read keys, parameters and Accept (Quarkus' health is not). */
        boolean rest() {
            return !template.startsWith("/q/") && !method.equals("OPTIONS");
        }

        boolean reads() {
            return method.equals("GET") || method.equals("OPTIONS") || READ_ONLY_POSTS.contains(id);
        }
    }

    /** POSTs only because what they take can be large: they answer, and store nothing. */
    static final Set<String> READ_ONLY_POSTS = Set.of("reconcileWithPost", "validatePubliccode");

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** What a request is sent as, byte for byte, and what the generator expects of it. */
    record Request(int index, String operationId, Role role, String method, String target, List<String> headers, byte[] body,
            boolean chunked, List<String> defects, boolean mustRefuse, boolean mustNotChange) {

        String rawPath() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        String head() {
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1");
            headers.forEach(h -> head.append("\r\n").append(h));
            return head.toString();
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append("#").append(index).append(' ').append(operationId).append(" as ").append(role.name().toLowerCase(Locale.ROOT))
                    .append(defects.isEmpty() ? ", valid-looking" : ", defects " + defects).append('\n');
            text.append("    ").append(printable(method + " " + excerpt(target, 300))).append('\n');
            headers.forEach(h -> text.append("    ").append(printable(excerpt(h, 200))).append('\n'));
            if (body != null) {
                text.append("    [").append(body.length).append(" bytes").append(chunked ? ", chunked" : "").append("] ")
                        .append(printable(excerpt(new String(body, StandardCharsets.UTF_8), 400))).append('\n');
            }
            return text.toString();
        }
    }

    /** Who the fuzz is, and what it may name: set up once, before the first request. */
    record Fixture(Map<String, String> contributorKeys, String curatorKey, String adminKey, List<String> spareKeyIds,
            Map<String, String> solutionOwners, Map<String, String> submittedSoftware, List<String[]> softwareUsages,
            List<String> problemTypes, List<byte[]> publiccodeFiles) {

        List<String> bodies() {
            return List.copyOf(contributorKeys.keySet());
        }
    }

    private final FuzzValues values;
    private final Fixture fixture;
    private final FuzzValues.Pools pools;
    private final FuzzDefects defects;

    FuzzRequests(FuzzValues values, FuzzValues.Pools pools, Fixture fixture) {
        this.values = values;
        this.pools = pools;
        this.fixture = fixture;
        this.defects = new FuzzDefects(values, pools, fixture);
    }

    /** Every operation of the contract, each with its operationId. */
    static List<Operation> operations(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (!List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE").contains(method)) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("schema"), p.path("required").asBoolean(false))));
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            operation.path("requestBody").path("content").fields().forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
            boolean secured = false;
            for (JsonNode requirement : operation.path("security")) {
                secured = true;
                if (requirement.isEmpty()) {
                    secured = false;
                    break;
                }
            }
            operations.add(new Operation(operation.path("operationId").asText(null), method, path.getKey(), parameters, bodies,
                    operation.path("requestBody").path("required").asBoolean(false), secured));
        }));
        return operations;
    }

    // ---------------------------------------------------------------------------------------------
    // One request
    // ---------------------------------------------------------------------------------------------

    /** A request while it is being made: its parts, its defects, and whether one of them must be refused. */
    static final class Draft {
        final Operation operation;
        final Role role;
        String owner;
        final Map<String, String> path = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        String contentType;
        JsonNode json;
        JsonNode jsonSchema;
        List<FuzzValues.Slot> slots = new ArrayList<>();
        byte[] body;
        boolean chunked;
        boolean refused;
        final List<String> defects = new ArrayList<>();
        final Set<String> kinds = new java.util.HashSet<>();

        Draft(Operation operation, Role role) {
            this.operation = operation;
            this.role = role;
        }

        void header(String name, String value) {
            headers.put(name, new ArrayList<>(List.of(value)));
        }

        void defect(String name, boolean refusing) {
            defects.add(name);
            refused |= refusing;
        }
    }

    Request next(int index, Operation operation, Role role) {
        Draft draft = new Draft(operation, role);
        target(draft);
        queryParameters(draft);
        headers(draft);
        body(draft);
        if (values.chance(0.6)) {
            int n = values.chance(0.7) ? 1 : 2;
            for (int i = 0; i < n; i++) {
                defects.add(draft);
            }
        }
        return build(index, draft);
    }

    /** The path's ids, and the body that owns what they name. */
    private void target(Draft draft) {
        String template = draft.operation.template();
        List<String> bodies = fixture.bodies();
        draft.owner = values.pick(bodies);
        if (template.startsWith("/api/v1/{collection}")) {
            boolean software = values.random().nextBoolean();
            draft.path.put("collection", software ? "software" : "solutions");
            draft.path.put("id", software ? software(draft) : solution(draft));
        } else if (template.startsWith("/api/v1/software/{id}")) {
            if (template.contains("{organizationId}")) {
                String[] usage = values.chance(0.6) ? values.pick(fixture.softwareUsages()) : new String[] { values.pick(pools.software()), draft.owner };
                draft.path.put("id", usage[0]);
                draft.owner = usage[1];
                draft.path.put("organizationId", usage[1]);
            } else {
                draft.path.put("id", software(draft));
            }
        } else if (template.startsWith("/api/v1/solutions/{id}")) {
            draft.path.put("id", solution(draft));
            if (template.contains("{organizationId}")) {
                draft.owner = values.pick(bodies);
                draft.path.put("organizationId", draft.owner);
            }
        } else if (template.startsWith("/api/v1/organizations/{id}")) {
            draft.path.put("id", draft.owner);
        } else if (template.startsWith("/api/v1/admin/api-keys/{id}")) {
            draft.path.put("id", values.chance(0.8) ? values.pick(fixture.spareKeyIds()) : "fuzz-" + values.serial());
        } else if (template.startsWith("/api/v1/categories/{id}")) {
            draft.path.put("id", values.pick(pools.categories()));
        } else if (template.startsWith("/api/v1/licences/{spdxId}")) {
            draft.path.put("spdxId", values.pick(pools.licences()));
        } else if (template.startsWith("/api/v1/reconcile/records/{id}")) {
            draft.path.put("id", values.random().nextBoolean() ? "software:" + values.pick(pools.software())
                    : "solution:" + values.pick(pools.solutions()));
        } else if (template.matches("(/en)?/(logiciels|software)/\\{id}")) {
            // The portal's pages name the same ids as the API.
            draft.path.put("id", software(draft));
        } else if (template.matches("(/en)?/solutions/\\{id}")) {
            draft.path.put("id", solution(draft));
        } else if (template.matches("(/en)?/(organismes|organizations)/\\{id}")) {
            draft.path.put("id", draft.owner);
        } else if (template.matches("(/en)?/categories/\\{id}")) {
            draft.path.put("id", values.pick(pools.categories()));
        } else if (template.startsWith("/problems/{type}")) {
            draft.path.put("type", values.pick(fixture.problemTypes()));
        }
    }

    /** A software id: one a body submitted (then that body owns it) or one of the seed. */
    private String software(Draft draft) {
        if (values.chance(0.3)) {
            String id = values.pick(List.copyOf(fixture.submittedSoftware().keySet()));
            draft.owner = fixture.submittedSoftware().get(id);
            return id;
        }
        return values.pick(pools.software());
    }

    /** A solution id, mostly one whose owner has a key here. */
    private String solution(Draft draft) {
        List<String> owned = fixture.solutionOwners().entrySet().stream().filter(e -> fixture.contributorKeys().containsKey(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!owned.isEmpty() && values.chance(0.8)) {
            String id = values.pick(owned);
            draft.owner = fixture.solutionOwners().get(id);
            return id;
        }
        return values.pick(pools.solutions());
    }

    private void queryParameters(Draft draft) {
        for (Parameter parameter : draft.operation.parameters()) {
            if (!parameter.in().equals("query") || !(parameter.required() || values.chance(0.3))) {
                continue;
            }
            String value = switch (parameter.name()) {
                case "limit" -> Integer.toString(1 + values.random().nextInt(parameter.schema().path("maximum").asInt(100)));
                case "since" -> Integer.toString(values.random().nextInt(4000));
                case "cursor" -> null;
                case "q" -> values.random().nextBoolean() ? values.pick(pools.software()).replace('-', ' ') : values.sentence();
                case "queries" -> queries();
                default -> values.valid(parameter.schema(), parameter.name(), new ArrayList<>(), 0).asText();
            };
            if (value != null) {
                draft.query.add(new String[] { parameter.name(), encode(value) });
            }
        }
    }

    /** A W3C reconciliation batch. */
    private String queries() {
        ObjectNode batch = FuzzValues.NODES.objectNode();
        int n = 1 + values.random().nextInt(3);
        for (int i = 0; i < n; i++) {
            ObjectNode query = batch.putObject("q" + i);
            query.put("query", values.random().nextBoolean() ? values.pick(pools.software()) : values.sentence());
            if (values.chance(0.3)) {
                query.put("type", values.pick("software", "solution"));
            }
            if (values.chance(0.3)) {
                query.put("limit", 1 + values.random().nextInt(5));
            }
        }
        return batch.toString();
    }

    private void headers(Draft draft) {
        Operation operation = draft.operation;
        String key = switch (draft.role) {
            case ANONYMOUS -> null;
            case OWNER -> fixture.contributorKeys().get(draft.owner);
            case OTHER -> fixture.contributorKeys().get(values.pick(fixture.bodies().stream().filter(b -> !b.equals(draft.owner)).toList()));
            case CURATOR -> fixture.curatorKey();
            case ADMIN -> fixture.adminKey();
        };
        if (key != null) {
            draft.header("Authorization", (values.chance(0.05) ? "bearer " : "Bearer ") + key);
        }
        if (values.chance(0.4)) {
            draft.header("Accept", values.pick("application/json", "*/*", "application/json, application/problem+json",
                    "application/*", "application/json;q=0.9, */*;q=0.1"));
        }
        if (values.chance(0.5)) {
            draft.header("Accept-Language", values.pick("fr", "en", "en-CA,en;q=0.9", "fr-CA", "de, en;q=0.5", "*"));
        }
        if (operation.has("If-None-Match") && values.chance(0.2)) {
            draft.header("If-None-Match", values.pick("\"1\"", "W/\"c-0123456789abcdef\"", "*", "\"3.12\", \"4.0\""));
        }
        if (operation.has("If-Match")) {
            boolean required = operation.parameters().stream().anyMatch(p -> p.name().equals("If-Match") && p.required());
            if (values.chance(required ? 0.8 : 0.3)) {
                draft.header("If-Match", values.chance(0.8) ? "*" : "\"" + (1 + values.random().nextInt(3)) + "\"");
            }
        }
        if (operation.has("Idempotency-Key") && values.chance(0.3)) {
            draft.header("Idempotency-Key", "fuzz-" + values.serial());
        }
    }

    private void body(Draft draft) {
        Operation operation = draft.operation;
        if (operation.bodies().isEmpty()) {
            return;
        }
        if (!operation.bodyRequired() && values.chance(0.3)) {
            return;
        }
        List<String> types = List.copyOf(operation.bodies().keySet());
        String type = values.pick(types);
        draft.contentType = type + (values.chance(0.2) ? "; charset=UTF-8" : "");
        switch (type) {
            case "application/yaml" -> draft.body = values.pick(fixture.publiccodeFiles());
            case "text/csv" -> draft.body = csv().getBytes(StandardCharsets.UTF_8);
            case "application/x-www-form-urlencoded" -> draft.body = ("queries=" + encode(queries())).getBytes(StandardCharsets.UTF_8);
            case "application/merge-patch+json" -> {
                // The contract says only "object": the fields a patch may hold are the input schema's.
                draft.jsonSchema = values.component(operation.template().startsWith("/api/v1/organizations") ? "OrganizationInput"
                        : operation.template().startsWith("/api/v1/solutions") ? "SolutionInput" : "SoftwareInput");
                draft.json = patch(draft);
            }
            default -> {
                draft.jsonSchema = values.resolve(operation.bodies().get(type));
                if (operation.id().equals("createSolution") && values.chance(0.5)) {
                    Map<String, Object> solution = new LinkedHashMap<>(SolutionTestData.solution("Solution " + values.serial(),
                            "https://git.exemple.qc.ca/fuzz/" + values.serial()));
                    if (values.chance(0.3)) {
                        solution.put("owner", draft.owner);
                    }
                    draft.json = JSON.valueToTree(solution);
                } else {
                    draft.json = values.valid(draft.jsonSchema, null, draft.slots, 0);
                }
            }
        }
    }

    /** A merge patch: a few fields of the input schema. */
    private JsonNode patch(Draft draft) {
        ObjectNode patch = FuzzValues.NODES.objectNode();
        List<String> fields = new ArrayList<>();
        draft.jsonSchema.path("properties").fieldNames().forEachRemaining(f -> {
            if (!f.equals("id") || values.chance(0.05)) {
                fields.add(f);
            }
        });
        java.util.Collections.shuffle(fields, values.random());
        int n = 1 + values.random().nextInt(3);
        for (String field : fields.subList(0, Math.min(n, fields.size()))) {
            JsonNode schema = draft.jsonSchema.path("properties").path(field);
            patch.set(field, values.valid(schema, field, draft.slots, 1));
            draft.slots.add(new FuzzValues.Slot(patch, field, -1, schema, false));
        }
        return patch;
    }

    private String csv() {
        StringBuilder csv = new StringBuilder(values.pick("name,version,count\n", "nom;version\n", "Logiciel\tVersion\n", ""));
        int n = 1 + values.random().nextInt(5);
        for (int i = 0; i < n; i++) {
            String name = values.random().nextBoolean() ? values.pick(pools.software()) : values.sentence();
            csv.append(name).append(',').append(values.pick("1.0", "", "19.00 (x64)")).append(',').append(values.random().nextInt(50)).append('\n');
        }
        return csv.toString();
    }

    // ---------------------------------------------------------------------------------------------

    private Request build(int index, Draft draft) {
        Operation operation = draft.operation;
        String path = operation.template();
        for (Map.Entry<String, String> parameter : draft.path.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        StringBuilder target = new StringBuilder(path);
        for (int i = 0; i < draft.query.size(); i++) {
            String[] q = draft.query.get(i);
            target.append(i == 0 ? '?' : '&').append(q[0]);
            if (!q[0].isEmpty() || !q[1].isEmpty()) {
                target.append('=').append(q[1]);
            }
        }
        byte[] body = draft.body;
        if (body == null && draft.json != null) {
            try {
                // Half a surrogate pair cannot be written as UTF-8: it goes as a JSON escape.
                body = (draft.defects.contains("body-hostile-character") ? ESCAPING : JSON).writeValueAsBytes(draft.json);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> headers = new ArrayList<>();
        draft.headers.forEach((name, list) -> list.forEach(v -> headers.add(name + ": " + v)));
        if (body != null && draft.contentType != null) {
            headers.add("Content-Type: " + draft.contentType);
        }
        // Without a key, a secured operation is refused whatever else the request says.
        boolean refused = draft.refused || (draft.role == Role.ANONYMOUS && operation.secured() && !draft.headers.containsKey("Authorization"));
        return new Request(index, operation.id(), draft.role, operation.method(), target.toString(), List.copyOf(headers), body,
                draft.chunked && body != null, List.copyOf(draft.defects), refused, refused || operation.reads());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Text whose UTF-8 bytes go on the wire as they are (RawHttp writes the head as ISO-8859-1, one byte per char). */
    static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    /** Control characters made visible, so that a report can be read and copied. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static byte[] resource(String name) {
        try (InputStream in = FuzzRequests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
