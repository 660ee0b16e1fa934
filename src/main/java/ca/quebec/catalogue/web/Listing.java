package ca.quebec.catalogue.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results as a service returns it: the items, the total and where
 * the next page starts. The resource turns it into a {@link Page} with links.
 */
public record Listing<T>(List<T> items, long total, Cursor next) {

    /** From {@code limit + 1} fetched rows: the extra row only says that a next page exists. */
    public static <E, T> Listing<T> of(List<E> rows, PageRequest request, long total, Function<E, Cursor> cursorOf,
            Function<E, T> view) {
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        return new Listing<>(shown.stream().map(view).toList(), total, more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }
}
