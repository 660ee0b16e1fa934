package ca.quebec.catalogue.kernel;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every refused value of a request body, each at its JSON pointer, so
 * that one 422 answer lists all of them instead of the first only.
 */
public final class Checks {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int URL_MAX = 2000;
    public static final int EMAIL_MAX = 254;
    public static final int LIST_MAX = 50;
    public static final int ITEM_MAX = 100;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern PARTIAL_DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");

    private final List<Violation> violations = new ArrayList<>();

    public Checks add(Violation violation) {
        violations.add(violation);
        return this;
    }

    public Checks addAll(List<Violation> more) {
        violations.addAll(more);
        return this;
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /** Throws the 422 that lists every violation, if there is one. */
    public void orThrow() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(Violation.of(field, "required"));
            return false;
        }
        return true;
    }

    /** A text of at most {@code max} characters, without control characters. */
    public Checks text(String field, String value, int max, boolean required) {
        if (required && !required(field, value)) {
            return this;
        }
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            add(Violation.of(field, "too-long", max, value.length()));
        } else if (CONTROL.matcher(value).find()) {
            add(Violation.of(field, "control-character"));
        } else if (!required && value.isBlank()) {
            add(Violation.of(field, "blank"));
        }
        return this;
    }

    /** An absolute http(s) URL. */
    public Checks url(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > URL_MAX) {
            return add(Violation.of(field, "too-long", URL_MAX, value.length()));
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                add(Violation.of(field, "url"));
            }
        } catch (Exception notAUri) {
            add(Violation.of(field, "url"));
        }
        return this;
    }

    public Checks email(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            add(Violation.of(field, "email"));
        }
        return this;
    }

    public Checks oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(Violation.of(field, "enum", value, String.join(", ", allowed)));
        }
        return this;
    }

    /** A word of a vocabulary (absent is fine: say so with {@link #required}). */
    public <E extends Enum<E> & Vocabulary> Checks oneOf(String field, String value, Class<E> vocabulary) {
        return oneOf(field, value, Vocabulary.words(vocabulary));
    }

    /** A record or organization id: lower-case ASCII letters and digits separated by single hyphens. */
    public Checks slug(String field, String value, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max || !SLUG.matcher(value).matches()) {
            add(Violation.of(field, "slug", max));
        }
        return this;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
    public Checks partialDate(String field, String value) {
        if (value == null) {
            return this;
        }
        if (!PARTIAL_DATE.matcher(value).matches()) {
            return add(Violation.of(field, "partial-date"));
        }
        try {
            String full = value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value;
            LocalDate date = LocalDate.parse(full);
            if (date.getYear() < 1950) {
                add(Violation.of(field, "partial-date"));
            }
        } catch (DateTimeParseException e) {
            add(Violation.of(field, "partial-date"));
        }
        return this;
    }

    /** A list of short strings: at most {@link #LIST_MAX} items, each checked, no duplicates. */
    public Checks strings(String field, List<String> values, int maxLength) {
        if (values == null) {
            return this;
        }
        if (values.size() > LIST_MAX) {
            return add(Violation.of(field, "too-many", LIST_MAX, values.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                add(Violation.of(field + "/" + i, "required"));
            } else {
                text(field + "/" + i, value, maxLength, true);
                if (!seen.add(value)) {
                    add(Violation.of(field + "/" + i, "duplicate", value));
                }
            }
        }
        return this;
    }

    /** Same as {@link #strings} where each value must be a word of a vocabulary. */
    public <E extends Enum<E> & Vocabulary> Checks stringsOneOf(String field, List<String> values, Class<E> vocabulary) {
        strings(field, values, ITEM_MAX);
        if (values != null && values.size() <= LIST_MAX) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    oneOf(field + "/" + i, values.get(i), vocabulary);
                }
            }
        }
        return this;
    }
}
