package ca.quebec.catalogue.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.quebec.catalogue.kernel.ProblemException;

/**
 * A query string as an HTML form writes it (application/x-www-form-urlencoded: a
 * space is "+", a plus "%2B"). The REST layer decodes query parameters as URI
 * components and leaves "+" as it is, so "serveur web" typed in a search box
 * would be searched as "serveur+web".
 */
final class FormQuery {

    private FormQuery() {
    }

    static Map<String, List<String>> read(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** The parameter's value; a parameter given twice is refused rather than one of its values silently chosen. */
    static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw ProblemException.badParameter(name, "portal.one-value-per-facet", name);
        }
        return given.isEmpty() ? null : given.get(0);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("q", "portal.unreadable-query");
        }
    }
}
