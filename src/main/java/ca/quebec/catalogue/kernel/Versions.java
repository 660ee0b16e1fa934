package ca.quebec.catalogue.kernel;

import java.util.Arrays;

/**
 * Entity tags made of what changes a representation: a record's revision, and
 * whatever else it shows that moves on its own (its usage count, say). Writes
 * send the current one back in If-Match; this is where it is checked.
 */
public final class Versions {

    private Versions() {
    }

    /** The opaque value of a strong tag (without quotes). */
    public static String tag(Object... parts) {
        return String.join(".", Arrays.stream(parts).map(String::valueOf).toList());
    }

    /**
     * A weak tag ({@code W/} prefix) made of a representation itself, a digest of its
     * bytes: for readers who see less than the whole record, computed without the
     * bookkeeping that every change moves, so that their tag moves only when what they
     * see does. Weak: good for If-None-Match, never for If-Match.
     */
    public static String weakOfContent(byte[] representation) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(representation);
            return WEAK + "c-" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a weak tag's value starts (a strong one never holds a slash). */
    public static final String WEAK = "W/";

    public static boolean isWeak(String tag) {
        return tag.startsWith(WEAK);
    }

    /**
     * Checks If-Match before a write: missing is 428, stale is 412. Returns quietly
     * when the client's copy is the current one.
     */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required");
        }
        if (!matches(ifMatch, current, false)) {
            throw new ProblemException(412, "precondition-failed", "\"" + current + "\"");
        }
    }

    /**
     * Whether an If-Match or If-None-Match header names the tag, or is "*". Weak
     * tags ({@code W/"…"}) count only under weak comparison (If-None-Match).
     */
    public static boolean matches(String header, String current, boolean weakComparison) {
        if (isWeak(current)) {
            if (!weakComparison) {
                return false;
            }
            current = current.substring(WEAK.length());
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            boolean weak = tag.startsWith("W/");
            if (weak) {
                if (!weakComparison) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(current)) {
                return true;
            }
        }
        return false;
    }
}
