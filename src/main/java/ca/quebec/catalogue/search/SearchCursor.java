package ca.quebec.catalogue.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.databind.JsonNode;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.persistence.StoredJson;

/**
 * The opaque cursor of a search: "search after" the last hit of the previous page.
 *
 * <p>It holds the sort, a fingerprint of the text and filters, and the last hit's sort
 * value and key ({@code kind:id}), as base64url JSON. The next page is every record that
 * sorts strictly after that (value, key) pair; because the key is unique and ends every
 * order, no record is shown twice or skipped while the index does not change, and no
 * offset grows with the page number. A write between two pages only moves the records it
 * touches (for the relevance order, a write also nudges scores through the term
 * statistics, so a record near the page boundary may move across it, as with any
 * search-after scheme). A cursor sent with another sort is refused
 * ({@code cursor-other-sort}), with another text or filters too
 * ({@code search.cursor-other-query}); the page size may change between pages.
 */
final class SearchCursor {

    private static final String VERSION = "s1";
    private static final int MAX_LENGTH = 2000;

    private SearchCursor() {
    }

    static String encode(SearchQuery query, FieldDoc last) {
        Object value = last.fields[0];
        String encoded;
        if (value instanceof Float score) {
            encoded = Integer.toString(Float.floatToIntBits(score));
        } else if (value instanceof BytesRef bytes) {
            encoded = bytes.utf8ToString();
        } else {
            encoded = String.valueOf(value);
        }
        String key = ((BytesRef) last.fields[1]).utf8ToString();
        String json = StoredJson.write(List.of(VERSION, query.sort().wire, fingerprint(query), encoded, key));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The position to search after, or null for the first page. */
    static FieldDoc decode(SearchQuery query) {
        String cursor = query.cursor();
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String sort;
        String fingerprint;
        String value;
        String key;
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode node = StoredJson.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (node == null || !node.isArray() || node.size() != 5 || !VERSION.equals(node.get(0).asText())) {
                throw new IllegalArgumentException("shape");
            }
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw new IllegalArgumentException("shape");
                }
            }
            sort = node.get(1).asText();
            fingerprint = node.get(2).asText();
            value = node.get(3).asText();
            key = node.get(4).asText();
        } catch (Exception malformed) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
        if (!sort.equals(query.sort().wire)) {
            throw ProblemException.badParameter("cursor", "cursor-other-sort");
        }
        if (!fingerprint.equals(fingerprint(query))) {
            throw ProblemException.badParameter("cursor", "search.cursor-other-query");
        }
        Object first;
        try {
            first = switch (query.sort()) {
                case RELEVANCE -> Float.intBitsToFloat(Integer.parseInt(value));
                case NAME, NAME_DESC -> new BytesRef(value);
                case USAGE_COUNT, USAGE_COUNT_DESC, UPDATED_AT, UPDATED_AT_DESC -> Long.parseLong(value);
            };
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
        // doc = MAX_VALUE: a record equal to the last one on every sort field is the last one itself, so it is skipped.
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { first, new BytesRef(key) });
    }

    /** Which text and filters the cursor belongs to (visibility and page size may differ). */
    static String fingerprint(SearchQuery query) {
        String canonical = String.join("\u0000", query.q(), String.valueOf(query.kind()), String.valueOf(query.category()),
                String.valueOf(query.licence()), String.valueOf(query.osiApproved()), String.valueOf(query.organization()),
                String.valueOf(query.owner()), String.valueOf(query.developmentStatus()), String.valueOf(query.platform()));
        return Integer.toHexString(canonical.hashCode());
    }
}
