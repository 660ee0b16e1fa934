package ca.quebec.catalogue.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ca.quebec.catalogue.kernel.Cursor;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * One page of a list, by keyset: the rows after the cursor's keys in a total
 * order, plus the count for the filter. Every list of the API pages this way,
 * so that following {@code links.next} visits each item once even while the
 * list changes, and a deep page costs what the first one does.
 *
 * <pre>{@code
 * Keyset.of(em, Usage.class, "u").fetch("join fetch u.record")
 *         .where(condition)
 *         .orderBy(Key.of("u.record.kindName"), Key.of("u.record.id"))
 *         .page(page, "record", u -> List.of(u.record.kindName, u.record.id));
 * }</pre>
 */
public final class Keyset<E> {

    /** A path the rows are ordered by, its direction, and how a cursor's text becomes its value. */
    public record Key(String path, boolean descending, Function<String, Object> parse) {

        public static Key of(String path) {
            return new Key(path, false, text -> text);
        }

        public static Key of(String path, boolean descending, Function<String, Object> parse) {
            return new Key(path, descending, parse);
        }
    }

    private final EntityManager em;
    private final Class<E> type;
    private final String alias;
    private String fetch = "";
    private Condition where = Condition.ALWAYS;
    private List<Key> order = List.of();

    private Keyset(EntityManager em, Class<E> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    public static <E> Keyset<E> of(EntityManager em, Class<E> type, String alias) {
        return new Keyset<>(em, type, alias);
    }

    /** Joins fetched with the rows (not used to count). */
    public Keyset<E> fetch(String joins) {
        this.fetch = " " + joins;
        return this;
    }

    public Keyset<E> where(Condition condition) {
        this.where = where.and(condition);
        return this;
    }

    /** The order; the last key must be unique, so that the order is total. */
    public Keyset<E> orderBy(Key... keys) {
        this.order = List.of(keys);
        return this;
    }

    /**
     * The page after the request's cursor, and where the next one starts.
     *
     * @param sort   the name of the order, written in cursors so that one from another order is refused
     * @param keysOf the values of the order's keys for a row, as text
     */
    public Listing<E> page(PageRequest page, String sort, Function<E, List<String>> keysOf) {
        String from = " from " + type.getSimpleName() + " " + alias;
        long total = !page.counted() ? -1
                : where.bind(em.createQuery("select count(" + alias + ")" + from + " where " + where.jpql(), Long.class)).getSingleResult();
        Condition pageWhere = page.cursor() == null ? where : where.and(after(page.cursor()));
        List<String> orderBy = order.stream().map(k -> k.path() + (k.descending() ? " desc" : "")).toList();
        TypedQuery<E> query = pageWhere.bind(em.createQuery("select " + alias + from + fetch + " where " + pageWhere.jpql()
                + " order by " + String.join(", ", orderBy), type));
        List<E> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return Listing.of(rows, page, total, row -> new Cursor(sort, keysOf.apply(row)));
    }

    /** Rows strictly after the cursor: (k1 > v1) or (k1 = v1 and k2 > v2) or …, each key in its direction. */
    private Condition after(Cursor cursor) {
        if (cursor.keys().size() != order.size()) {
            throw ProblemException.badParameter("cursor", "cursor-invalid");
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(order.get(j).path() + " = :after" + j);
            }
            Key key = order.get(i);
            terms.add(key.path() + (key.descending() ? " < " : " > ") + ":after" + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
            try {
                parameters.put("after" + i, key.parse().apply(cursor.key(i)));
            } catch (RuntimeException unreadable) {
                throw ProblemException.badParameter("cursor", "cursor-invalid");
            }
        }
        return new Condition(String.join(" or ", alternatives), parameters);
    }
}
