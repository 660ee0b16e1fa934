package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.search.SearchService.SearchLabels;

/** The completion over bodies and categories answers what the linear scan it replaced answered. */
class SearchSuggestionsTest {

    private static final SearchLabels LABELS = SearchLabels.of(new ArrayList<>(SeedCatalogue.load().organizations().values()),
            new ArrayList<>(SeedCatalogue.load().categories().values()));

    /** The linear scan over every entry, folding each name on each call: the behaviour to keep. */
    private static List<String> scan(String folded, int limit) {
        List<String> out = new ArrayList<>();
        for (SearchLabels.Named named : LABELS.named()) {
            String matched = named.matching(folded);
            if (matched != null && out.size() < limit) {
                out.add(named.kind() + ":" + named.id() + ":" + matched);
            }
        }
        return out;
    }

    private static List<String> completed(String folded, int limit) {
        return LABELS.completion().complete(folded, limit).stream()
                .map(m -> m.named().kind() + ":" + m.named().id() + ":" + m.name()).toList();
    }

    @Test
    void everyPrefixOfEveryNameCompletesAsTheScanDid() {
        Set<String> prefixes = new LinkedHashSet<>(List.of("", "a", "é", "-", "ministère des", "zzz", "saaq", "bureau du"));
        for (SearchLabels.Named named : LABELS.named()) {
            for (String name : named.names()) {
                String folded = SearchService.fold(name);
                for (int i = 1; i <= folded.length(); i++) {
                    prefixes.add(folded.substring(0, i));
                }
                for (String word : folded.split(" ")) {
                    for (int i = 1; i <= word.length(); i++) {
                        prefixes.add(word.substring(0, i));
                    }
                }
            }
        }
        for (String prefix : prefixes) {
            for (int limit : new int[] { 1, 3, 10, 1000 }) {
                assertEquals(scan(prefix, limit), completed(prefix, limit), "'" + prefix + "' limit " + limit);
            }
        }
    }

    @Test
    void theCompletionIsBuiltOncePerLabelsNotPerCall() {
        SearchLabels labels = SearchLabels.of(new ArrayList<>(SeedCatalogue.load().organizations().values()), List.of());
        long before = SearchService.COMPLETIONS_BUILT.get();
        NameCompletion first = labels.completion();
        for (int i = 0; i < 100; i++) {
            assertSame(first, labels.completion());
            labels.completion().complete("min", 10);
        }
        assertEquals(before + 1, SearchService.COMPLETIONS_BUILT.get());
    }
}
