package ca.quebec.catalogue.record;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normal forms used to recognise the same record under another spelling:
 * "Node.js" and "nodejs", "https://GitHub.com/x/y.git/" and "http://github.com/x/y".
 */
public final class RecordNames {

    private RecordNames() {
    }

    /** Lower case, accents and everything but letters and digits removed. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Host and path without scheme, "www.", ".git", trailing slash, query or case. */
    public static String normalizeRepository(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        String path;
        try {
            URI uri = URI.create(url.trim());
            host = uri.getHost() == null ? "" : uri.getHost();
            path = uri.getPath() == null ? "" : uri.getPath();
        } catch (IllegalArgumentException notAUri) {
            return url.trim().toLowerCase(Locale.ROOT);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        path = path.toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        return host + path;
    }

    /** A slug for a new record's id: lower-case ASCII letters, digits and hyphens. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replace("++", "pp").replace("+", "plus").replace("#", "sharp")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug;
    }
}
