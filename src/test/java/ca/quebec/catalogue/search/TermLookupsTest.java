package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The per-snapshot table of term look-ups that query plans use. */
class TermLookupsTest {

    @Test
    void aTermNoRecordHoldsGivesNoQueryAndAHeldOneItsStatistics() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(writer, "tableur");
            add(writer, "tableur");
            add(writer, "courriel");
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermLookups.Lookup lookup = new TermLookups().of(searcher);
                assertNull(lookup.query(new Term("names", "navigateur")));
                assertEquals(0, lookup.docFreq(new Term("names", "navigateur")));
                assertEquals(0, lookup.docFreq(new Term("tags", "tableur")), "another field");

                TermQuery tableur = lookup.query(new Term("names", "tableur"));
                assertNotNull(tableur);
                assertEquals(2, tableur.getTermStates().docFreq());
                assertEquals(2, lookup.docFreq(new Term("names", "tableur")));
                TopDocs withStates = searcher.search(tableur, 10);
                TopDocs plain = searcher.search(new TermQuery(new Term("names", "tableur")), 10);
                assertEquals(plain.totalHits, withStates.totalHits);
                for (int i = 0; i < plain.scoreDocs.length; i++) {
                    assertEquals(plain.scoreDocs[i].doc, withStates.scoreDocs[i].doc);
                    assertEquals(plain.scoreDocs[i].score, withStates.scoreDocs[i].score, "the same score as Lucene's own look-up");
                }
            }
        }
    }

    @Test
    void aNewSnapshotIsLookedUpAfreshAndAnOlderOneDoesNotReplaceIt() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(writer, "tableur");
            TermLookups lookups = new TermLookups();
            try (DirectoryReader first = DirectoryReader.open(writer)) {
                IndexSearcher old = new IndexSearcher(first);
                assertEquals(0, lookups.of(old).docFreq(new Term("names", "courriel")), "absent, and remembered as absent");

                add(writer, "courriel");
                try (DirectoryReader second = DirectoryReader.openIfChanged(first, writer)) {
                    IndexSearcher current = new IndexSearcher(second);
                    assertEquals(1, lookups.of(current).docFreq(new Term("names", "courriel")), "the write is seen");
                    // A search still running on the old snapshot answers for that snapshot, and leaves the new table alone.
                    assertEquals(0, lookups.of(old).docFreq(new Term("names", "courriel")));
                    assertEquals(1, lookups.of(current).docFreq(new Term("names", "courriel")));
                }
            }
        }
    }

    @Test
    void theTableStaysWithinItsBound() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(writer, "tableur");
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                TermLookups lookups = new TermLookups();
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int i = 0; i < TermLookups.LIMIT * 2 + 7; i++) {
                    lookups.of(searcher).docFreq(new Term("names", "mot" + i));
                }
                assertTrue(lookups.of(searcher).size() <= TermLookups.LIMIT, "at most " + TermLookups.LIMIT);
                assertEquals(1, lookups.of(searcher).docFreq(new Term("names", "tableur")), "still right after starting over");
            }
        }
    }

    private static void add(IndexWriter writer, String name) throws IOException {
        Document document = new Document();
        document.add(new StringField("names", name, Field.Store.NO));
        writer.addDocument(document);
    }
}
