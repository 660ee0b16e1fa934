package ca.quebec.catalogue.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** A page is fetched with one extra row, whose only role is to say that a next page exists. */
class ListingTest {

    private final List<String> cursorAskedFor = new ArrayList<>();

    private final Function<String, Cursor> cursorOf = row -> {
        cursorAskedFor.add(row);
        return Cursor.of("id", row);
    };

    private static PageRequest limit(int limit) {
        return new PageRequest(limit, null);
    }

    @Test
    void oneRowMoreThanTheLimitMeansANextPageAfterTheLastRowShown() {
        Listing<String> listing = Listing.of(List.of("a", "b", "c", "d"), limit(3), 10, cursorOf);
        assertEquals(List.of("a", "b", "c"), listing.items());
        // The next page starts after "c", the last row shown, not after the extra "d".
        assertEquals(Cursor.of("id", "c"), listing.next());
        assertEquals(List.of("c"), cursorAskedFor);
        assertEquals(10, listing.total());
    }

    @Test
    void exactlyTheLimitMeansTheLastPage() {
        Listing<String> listing = Listing.of(List.of("a", "b", "c"), limit(3), 3, cursorOf);
        assertEquals(List.of("a", "b", "c"), listing.items());
        assertNull(listing.next());
        assertEquals(List.of(), cursorAskedFor);
    }

    @Test
    void fewerRowsThanTheLimitMeansTheLastPage() {
        Listing<String> listing = Listing.of(List.of("a"), limit(3), 1, cursorOf);
        assertEquals(List.of("a"), listing.items());
        assertNull(listing.next());
    }

    @Test
    void noRowsIsAnEmptyLastPage() {
        Listing<String> listing = Listing.of(List.of(), limit(20), 0, cursorOf);
        assertEquals(List.of(), listing.items());
        assertNull(listing.next());
        assertEquals(0, listing.total());
    }

    @Test
    void aLimitOfOneStillPages() {
        Listing<String> listing = Listing.of(List.of("a", "b"), limit(1), 2, cursorOf);
        assertEquals(List.of("a"), listing.items());
        assertEquals(Cursor.of("id", "a"), listing.next());
    }

    @Test
    void theViewIsAppliedToTheRowsShownOnly() {
        // The cursor is taken from the row (entity), the view only shapes what is shown.
        List<String> viewed = new ArrayList<>();
        Listing<Integer> listing = Listing.of(List.of("a", "bb", "ccc"), limit(2), 7, cursorOf, row -> {
            viewed.add(row);
            return row.length();
        });
        assertEquals(List.of(1, 2), listing.items());
        assertEquals(Cursor.of("id", "bb"), listing.next());
        assertEquals(7, listing.total());
        assertEquals(List.of("a", "bb"), viewed);
    }
}
