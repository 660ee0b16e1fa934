package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The completion table anonymous suggestions come from answers what the Lucene query answers:
 * the same records in the same order, with the same matched alias, for every prefix of every
 * name and alias of the seed (and of their words, in upper case, with spaces and accents),
 * in an index that also holds submissions and archived records (which an anonymous caller
 * must not be offered), replaced records (deleted documents in the segments) and several
 * segments.
 */
class RecordCompletionTest {

    private static SearchIndex index;
    private static List<SearchDocument> seed;

    @BeforeAll
    static void index() {
        seed = SeedCatalogue.load().software();
        index = SearchIndex.withoutAnswerCache();
        index.replaceAll(seed.subList(0, seed.size() / 2));
        // A second segment, some records replaced (their old documents deleted), some hidden from anonymous callers.
        List<SearchDocument> more = new ArrayList<>(seed.subList(seed.size() / 2, seed.size()));
        for (int i = 0; i < seed.size(); i += 7) {
            SearchDocument d = seed.get(i);
            more.add(copy(d, d.id() + "-soumis", d.name() + " Soumis", "submitted", "mern"));
            more.add(copy(d, d.id() + "-archive", d.name(), "archived", null));
        }
        for (int i = 0; i < seed.size() / 2; i += 5) {
            more.add(seed.get(i));
        }
        index.upsertAll(more);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void anonymousSuggestionsAreTheQuerysForEveryPrefix() {
        Set<String> prefixes = new TreeSet<>();
        for (SearchDocument d : seed) {
            List<String> names = new ArrayList<>(d.aliases());
            names.add(d.name());
            for (String name : names) {
                for (int i = 1; i <= Math.min(16, name.length()); i++) {
                    prefixes.add(name.substring(0, i));
                }
                for (String word : name.split(" ")) {
                    for (int i = 1; i <= Math.min(6, word.length()); i++) {
                        prefixes.add(word.substring(0, i));
                        prefixes.add(word.substring(0, i).toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        prefixes.addAll(List.of("é", "  a", "x y", "-", "--li", "mozilla fi", "libre office", "soumis", "zzzz"));
        int compared = 0;
        int nonEmpty = 0;
        for (String prefix : prefixes) {
            if (prefix.isBlank()) {
                continue;
            }
            for (int limit : new int[] { 1, 3, 10, 20 }) {
                List<Suggestion> expected = index.suggestByQuery(prefix, limit, VisibilityPolicy.ANONYMOUS);
                assertEquals(expected, index.suggest(prefix, limit, VisibilityPolicy.ANONYMOUS), "'" + prefix + "' limit " + limit);
                compared++;
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared > 10_000, compared + " comparisons");
        assertTrue(nonEmpty > compared / 2, nonEmpty + " of " + compared + " found something");
    }

    @Test
    void anonymousCallersAreNotOfferedWhatTheyMayNotFind() {
        String name = seed.get(0).name();
        List<Suggestion> anonymous = index.suggest(name, 20, VisibilityPolicy.ANONYMOUS);
        assertFalse(anonymous.isEmpty());
        assertTrue(anonymous.stream().noneMatch(s -> s.id().endsWith("-soumis") || s.id().endsWith("-archive")), anonymous.toString());
    }

    private static SearchDocument copy(SearchDocument d, String id, String name, String status, String submittedBy) {
        return new SearchDocument(d.kind(), id, name, d.aliases(), d.descriptionFr(), d.descriptionEn(), d.keywords(), d.categories(),
                d.licence(), d.licenceIds(), d.osiApproved(), d.usedBy(), d.owner(), d.developmentStatus(), d.platforms(), d.usageCount(),
                d.updatedAt(), status, submittedBy);
    }
}
