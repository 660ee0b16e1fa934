package ca.quebec.catalogue.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.record.RecordKind;

/**
 * Which slice of the catalogue a feed follows, every value checked: the changes
 * that meet all the filters given. {@link #condition} is written on a change
 * ({@code c}) and its record ({@code r}), as {@code ChangeService.latest} takes it.
 *
 * @param organization changes that concern a body: to the solutions it owns and to its usage declarations
 */
public record FeedFilter(RecordKind kind, String organization, String category, String software, String solution) {

    public static final FeedFilter NONE = new FeedFilter(null, null, null, null, null);

    Condition condition() {
        Condition where = Condition.ALWAYS;
        if (kind != null) {
            where = where.and(Condition.of("c.recordKind = :feed_kind", "feed_kind", kind.wire));
        }
        if (software != null) {
            where = where.and(new Condition("c.recordKind = :feed_software_kind and c.recordId = :feed_software",
                    Map.of("feed_software_kind", RecordKind.SOFTWARE.wire, "feed_software", software)));
        }
        if (solution != null) {
            where = where.and(new Condition("c.recordKind = :feed_solution_kind and c.recordId = :feed_solution",
                    Map.of("feed_solution_kind", RecordKind.SOLUTION.wire, "feed_solution", solution)));
        }
        if (category != null) {
            where = where.and(Condition.of(":feed_category member of r.categories", "feed_category", category));
        }
        if (organization != null) {
            where = where.and(Condition.any(List.of(
                    Condition.of("c.subject = :feed_usages", "feed_usages", "usages/" + organization),
                    Condition.of("r.pk in (select s.pk from Solution s where s.ownerId = :feed_owner)", "feed_owner", organization))));
        }
        return where;
    }

    /** The filters as a query string, in a fixed order ("" for none): what names the feed. */
    String query() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("category", category);
        given.put("kind", kind == null ? null : kind.wire);
        given.put("organization", organization);
        given.put("software", software);
        given.put("solution", solution);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        given.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + value);
            }
        });
        return query.toString();
    }
}
