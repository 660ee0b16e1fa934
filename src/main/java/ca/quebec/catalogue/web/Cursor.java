package ca.quebec.catalogue.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.persistence.StoredJson;

/**
 * Where the next page starts: the sort it belongs to and the sort key and id of
 * the last item seen. Opaque to clients (base64url JSON); a cursor from another
 * sort is refused rather than misread.
 */
public record Cursor(String sort, String key, String id) {

    public String encode() {
        String json = StoredJson.write(List.of(sort, key == null ? "" : key, id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor sent back by a client; null when none was sent. */
    public static Cursor decode(String value, String expectedSort) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() > 2000) {
                throw new IllegalArgumentException("too long");
            }
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            JsonNode node = StoredJson.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isArray() || node.size() != 3 || !node.get(0).isTextual() || !node.get(1).isTextual()
                    || !node.get(2).isTextual()) {
                throw new IllegalArgumentException("shape");
            }
            Cursor cursor = new Cursor(node.get(0).asText(), node.get(1).asText(), node.get(2).asText());
            if (!cursor.sort().equals(expectedSort)) {
                throw ProblemException.badParameter("cursor", "cursor-other-sort");
            }
            return cursor;
        } catch (ProblemException e) {
            throw e;
        } catch (Exception malformed) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
    }
}
