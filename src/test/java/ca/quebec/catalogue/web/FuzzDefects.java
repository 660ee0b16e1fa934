package ca.quebec.catalogue.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.web.FuzzRequests.Draft;
import ca.quebec.catalogue.web.FuzzRequests.Operation;
import ca.quebec.catalogue.web.FuzzRequests.Parameter;

import static ca.quebec.catalogue.web.FuzzRequests.encode;
import static ca.quebec.catalogue.web.FuzzRequests.latin1;

/**
 * The hostile part of a fuzz request: one defect at a time, in the path, the
 * query, a header, the key, the content type or the body. Each says whether the
 * contract makes it a refusal whatever the data, or leaves the answer to the
 * service (a lenient reading is then no failure).
 */
final class FuzzDefects {

    private final FuzzValues values;
    private final FuzzValues.Pools pools;
    private final FuzzRequests.Fixture fixture;

    FuzzDefects(FuzzValues values, FuzzValues.Pools pools, FuzzRequests.Fixture fixture) {
        this.values = values;
        this.pools = pools;
        this.fixture = fixture;
    }

    /** One more defect, of a kind the request does not have yet: a second one never undoes the first. */
    void add(Draft draft) {
        Operation operation = draft.operation;
        Map<String, Runnable> kinds = new LinkedHashMap<>();
        if (!draft.path.isEmpty()) {
            kinds.put("path", () -> pathDefect(draft));
        }
        kinds.put("query", () -> queryDefect(draft));
        kinds.put("header", () -> headerDefect(draft));
        if (operation.api()) {
            kinds.put("authorization", () -> authorizationDefect(draft));
        }
        if (!operation.bodies().isEmpty()) {
            kinds.put("content-type", () -> contentTypeDefect(draft));
            kinds.put("body", () -> bodyDefect(draft));
        } else if (!operation.method().equals("GET")) {
            kinds.put("body", () -> {
                // A body where none is expected: read as nothing, or refused, never a failure.
                draft.contentType = values.pick("application/json", "text/plain");
                draft.body = "{\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8);
                draft.defect("body-not-expected", false);
            });
        }
        kinds.keySet().removeAll(draft.kinds);
        // Bodies weigh more: that is where most of what can be wrong lies.
        List<String> weighted = new ArrayList<>();
        kinds.keySet().forEach(kind -> {
            for (int i = 0; i < (kind.equals("body") ? 4 : kind.equals("authorization") || kind.equals("content-type") ? 1 : 2); i++) {
                weighted.add(kind);
            }
        });
        String kind = values.pick(weighted);
        draft.kinds.add(kind);
        kinds.get(kind).run();
    }

    private void pathDefect(Draft draft) {
        String name = values.pick(List.copyOf(draft.path.keySet()));
        String value = draft.path.get(name);
        boolean rest = draft.operation.rest();
        switch (values.random().nextInt(10)) {
            case 0 -> {
                draft.path.put(name, value + values.pick("%zz", "%", "%4", "%g0", "%%41"));
                draft.defect("path-bad-escape", true);
            }
            case 1 -> {
                // Over the service's 4 KiB, and (with a long query too) under the HTTP server's own 16 KiB: the server
                // refuses a longer request line itself, before any route, with an empty 414 that nothing can word.
                draft.path.put(name, "a".repeat(4100 + values.random().nextInt(2900)));
                draft.defect("path-too-long", true);
            }
            case 2 -> {
                draft.path.put(name, value + values.pick("%00", "%0A", "%0D%0A", "%1B", "%7F", "%09"));
                draft.defect("path-control-character", rest);
            }
            case 3 -> {
                // Raw UTF-8 bytes, and bytes that are not UTF-8 at all, in the request line.
                draft.path.put(name, latin1(value + values.pick("é", "日本", "😀", "\u202e")) + values.pick("", "\u00ff", "\u00c3("));
                draft.defect("path-raw-bytes", false);
            }
            case 4 -> {
                draft.path.put(name, value + values.pick("%C3%A9", "%E6%97%A5", "%F0%9F%98%80", "%C0%AF", "%ED%A0%80", "%FF%FE"));
                draft.defect("path-encoded-unicode", false);
            }
            case 5 -> {
                // No dot segments: "." and ".." name another path (RFC 3986 §5.2.4), which the contract check would not know.
                draft.path.put(name, values.pick("%2F", value + "%2F..%2F" + value, "%25", "+", value + "%20", "...", "%3Cscript%3E",
                        "'%20OR%201=1--", "*", "~", "%3F", "%23", "%3B", value + ";x=1"));
                draft.defect("path-odd-value", false);
            }
            case 6 -> {
                draft.path.put(name, "x".repeat(1000 + values.random().nextInt(2500)));
                draft.defect("path-long-value", false);
            }
            case 7 -> {
                draft.path.put(name, value.toUpperCase(Locale.ROOT));
                draft.defect("path-upper-case", false);
            }
            case 8 -> {
                draft.path.put(name, values.pick(pools.organizations()));
                draft.defect("path-another-id", false);
            }
            default -> {
                draft.path.put(name, "fuzz-missing-" + values.serial());
                draft.defect("path-unknown-id", false);
            }
        }
    }

    private void queryDefect(Draft draft) {
        Operation operation = draft.operation;
        boolean rest = operation.rest();
        List<Parameter> typed = operation.parameters().stream().filter(p -> p.in().equals("query"))
                .filter(p -> !values.types(p.schema()).contains("string") || values.resolve(p.schema()).has("enum")).toList();
        List<Parameter> declared = operation.parameters().stream().filter(p -> p.in().equals("query")).toList();
        switch (values.random().nextInt(10)) {
            case 0 -> {
                String name = values.pick("categorie", "limite", "page", "offset", "fields", "debug", "LIMIT", "Q", "q%00", "%C3%A9t%C3%A9",
                        "a[b]", "__proto__");
                // Parameter names are read case-insensitively: LIMIT beside limit is the same parameter twice, not an unknown one.
                boolean twice = draft.query.stream().anyMatch(q -> q[0].equalsIgnoreCase(name));
                draft.query.add(new String[] { name, values.pick("1", "x", "") });
                draft.defect(twice ? "query-duplicated" : "query-unknown-parameter", rest && !twice);
            }
            case 1 -> {
                if (declared.isEmpty()) {
                    draft.query.add(new String[] { "zz", "1" });
                    draft.query.add(new String[] { "zz", "2" });
                    draft.defect("query-unknown-parameter", rest);
                } else {
                    Parameter parameter = values.pick(declared);
                    String value = values.valid(parameter.schema(), parameter.name(), new ArrayList<>(), 0).asText();
                    draft.query.add(new String[] { parameter.name(), encode(value) });
                    draft.query.add(new String[] { parameter.name(), values.pick(encode(value), "", "x") });
                    draft.defect("query-duplicated", false);
                }
            }
            case 2 -> {
                if (typed.isEmpty()) {
                    draft.query.add(new String[] { "unknown", "1" });
                    draft.defect("query-unknown-parameter", rest);
                } else {
                    Parameter parameter = values.pick(typed);
                    JsonNode schema = values.resolve(parameter.schema());
                    String bad = schema.has("enum") ? values.pick("UNKNOWN", "Published", "x", "%C3%A9", "0")
                            : values.types(schema).contains("boolean") ? values.pick("yes", "1", "TRUE", "vrai", "t")
                            : values.pick("abc", "-1", "0", "101", "1e3", "1.5", "99999999999999999999", "0x10", "%2B5", "-0", "NaN",
                                    Long.toString(schema.path("maximum").asLong(100) + 1));
                    if (parameter.name().equals("since") && List.of("0", "101", "-0", "%2B5", "0x10").contains(bad)) {
                        bad = "-5";
                    }
                    if (parameter.name().equals("limit") && bad.equals("-0")) {
                        bad = "0";
                    }
                    draft.query.removeIf(q -> q[0].equals(parameter.name()));
                    draft.query.add(new String[] { parameter.name(), bad });
                    draft.defect("query-wrong-value", rest && !bad.equals("%2B5"));
                }
            }
            case 3 -> {
                draft.query.add(new String[] { declared.isEmpty() ? "q" : values.pick(declared).name(), values.pick("%zz", "%", "%2", "a%G1") });
                draft.defect("query-bad-escape", true);
            }
            case 4 -> {
                draft.query.add(new String[] { declared.isEmpty() ? "zz" : values.pick(declared).name(), values.pick("%00", "a%0Ab", "%1F", "%7F") });
                draft.defect("query-control-character", rest);
            }
            case 5 -> {
                String name = declared.isEmpty() ? "zz" : values.pick(declared).name();
                draft.query.add(new String[] { name, latin1(values.pick("é", "日本語", "😀", "\u202e")) });
                draft.defect("query-raw-bytes", !declared.isEmpty() ? false : rest);
            }
            case 6 -> {
                String name = declared.isEmpty() ? "zz" : values.pick(declared).name();
                draft.query.add(new String[] { name, "x".repeat(4200 + values.random().nextInt(2800)) });
                draft.defect("query-too-long", true);
            }
            case 7 -> {
                if (declared.isEmpty()) {
                    draft.query.add(new String[] { "", "" });
                    draft.defect("query-empty", false);
                } else {
                    Parameter parameter = values.pick(declared);
                    draft.query.removeIf(q -> q[0].equals(parameter.name()));
                    draft.query.add(new String[] { parameter.name(), values.pick("", "%20", "+", "null", "undefined") });
                    draft.defect("query-empty-value", false);
                }
            }
            case 8 -> {
                // A cursor the service never gave: made up, cut, or of another list.
                draft.query.removeIf(q -> q[0].equals("cursor"));
                draft.query.add(new String[] { "cursor", values.pick("abc", "WyJpZCIsIkFHUEwtMy4wIl0", "WyJpZCJd", "W10", "bnVsbA",
                        "WyJuYW1lIiwxLDIsM10", "%2B%2F%3D", "x".repeat(300), "WyJpZCIsIkFHUEwtMy4wIl0".substring(0, 10)) });
                draft.defect(operation.has("cursor") ? "query-bad-cursor" : "query-unknown-parameter", !operation.has("cursor") && rest);
            }
            default -> {
                String name = declared.isEmpty() ? "zz" : values.pick(declared).name();
                draft.query.add(new String[] { name, encode("x".repeat(500 + values.random().nextInt(2500)) + "é") });
                draft.defect("query-long-value", declared.isEmpty() && rest);
            }
        }
    }

    /*
     * No header value here holds a control character other than a tab: the HTTP server
     * (Vert.x) refuses such a request before any route, with an empty 400, and Quarkus
     * offers no hook to answer it otherwise.
     */
    private void headerDefect(Draft draft) {
        Operation operation = draft.operation;
        boolean rest = operation.rest();
        switch (values.random().nextInt(7)) {
            case 0 -> {
                String accept = values.pick("application/xml", "image/png", "text/csv", "application/x-fuzz");
                draft.header("Accept", accept);
                // The site map is XML: asking for XML there is no defect.
                boolean produced = operation.id().equals("portalSitemap") && accept.equals("application/xml");
                draft.defect("accept-unacceptable", rest && !produced && !operation.id().equals("getProblemType")
                        && !operation.id().equals("getSolutionPubliccode") && !operation.id().equals("viewRecord"));
            }
            case 1 -> {
                draft.header("Accept", values.pick("", ";;;", "*/*;q=abc", "application/json;q=2", "json", "*/*;q=0",
                        "application/json;q=0, */*", latin1("téxt/é"), "text/html"));
                draft.defect("accept-garbled", false);
            }
            case 2 -> {
                draft.header("Accept-Language", values.pick("", "xx", "en;q=abc", "*;q=0", "fr;q=0, en;q=0", "zh-Hant-TW-x-private",
                        latin1("fr-ÇÀ"), "en".repeat(300), ",,,", "en-US;q=0.5;q=0.9", "fr\t;q=1"));
                draft.defect("accept-language-garbled", false);
            }
            case 3 -> {
                if (operation.has("If-Match")) {
                    draft.header("If-Match", values.pick("\"unterminated", "W/\"1\"", "\"nope\"", "garbage", "\"\"", "\"1\" \"2\"",
                            latin1("\"é\""), "\"x\",".repeat(50) + "\"y\""));
                    draft.defect("if-match-garbled", true);
                } else {
                    draft.header("If-Match", values.pick("*", "\"1\"", "garbage"));
                    draft.defect("if-match-not-expected", false);
                }
            }
            case 4 -> {
                draft.header("If-None-Match", values.pick("", "garbage", "W/", "\"unterminated", ",,", "*, \"1\"", "W/\"\"", "\"1\"".repeat(100)));
                draft.defect("if-none-match-garbled", false);
            }
            case 5 -> {
                if (operation.has("Idempotency-Key")) {
                    draft.header("Idempotency-Key", values.pick("", " ", "k".repeat(201), "clé", latin1("clé"), "a b", "a\tb", "k\u00ff"));
                    draft.defect("idempotency-key-garbled", true);
                } else {
                    draft.header("Idempotency-Key", values.pick("", "k".repeat(500)));
                    draft.defect("idempotency-key-not-expected", false);
                }
            }
            default -> {
                draft.header(values.pick("X-Forwarded-For", "X-Fuzz", "Origin", "Forwarded", "X-HTTP-Method-Override", "Expect"),
                        values.pick("garbage", "null", "PATCH", "http://evil.example", "100-continue-ish"));
                draft.defect("odd-header", false);
            }
        }
    }

    private void authorizationDefect(Draft draft) {
        String key = fixture.contributorKeys().get(draft.owner);
        String value = values.pick("Bearer", "Bearer ", "Bearer  ", "Basic dXNlcjpwYXNz", "Bearer " + key + "x", "Bearer x" + key,
                "Token " + key, "Bearer " + "k".repeat(3000), "Bearer " + key.substring(0, key.length() / 2), "Bearer null",
                latin1("Bearer clé"), "Bearer " + key + ",Bearer " + key, "Bearer\t" + key + "x", "Bearer " + key + "\u00a0");
        boolean rest = draft.operation.rest();
        draft.header("Authorization", value);
        if (values.chance(0.2)) {
            draft.headers.get("Authorization").add("Bearer " + key);
            draft.defect("authorization-twice", rest);
        } else {
            draft.defect("authorization-garbled", rest && !value.equalsIgnoreCase("Bearer " + key));
        }
    }

    private void contentTypeDefect(Draft draft) {
        Set<String> accepted = draft.operation.bodies().keySet();
        if (draft.body == null && draft.json == null) {
            draft.json = FuzzValues.NODES.objectNode();
        }
        switch (values.random().nextInt(4)) {
            case 0 -> {
                List<String> wrong = new ArrayList<>(List.of("text/plain", "application/xml", "application/json", "application/merge-patch+json",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/yaml", "text/csv",
                        "application/octet-stream"));
                wrong.removeAll(accepted);
                draft.contentType = values.pick(wrong);
                draft.defect("content-type-wrong", draft.operation.rest());
            }
            case 1 -> {
                draft.contentType = values.pick("a/b/c", ";", "application/", "/json", "\u00e9/\u00e9", "application json");
                draft.defect("content-type-malformed", draft.operation.rest());
            }
            case 2 -> {
                draft.contentType = null;
                draft.defect("content-type-missing", false);
            }
            default -> {
                // A type the operation takes, with a parameter that is odd or unreadable: a lenient reading is no failure.
                draft.contentType = values.pick(List.copyOf(accepted)) + values.pick("; charset=klingon", "; charset=UTF-16", "; charset=\"\"",
                        "; boundary=x", "; q=1", ";;", "; charset", "; =x");
                draft.defect("content-type-odd-parameter", false);
            }
        }
    }

    private void bodyDefect(Draft draft) {
        Operation operation = draft.operation;
        boolean json = draft.json != null || (draft.body == null && operation.bodies().keySet().stream().anyMatch(t -> t.endsWith("json")));
        if (!json) {
            textBodyDefect(draft);
            return;
        }
        if (draft.json == null) {
            draft.contentType = operation.bodies().keySet().stream().filter(t -> t.endsWith("json")).findFirst().orElseThrow();
            draft.jsonSchema = values.resolve(operation.bodies().get(draft.contentType));
            draft.json = values.valid(draft.jsonSchema, null, draft.slots, 0);
        }
        boolean rest = operation.rest();
        boolean patch = draft.contentType != null && draft.contentType.startsWith("application/merge-patch");
        List<FuzzValues.Slot> slots = draft.slots;
        switch (values.random().nextInt(patch ? 15 : 14)) {
            case 0 -> {
                String text = draft.json.toString();
                int variant = values.random().nextInt(15);
                draft.body = (switch (variant) {
                    case 0 -> text.substring(0, Math.max(1, text.length() / 2));
                    case 1 -> text + ",";
                    case 2 -> text.replaceFirst("\"", "'");
                    case 3 -> "{\"a\":}";
                    case 4 -> "{a:1}";
                    case 5 -> "{\"n\":NaN}";
                    case 6 -> "/* c */" + text;
                    case 7 -> text + text;
                    case 8 -> "{\"x\":\"\\q\"}";
                    case 9 -> "{\"x\":01}";
                    case 10 -> "{";
                    case 11 -> "}";
                    case 12 -> "{\"x\":\"\u0001\"}";
                    case 13 -> "[1,]";
                    default -> "\uFEFF" + text;
                }).getBytes(StandardCharsets.UTF_8);
                draft.json = null;
                // A byte order mark before JSON may be ignored (RFC 8259 §8.1); everything else here is not JSON.
                draft.defect("body-malformed-json", rest && variant != 14);
            }
            case 1 -> {
                draft.json = values.pick(List.of(FuzzValues.NODES.arrayNode(), FuzzValues.NODES.textNode("text"), FuzzValues.NODES.numberNode(42),
                        FuzzValues.NODES.booleanNode(true), FuzzValues.NODES.arrayNode().add(draft.json)));
                draft.defect("body-wrong-shape", rest);
            }
            case 2 -> {
                List<FuzzValues.Slot> typed = slots.stream().filter(s -> !values.types(s.schema()).isEmpty()).toList();
                if (typed.isEmpty()) {
                    ((ObjectNode) objectOf(draft)).put("fuzzUnknown", 1);
                    draft.defect("body-unknown-field", rest);
                } else {
                    FuzzValues.Slot slot = values.pick(typed);
                    slot.set(values.wrongType(slot.schema(), slot.required() && !patch));
                    draft.defect("body-wrong-type", rest);
                }
            }
            case 3 -> {
                List<FuzzValues.Slot> bounded = slots.stream().filter(s -> values.resolve(s.schema()).has("maxLength")).toList();
                if (bounded.isEmpty()) {
                    ((ObjectNode) objectOf(draft)).put("fuzzUnknown", "x");
                    draft.defect("body-unknown-field", rest);
                } else {
                    FuzzValues.Slot slot = values.pick(bounded);
                    slot.set(FuzzValues.NODES.textNode(values.tooLong(slot.schema())));
                    draft.defect("body-string-too-long", rest);
                }
            }
            case 4 -> {
                FuzzValues.Slot slot = pickSlot(slots, "string");
                if (slot == null) {
                    ((ObjectNode) objectOf(draft)).put("fuzz\u0000", "x");
                    draft.defect("body-unknown-field", rest);
                } else {
                    String value = values.valid(slot.schema(), slot.key(), new ArrayList<>(), 3).asText("x");
                    int at = value.isEmpty() ? 0 : values.random().nextInt(value.length());
                    String character = values.hostileCharacter();
                    slot.set(FuzzValues.NODES.textNode(value.substring(0, at) + character + value.substring(at)));
                    // NUL and half a surrogate pair are never text; other controls are refused only where a field says so.
                    boolean neverText = character.chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c));
                    draft.defect("body-hostile-character", rest && (neverText || values.resolve(slot.schema()).has("enum")
                            || values.resolve(slot.schema()).path("pattern").asText().startsWith("^")));
                }
            }
            case 5 -> {
                FuzzValues.Slot slot = pickSlot(slots, "array");
                if (slot == null) {
                    draft.json = FuzzValues.NODES.arrayNode();
                    for (int i = 0; i < 150_000; i++) {
                        ((ArrayNode) draft.json).add(i);
                    }
                    draft.defect("body-huge-array", rest);
                } else {
                    slot.set(values.tooMany(slot.schema(), slot.key()));
                    draft.defect("body-too-many-items", rest);
                }
            }
            case 6 -> {
                JsonNode object = objectOf(draft);
                Iterator<String> names = object.fieldNames();
                String name = names.hasNext() ? names.next() : "reason";
                String text = draft.json.toString();
                String duplicate = "\"" + name + "\":" + (object.has(name) ? object.get(name).toString() : "\"x\"") + ",";
                draft.body = (text.startsWith("{") ? "{" + duplicate + text.substring(1) : text).getBytes(StandardCharsets.UTF_8);
                if (!text.startsWith("{")) {
                    draft.body = ("{" + duplicate + "\"" + name + "\":1}").getBytes(StandardCharsets.UTF_8);
                }
                draft.json = null;
                draft.defect("body-duplicate-key", rest);
            }
            case 7 -> {
                int depth = values.pick(List.of(600, 1200, 5000, 20000));
                String nested = "[".repeat(depth) + "]".repeat(depth);
                draft.body = ("{\"" + firstField(draft) + "\":" + nested + "}").getBytes(StandardCharsets.UTF_8);
                draft.json = null;
                draft.defect("body-deep-nesting", rest);
            }
            case 8 -> {
                String text = draft.json.toString();
                String filler = "x".repeat(1_100_000 + values.random().nextInt(200_000));
                draft.body = (text.startsWith("{") && text.length() > 2 ? "{\"fuzzPad\":\"" + filler + "\"," + text.substring(1)
                        : "{\"fuzzPad\":\"" + filler + "\"}").getBytes(StandardCharsets.UTF_8);
                draft.chunked = values.random().nextBoolean();
                draft.json = null;
                draft.defect("body-too-large", rest);
            }
            case 9 -> {
                draft.body = values.pick(List.of(new byte[0], " ".getBytes(StandardCharsets.UTF_8), "\n\n".getBytes(StandardCharsets.UTF_8)));
                draft.json = null;
                draft.defect("body-empty", rest && operation.bodyRequired());
            }
            case 10 -> {
                // Bytes that are not UTF-8, inside a string.
                byte[] text = draft.json.toString().getBytes(StandardCharsets.UTF_8);
                int quote = indexOfQuote(text);
                byte[] bad = values.pick(List.of(new byte[] { (byte) 0xC3, (byte) 0x28 }, new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xED,
                        (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF }));
                draft.body = quote < 0 ? bad : splice(text, quote + 1, bad);
                draft.json = null;
                draft.defect("body-invalid-utf8", false);
            }
            case 11 -> {
                FuzzValues.Slot slot = pickSlot(slots, "integer");
                if (slot == null) {
                    slot = pickSlot(slots, "string");
                }
                if (slot == null) {
                    draft.json = FuzzValues.NODES.nullNode();
                    draft.defect("body-null", rest && operation.bodyRequired());
                } else {
                    slot.set(values.pick(List.of(FuzzValues.NODES.numberNode(-1), FuzzValues.NODES.numberNode(Long.MAX_VALUE),
                            FuzzValues.NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                            FuzzValues.NODES.numberNode(-1e300))));
                    draft.defect("body-number-out-of-range", rest && values.types(slot.schema()).stream().noneMatch(t -> t.equals("number")));
                }
            }
            case 12 -> {
                draft.chunked = true;
                draft.defect("body-chunked", false);
            }
            case 14 -> {
                // In a merge patch, null removes a field: removing one the record must have is refused like leaving it out.
                List<String> required = new ArrayList<>();
                draft.jsonSchema.path("required").forEach(r -> required.add(r.asText()));
                required.remove("id");
                ((ObjectNode) objectOf(draft)).putNull(values.pick(required));
                draft.defect("patch-removes-required", rest);
            }
            default -> {
                FuzzValues.Slot slot = pickSlot(slots, "string");
                if (slot == null) {
                    draft.defect("body-unicode", false);
                } else {
                    slot.set(FuzzValues.NODES.textNode(values.pick("😀 Émoji", "\u202eRTL", "مرحبا", "日本語の名前", "ǅ", "e\u0301",
                            "\u00a0 \u2028 \u2029", "<script>alert(1)</script>", "'; DROP TABLE organization; --", "%00", "../../etc/passwd")));
                    draft.defect("body-unicode", false);
                }
            }
        }
    }

    private static int indexOfQuote(byte[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] splice(byte[] text, int at, byte[] inserted) {
        byte[] spliced = new byte[text.length + inserted.length];
        System.arraycopy(text, 0, spliced, 0, at);
        System.arraycopy(inserted, 0, spliced, at, inserted.length);
        System.arraycopy(text, at, spliced, at + inserted.length, text.length - at);
        return spliced;
    }

    private JsonNode objectOf(Draft draft) {
        if (!(draft.json instanceof ObjectNode)) {
            draft.json = FuzzValues.NODES.objectNode();
        }
        return draft.json;
    }

    private String firstField(Draft draft) {
        Iterator<String> names = draft.jsonSchema == null ? List.<String> of().iterator() : draft.jsonSchema.path("properties").fieldNames();
        return names.hasNext() ? names.next() : "reason";
    }

    private FuzzValues.Slot pickSlot(List<FuzzValues.Slot> slots, String type) {
        List<FuzzValues.Slot> matching = slots.stream().filter(s -> values.types(s.schema()).contains(type)).toList();
        return matching.isEmpty() ? null : values.pick(matching);
    }

    /** YAML and CSV bodies: the service reports on them rather than refusing them whole, so these defects promise nothing. */
    private void textBodyDefect(Draft draft) {
        String type = draft.contentType == null ? "" : draft.contentType;
        if (draft.body == null) {
            String declared = values.pick(List.copyOf(draft.operation.bodies().keySet()));
            draft.contentType = declared;
            type = declared;
        }
        if (type.startsWith("application/yaml")) {
            String bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n" + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                    + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" + "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
            draft.body = values.pick("", "---\n", "publiccodeYmlVersion: \"0.4\"\nname: [\n", "\t- tab\n", bomb, "!!java.lang.Runtime {}\n",
                    "key: value\nkey: other\n", "- just\n- a list\n", "\"" + "x".repeat(200_000) + "\"", "name: \u0000\n",
                    "a: " + "[".repeat(3000) + "\n").getBytes(StandardCharsets.UTF_8);
            draft.defect("yaml-hostile", false);
        } else if (type.startsWith("text/csv")) {
            draft.body = values.pick("", "\uFEFF", "\"unterminated,\n", "a,b,c\n" + "x,y,z\n".repeat(20_000), "name\n" + "\u0000\n",
                    ";;;\n;;;\n", "name\r\n\"a\"\"b\",1\r\n", "name\n" + "x".repeat(600) + "\n").getBytes(StandardCharsets.UTF_8);
            draft.defect("csv-hostile", false);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            draft.body = values.pick("", "queries=", "queries=%zz", "queries=" + encode("{\"q0\":{}}"), "queries=" + encode("[1,2]"),
                    "queries=" + encode("{\"q0\":{\"query\":\"" + "x".repeat(3000) + "\"}}"), "queries=a&queries=b", "q=1",
                    "queries=" + encode("{\"q0\":{\"query\":\"gimp\",\"limit\":-1}}"), "queries=" + encode(bigBatch()))
                    .getBytes(StandardCharsets.UTF_8);
            draft.defect("form-hostile", false);
        } else {
            draft.body = "garbage".getBytes(StandardCharsets.UTF_8);
            draft.defect("body-garbage", false);
        }
    }

    private String bigBatch() {
        ObjectNode batch = FuzzValues.NODES.objectNode();
        for (int i = 0; i < 200; i++) {
            batch.putObject("q" + i).put("query", "gimp");
        }
        return batch.toString();
    }
}
