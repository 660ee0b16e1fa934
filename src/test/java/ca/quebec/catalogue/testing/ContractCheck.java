package ca.quebec.catalogue.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every answer the tests receive must be one the checked-in contract describes,
 * strictly: its status is listed for the operation, its media type too, and its
 * body validates against the schema as JSON Schema 2020-12 (the OpenAPI 3.1
 * dialect), with every object closed: a property the contract does not declare
 * fails, like a missing required one or a value of the wrong type.
 *
 * <p>(The former validator, swagger-request-validator, read OpenAPI 3.1 schemas
 * through a model that drops their {@code type} arrays, so it checked no type
 * at all: an object where the contract said {@code array | null} passed.)
 */
public final class ContractCheck implements Filter {

    public static final String CONTRACT = "openapi/openapi.yaml";
    private static final String BASE = "https://catalogue.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOCUMENT_FIELDS = List.of("openapi", "info", "servers", "tags", "paths", "components",
            "security", "webhooks", "jsonSchemaDialect", "externalDocs");

    private static final ContractCheck INSTANCE = new ContractCheck();

    private final JsonNode contract;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Operation(Pattern path, int literals, String template, String method) {
    }

    private ContractCheck() {
        try {
            Object yaml = new Load(LoadSettings.builder().setCodePointLimit(50_000_000).build())
                    .loadFromString(Files.readString(Path.of(CONTRACT)));
            contract = JSON.valueToTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        close(contract, false);
        String text = contract.toString();
        // The document itself is loaded as the schema resource its $refs point into: its OpenAPI
        // fields are known to the dialect as keywords that validate nothing.
        Dialect dialect = Dialect.builder(Dialects.getOpenApi31())
                .keywords(DOCUMENT_FIELDS.stream().map(NonValidationKeyword::new).toList()).build();
        registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemas(Map.of(BASE, text)));
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            String template = path.getKey();
            String regex = "^" + template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "$";
            operations.add(new Operation(Pattern.compile(regex), template.replaceAll("\\{[^}]+}", "").length(), template, method));
        }));
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
    }

    public static ContractCheck instance() {
        return INSTANCE;
    }

    /** Objects of the contract are closed: what it does not declare is an error (allOf parts excepted, which another part extends). */
    private static void close(JsonNode node, boolean inAllOf) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties") && !inAllOf) {
                object.put("additionalProperties", false);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                close(field.getValue(), field.getKey().equals("allOf"));
            }
        } else if (node.isArray()) {
            node.forEach(item -> close(item, inAllOf));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> problems = check(request.getMethod(), URI.create(request.getURI()).getRawPath(), response);
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + request.getURI() + " breaks the contract:\n  "
                    + String.join("\n  ", problems) + "\n" + response.asString());
        }
        return response;
    }

    List<String> check(String method, String path, Response response) {
        return check(method, path, response.statusCode(), response.contentType(), response.asString());
    }

    /** The contract as loaded, objects closed: read it, never change it. */
    public JsonNode document() {
        return contract;
    }

    /**
     * What the contract says of an answer given as its parts (for answers read off a
     * socket, {@link RawHttp}): nothing when it conforms, else each breach.
     */
    public List<String> check(String method, String path, int statusCode, String contentType, String body) {
        String lower = method.toLowerCase(Locale.ROOT);
        Operation operation = operations.stream().filter(o -> o.method().equals(lower) && o.path().matcher(path).matches()).findFirst()
                .orElse(null);
        if (operation == null) {
            return path.startsWith("/api/") ? List.of("no operation " + method + " " + path + " in the contract") : List.of();
        }
        String status = Integer.toString(statusCode);
        JsonNode responses = contract.path("paths").path(operation.template()).path(operation.method()).path("responses");
        String statusKey = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (statusKey == null) {
            return List.of("status " + status + " is not listed for " + method + " " + operation.template());
        }
        JsonNode content = responses.path(statusKey).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("status " + status + " declares no body, got one");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!content.has(type)) {
            return List.of("media type '" + type + "' is not listed for " + status + " of " + method + " " + operation.template());
        }
        if (!type.endsWith("json")) {
            return List.of();
        }
        String pointer = "/paths/" + escape(operation.template()) + "/" + operation.method() + "/responses/" + statusKey + "/content/"
                + escape(type) + "/schema";
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(instance, execution -> execution.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
