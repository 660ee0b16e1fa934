package ca.quebec.catalogue.kernel;

/** {@code limit} and {@code cursor} as sent, checked. */
public record PageRequest(int limit, Cursor cursor, boolean counted) {

    /** A page of a list that says how long the whole list is (what the API's lists answer). */
    public PageRequest(int limit, Cursor cursor) {
        this(limit, cursor, true);
    }

    /**
     * A page read only to reach the next one (an export walking a whole list): the
     * total would cost a count of the whole list per page, which makes a walk quadratic.
     */
    public static PageRequest uncounted(int limit, Cursor cursor) {
        return new PageRequest(limit, cursor, false);
    }

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String cursor, String sort) {
        return new PageRequest(parseLimit(limit), Cursor.decode(cursor, sort));
    }

    public static int parseLimit(String limit) {
        return parseLimit(limit, MAX_LIMIT);
    }

    /** A limit from 1 to {@code max}; {@link #DEFAULT_LIMIT} when absent. */
    public static int parseLimit(String limit, int max) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("limit", "limit-range", max);
        }
        if (value < 1 || value > max) {
            throw ProblemException.badParameter("limit", "limit-range", max);
        }
        return value;
    }
}
