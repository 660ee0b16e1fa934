package ca.quebec.catalogue.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Query strings of the portal's links, encoded once here. */
final class Links {

    private Links() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path with the non-empty parameters, in their order. */
    static String withQuery(String path, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }
}
