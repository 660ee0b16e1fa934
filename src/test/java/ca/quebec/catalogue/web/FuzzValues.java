package ca.quebec.catalogue.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Values made from the contract's schemas: valid-looking ones (enums, formats,
 * lengths, and ids that exist, picked by the field's name) and, for the hostile
 * requests, a value that breaks one schema rule of one field. Every draw comes
 * from the one seeded {@link Random}, so a seed replays the same values.
 */
final class FuzzValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where a generated value sits, with the schema it answers to: what a hostile mutation can break. */
    record Slot(JsonNode parent, String key, int index, JsonNode schema, boolean required) {

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        String pointer(String parentPointer) {
            return parentPointer + "/" + (key != null ? key : Integer.toString(index));
        }
    }

    /** Ids that exist in the catalogue, by kind, for the values that name something. */
    record Pools(List<String> software, List<String> solutions, List<String> organizations, List<String> categories,
            List<String> licences) {
    }

    private static final String[] WORDS = { "courriel", "gestion", "documents", "cartographie", "sondage", "bureautique",
            "réservation", "archives", "géomatique", "paie", "budget", "web", "serveur", "données", "libre", "outil", "Montréal",
            "Québec", "navigateur", "statistique" };

    private final Random random;
    private final JsonNode components;
    private final Pools pools;
    private long serial;

    FuzzValues(Random random, JsonNode contract, Pools pools) {
        this.random = random;
        this.components = contract.path("components").path("schemas");
        this.pools = pools;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A schema with its $ref followed. */
    JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            String ref = schema.get("$ref").asText();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    JsonNode component(String name) {
        return components.path(name);
    }

    /** The JSON types a schema allows (empty: any). */
    List<String> types(JsonNode schema) {
        schema = resolve(schema);
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (schema.has("properties")) {
            types.add("object");
        } else if (schema.has("enum")) {
            types.add("string");
        }
        for (String group : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(group).forEach(part -> types.addAll(types(part)));
        }
        return types;
    }

    /** A unique, readable suffix: creations do not collide with each other by accident. */
    String serial() {
        return Long.toString(++serial, 36) + Integer.toString(random.nextInt(1 << 20), 36);
    }

    /** A valid-looking value for the schema; {@code name} is the field's name, which says what ids it takes. */
    JsonNode valid(JsonNode schema, String name, List<Slot> slots, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v);
                }
            });
            return pick(values).deepCopy();
        }
        List<String> types = types(schema);
        String type = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
        switch (type) {
            case "object":
                return object(schema, slots, depth);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int max = schema.path("maxItems").asInt(4);
                int min = schema.path("minItems").asInt(0);
                int n = Math.max(min, Math.min(max, random.nextInt(4)));
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < n + 3 && array.size() < n; i++) {
                    // Arrays of names and ids are sets for the service: a repeat would be a refusal, not a valid-looking value.
                    List<Slot> inner = new ArrayList<>();
                    JsonNode item = valid(schema.path("items"), name, inner, depth + 1);
                    if (seen.add(item.toString())) {
                        array.add(item);
                        slots.addAll(inner);
                        slots.add(new Slot(array, null, array.size() - 1, schema.path("items"), true));
                    }
                }
                return array;
            }
            case "integer":
            case "number": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 1000));
                return NODES.numberNode(min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min + 1)));
            }
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.textNode(text(schema, name));
        }
    }

    private ObjectNode object(JsonNode schema, List<Slot> slots, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // A bulk item names a software or a solution, not both.
        String skip = properties.has("software") && properties.has("solution") ? (random.nextBoolean() ? "software" : "solution") : null;
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            boolean wanted = required.contains(key) || (!key.equals(skip) && depth < 3 && chance(key.equals("curatorNote") ? 0.1 : 0.35));
            if (wanted) {
                object.set(key, valid(field.getValue(), key, slots, depth + 1));
                slots.add(new Slot(object, key, -1, field.getValue(), required.contains(key)));
            }
        }
        return object;
    }

    /** Text for a field, by what its name and schema say it holds. */
    String text(JsonNode schema, String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        String text = switch (key) {
            case "software", "dependson" -> pick(pools.software());
            case "solution" -> pick(pools.solutions());
            case "categories", "category" -> pick(pools.categories());
            case "licence", "spdxid" -> chance(0.8) ? pick(pools.licences()) : pick(pools.licences()) + " OR " + pick(pools.licences());
            case "owner", "organization", "parent", "organizationid" -> pick(pools.organizations());
            case "availablelanguages" -> pick("fr", "en", "fr-CA", "es");
            case "phone" -> "+1 418 555-0" + (100 + random.nextInt(900));
            case "since" -> pick("2015", "2019-05", "2021-11-30");
            case "versions" -> pick("1.0", "2.4.57", "19.00", "latest");
            case "name", "label" -> pick(WORDS) + " " + serial();
            case "id" -> "fuzz-" + serial();
            case "reason" -> pick("Hors du périmètre.", "Remplacé par une autre fiche.", "Doublon.");
            default -> null;
        };
        if (text == null) {
            if (format.equals("email") || key.equals("email")) {
                text = "fuzz." + serial() + "@exemple.qc.ca";
            } else if (format.equals("iri") || format.equals("uri") || List.of("homepage", "repository", "website", "documentation").contains(key)) {
                text = "https://exemple.qc.ca/" + serial();
            } else if (format.equals("date") || key.equals("until")) {
                text = (2026 + random.nextInt(4)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            } else if (pattern.startsWith("^[a-z0-9]")) {
                text = "fuzz-" + serial();
            } else if (pattern.startsWith("^\\d{4}")) {
                text = pick("2015", "2019-05", "2021-11-30");
            } else {
                text = sentence();
            }
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    String sentence() {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return text.append('.').toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Hostile values
    // ---------------------------------------------------------------------------------------------

    /**
     * A value of a JSON type the schema does not allow. Null only for a required value:
     * the service reads an optional field's null as its absence, which the contract allows.
     */
    JsonNode wrongType(JsonNode schema, boolean required) {
        List<String> allowed = types(schema);
        List<JsonNode> candidates = new ArrayList<>();
        if (!allowed.contains("string")) {
            candidates.add(NODES.textNode(pick("7", "true", "", "[]", "{}")));
        }
        if (!allowed.contains("integer") && !allowed.contains("number")) {
            candidates.add(NODES.numberNode(random.nextInt(1000) - 500));
            candidates.add(NODES.numberNode(1e308));
        }
        if (!allowed.contains("boolean")) {
            candidates.add(NODES.booleanNode(random.nextBoolean()));
        }
        if (!allowed.contains("object")) {
            candidates.add(NODES.objectNode().put("fr", "x"));
        }
        if (!allowed.contains("array")) {
            candidates.add(NODES.arrayNode().add("x"));
        }
        if (!allowed.contains("null") && required) {
            candidates.add(NODES.nullNode());
        }
        if (allowed.contains("integer") && !allowed.contains("number")) {
            candidates.add(NODES.numberNode(1.5));
        }
        return candidates.isEmpty() ? NODES.textNode("x") : pick(candidates);
    }

    /** Text just over the field's maximum length, or far over it. */
    String tooLong(JsonNode schema) {
        int max = resolve(schema).path("maxLength").asInt();
        return "é".repeat(chance(0.7) ? max + 1 : Math.min(max * 10 + 1, 200_000));
    }

    /** A character that no field takes: NUL, another C0 control, half a surrogate pair. */
    String hostileCharacter() {
        return pick("\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\ud800", "\udfff", "\u0000\u0000");
    }

    /** One more item than the array allows, or very many (over the body limit) when it sets no maximum. */
    ArrayNode tooMany(JsonNode schema, String name) {
        int max = resolve(schema).path("maxItems").asInt(-1);
        int n = max >= 0 ? max + 1 : 150_000;
        ArrayNode array = NODES.arrayNode();
        JsonNode items = resolve(resolve(schema).path("items"));
        List<String> itemTypes = types(items);
        for (int i = 0; i < n; i++) {
            if (itemTypes.contains("object")) {
                ObjectNode item = array.addObject();
                // The smallest item the schema reads: its first required field, or nothing.
                if (items.path("required").size() > 0) {
                    String field = items.path("required").get(0).asText();
                    item.set(field, new TextNode(field.equals("software") ? pick(pools.software()) : "n" + i));
                } else if (items.path("properties").has("software")) {
                    item.put("software", pools.software().get(i % pools.software().size()));
                }
            } else if (itemTypes.contains("integer")) {
                array.add(i);
            } else {
                array.add(items.has("enum") ? items.get("enum").get(i % items.get("enum").size()).asText() : "v" + i);
            }
        }
        return array;
    }
}
