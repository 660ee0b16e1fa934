package ca.quebec.catalogue.kernel;

/** {@code limit} and {@code cursor} as sent, checked. */
public record PageRequest(int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String cursor, String sort) {
        return new PageRequest(parseLimit(limit), Cursor.decode(cursor, sort));
    }

    public static int parseLimit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int value;
        try {
            value = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("limit", "limit-range", MAX_LIMIT);
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.badParameter("limit", "limit-range", MAX_LIMIT);
        }
        return value;
    }
}
