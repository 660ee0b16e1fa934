package ca.quebec.catalogue.kernel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Where the next page starts: the order it belongs to and the sort keys of the
 * last item seen (the last one is always a unique id). Opaque to clients:
 * base64url of a small JSON array. A cursor from another order is refused
 * rather than misread.
 */
public record Cursor(String sort, List<String> keys) {

    /** Longest cursor accepted: a few keys, never a document. */
    static final int MAX_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String sort, String... keys) {
        return new Cursor(sort, List.of(keys));
    }

    /** The key at a position; a cursor with too few keys is refused. */
    public String key(int index) {
        if (index >= keys.size()) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
        return keys.get(index);
    }

    public String encode() {
        ArrayNode array = JSON.createArrayNode().add(sort);
        keys.forEach(array::add);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor sent back by a client; null when none was sent. */
    public static Cursor decode(String value, String expectedSort) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Cursor cursor;
        try {
            if (value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
            if (node == null || !node.isArray() || node.size() < 2) {
                throw new IllegalArgumentException("shape");
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw new IllegalArgumentException("shape");
                }
                keys.add(item.asText());
            }
            cursor = new Cursor(keys.get(0), keys.subList(1, keys.size()));
        } catch (Exception malformed) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
        if (!cursor.sort().equals(expectedSort)) {
            throw ProblemException.badParameter("cursor", "cursor-other-sort");
        }
        return cursor;
    }
}
