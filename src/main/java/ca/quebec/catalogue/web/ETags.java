package ca.quebec.catalogue.web;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Strong entity tags made of what changes a representation: a record's revision,
 * and whatever else it shows that moves on its own (its usage count, say).
 * Writes must send the current one back in If-Match.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(Object... parts) {
        return new EntityTag(String.join(".", Arrays.stream(parts).map(String::valueOf).toList()));
    }

    /** Whether an If-None-Match header names this tag (or is "*"): the client's copy is current. */
    public static boolean notModified(HttpHeaders headers, EntityTag current) {
        String header = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        return header != null && matches(header, current, true);
    }

    /**
     * Checks If-Match before a write: missing is 428, stale is 412. Returns quietly
     * when the client's copy is the current one.
     */
    public static void requireMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required");
        }
        if (!matches(ifMatch, current, false)) {
            throw new ProblemException(412, "precondition-failed", "\"" + current.getValue() + "\"");
        }
    }

    private static boolean matches(String header, EntityTag current, boolean weakComparison) {
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
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(current.getValue())) {
                return true;
            }
        }
        return false;
    }
}
