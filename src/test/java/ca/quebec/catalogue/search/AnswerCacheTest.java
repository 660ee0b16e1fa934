package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.testing.Callers;

/** The answers of one index snapshot: kept while it lasts, never shared across visibility classes or snapshots. */
class AnswerCacheTest {

    @Test
    void theSameQuestionOnTheSameSnapshotIsAnsweredOnce() {
        try (SearchIndex index = new SearchIndex()) {
            index.replaceAll(Fixtures.catalogue());
            SearchQuery query = SearchQuery.builder().q("navigateur").build();
            long computed = index.computedAnswers();
            SearchResult first = index.search(query);
            SearchResult again = index.search(SearchQuery.builder().q("navigateur").build());
            assertSame(first, again);
            assertEquals(computed + 1, index.computedAnswers());
            assertEquals(1, index.cachedAnswers());
            // Another page, order or filter is another question.
            index.search(SearchQuery.builder().q("navigateur").limit(5).build());
            index.search(SearchQuery.builder().q("navigateur").kind("software").build());
            assertEquals(computed + 3, index.computedAnswers());
        }
    }

    @Test
    void aWriteStartsANewSnapshotWhoseAnswersAreComputedAfresh() {
        try (SearchIndex index = new SearchIndex()) {
            index.replaceAll(Fixtures.catalogue());
            SearchQuery query = SearchQuery.text("zygomorphe");
            assertEquals(0, index.search(query).total());
            assertEquals(0, index.search(query).total());
            index.upsert(Fixtures.software("zygo", "Zygomorphe", "Un logiciel de test zygomorphe."));
            assertEquals(1, index.search(query).total());
            index.remove(SearchDocument.SOFTWARE, "zygo");
            assertEquals(0, index.search(query).total());
        }
    }

    @Test
    void callersWhoMaySeeDifferentRecordsNeverShareAnAnswer() {
        try (SearchIndex index = new SearchIndex()) {
            index.replaceAll(Fixtures.catalogue());
            // Fixtures: "Suivi des dépenses" is a solution sct submitted and nobody published.
            SearchQuery.Builder submitted = SearchQuery.builder().q("suivi des dépenses").kind("solution");
            long anonymous = index.search(submitted.build()).total();
            long owner = index.search(submitted.visibility(Callers.policy(Callers.contributor("sct"))).build()).total();
            long other = index.search(submitted.visibility(Callers.policy(Callers.contributor("mtmdet"))).build()).total();
            long curator = index.search(submitted.visibility(Callers.policy(Callers.curator())).build()).total();
            assertEquals(anonymous, other);
            assertTrue(owner > anonymous, owner + " vs " + anonymous);
            assertTrue(curator > anonymous, curator + " vs " + anonymous);
            assertEquals(anonymous, index.search(submitted.visibility(null).build()).total());
        }
    }

    @Test
    void suggestionsAreCachedPerSnapshotAndVisibility() {
        try (SearchIndex index = new SearchIndex()) {
            index.replaceAll(Fixtures.catalogue());
            List<Suggestion> first = index.suggest("fire", 5);
            assertSame(first, index.suggest("fire", 5));
            index.upsert(Fixtures.software("firezone", "Firezone", "Un pare-feu de test."));
            assertTrue(index.suggest("fire", 5).stream().anyMatch(s -> s.id().equals("firezone")));
        }
    }

    @Test
    void offAnswersEveryQuestionAndAnOlderSnapshotIsNeverCached() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            DirectoryReader older = DirectoryReader.open(writer);
            Document doc = new Document();
            doc.add(new StringField("id", "x", Field.Store.NO));
            writer.addDocument(doc);
            DirectoryReader newer = DirectoryReader.openIfChanged(older, writer);

            AnswerCache off = new AnswerCache(0);
            off.get(newer, "q", computed::incrementAndGet, v -> 1);
            off.get(newer, "q", computed::incrementAndGet, v -> 1);
            assertEquals(2, computed.get());

            AnswerCache cache = new AnswerCache(1_000_000);
            cache.get(newer, "q", computed::incrementAndGet, v -> 1);
            cache.get(older, "q", computed::incrementAndGet, v -> 1);
            cache.get(older, "q", computed::incrementAndGet, v -> 1);
            assertEquals(5, computed.get(), "a search still running on the older snapshot computes its answers");
            assertEquals(3, (int) cache.get(newer, "q", computed::incrementAndGet, v -> 1), "the newer snapshot kept its own");
            assertEquals(1, cache.hits());
            older.close();
            newer.close();
        }
    }

    @Test
    void theBoundEvictsAnswers() {
        AnswerCache cache = new AnswerCache(10_000);
        AtomicInteger computed = new AtomicInteger();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
                DirectoryReader reader = DirectoryReader.open(writer)) {
            for (int i = 0; i < 100; i++) {
                cache.get(reader, "q" + i, computed::incrementAndGet, v -> 1_000);
            }
            int before = computed.get();
            for (int i = 0; i < 100; i++) {
                cache.get(reader, "q" + i, computed::incrementAndGet, v -> 1_000);
            }
            assertTrue(computed.get() - before > 80, "at most ten answers of 1,000 bytes fit in 10,000: " + (computed.get() - before));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
