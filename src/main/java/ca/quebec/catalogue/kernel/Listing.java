package ca.quebec.catalogue.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results as a service returns it: the items, the total and where
 * the next page starts. The HTTP edge turns it into the list envelope with links.
 * The total is -1 when the page was asked for {@link PageRequest#uncounted uncounted}.
 */
public record Listing<T>(List<T> items, long total, Cursor next) {

    /** From {@code limit + 1} fetched rows: the extra row only says that a next page exists. */
    public static <E> Listing<E> of(List<E> rows, PageRequest request, long total, Function<E, Cursor> cursorOf) {
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? List.copyOf(rows.subList(0, request.limit())) : rows;
        return new Listing<>(shown, total, more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }

    public static <E, T> Listing<T> of(List<E> rows, PageRequest request, long total, Function<E, Cursor> cursorOf,
            Function<E, T> view) {
        return of(rows, request, total, cursorOf).map(view);
    }

    public <U> Listing<U> map(Function<T, U> view) {
        return new Listing<>(items.stream().map(view).toList(), total, next);
    }
}
