package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's catalogue must be the same on every run, and look like the seed. */
class SyntheticCatalogueTest {

    @Test
    void theSameSeedGivesTheSameCatalogue() {
        List<SearchDocument> first = SyntheticCatalogue.generate(2_000, 42);
        assertEquals(first, SyntheticCatalogue.generate(2_000, 42));
        assertEquals(2_000, first.stream().map(SearchDocument::key).distinct().count(), "unique keys");
        long solutions = first.stream().filter(d -> d.kind().equals("solution")).count();
        assertTrue(solutions > 200 && solutions < 400, "about one in seven is a solution: " + solutions);
        assertTrue(first.stream().allMatch(d -> d.usageCount() == d.usedBy().size()));
    }

    @Test
    void itCanBeSearchedLikeTheSeed() {
        SearchIndex index = new SearchIndex();
        index.replaceAll(SyntheticCatalogue.generate(2_000, 42));
        SearchResult result = index.search(SearchQuery.text("tableur"));
        assertTrue(result.total() > 0);
        assertTrue(result.hits().get(0).name().startsWith("LibreOffice") || result.hits().get(0).name().startsWith("Apache OpenOffice"),
                result.hits().get(0).name());
        index.close();
    }
}
