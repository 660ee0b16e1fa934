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
