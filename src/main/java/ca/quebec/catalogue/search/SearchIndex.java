package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The catalogue's search engine: an in-memory Lucene index of {@link SearchDocument}s,
 * derived from the database and rebuilt from it at will.
 *
 * <p>Thread-safe. Any number of searches run at once, each on a consistent snapshot
 * (a near-real-time reader). Writes are serialized; each one refreshes the snapshot
 * before it returns, so a search started after {@link #upsert} or {@link #remove}
 * returns sees the change. {@link #replaceAll} swaps the whole content at once:
 * searches see the old catalogue until the new one is complete, never a mix.
 *
 * <p>What a query matches and how it ranks is described in {@link QueryPlan}; the text
 * analysis in {@link Analysis}; facets in {@link SearchFacets}; cursors in
 * {@link SearchCursor}.
 */
@ApplicationScoped
public class SearchIndex implements AutoCloseable {

    /** What the decoded records of one snapshot may hold: the seed's 519 take about 1 MiB. */
    private static final long DECODED_BYTES = 8L << 20;
    /** Lucene's BM25, without its per-term tables (shared: it keeps one table per field length). */
    private static final Bm25 SIMILARITY = new Bm25();
    /** Most suggestions one call returns. */
    public static final int MAX_SUGGESTIONS = 20;
    /** Longest prefix accepted for suggestions. */
    public static final int MAX_PREFIX_LENGTH = 100;

    private static final float SUGGEST_NAME_START = 2f;
    private static final float SUGGEST_WORD_START = 1f;

    private final Analysis analysis;
    private final Synonyms synonyms;
    private final Highlighter highlighter;
    private final References references = new References();
    private final FacetOrdinals ordinals = new FacetOrdinals();
    private final SharedTokens sharedTokens;
    private final ByteBuffersDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AnswerCache answers;
    /** What callers build from answers (a serialized answer, a rendered page): kept per snapshot too, under its own bound. */
    private final AnswerCache written;
    private final Spellings spellings = new Spellings();
    private final TermLookups termLookups = new TermLookups();
    private final RecordCompletion completion = new RecordCompletion();
    /** Names and aliases seen by suggestions, folded and analysed once; past the bound, it starts over. */
    private final Map<String, NameForms> nameForms = new ConcurrentHashMap<>();
    private static final int NAME_FORMS_LIMIT = 20_000;
    /** Records decoded from the current snapshot, by document number, within {@link #DECODED_BYTES}. */
    private final AnswerCache decoded = new AnswerCache(DECODED_BYTES);
    private final ReentrantLock writes = new ReentrantLock();

    /** An empty index with the bundled synonyms ({@code catalogue-data/synonyms.txt}). */
    public SearchIndex() {
        this(null, SearchConfig.DEFAULT_ANSWER_CACHE_BYTES);
    }

    @jakarta.inject.Inject
    SearchIndex(SearchConfig config) {
        this(null, config.answerCacheBytes());
    }

    /** An empty index that computes every answer (benchmarks of the search itself). */
    static SearchIndex withoutAnswerCache() {
        return new SearchIndex(null, 0);
    }

    /** An empty index with the given synonym groups (same format as the bundled file), for tests. */
    SearchIndex(String synonymsText) {
        this(synonymsText, SearchConfig.DEFAULT_ANSWER_CACHE_BYTES);
    }

    private SearchIndex(String synonymsText, long answerCacheBytes) {
        this.answers = new AnswerCache(answerCacheBytes);
        this.written = new AnswerCache(answerCacheBytes);
        this.analysis = new Analysis();
        this.synonyms = synonymsText == null ? Synonyms.fromClassPath(analysis) : Synonyms.parse(analysis, synonymsText);
        this.highlighter = new Highlighter(analysis);
        this.sharedTokens = new SharedTokens(analysis);
        // One buffer per file: slicing and cloning inputs (every term look-up does) stays cheap.
        this.directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.index)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setSimilarity(SIMILARITY)
                    // A rebuild of the whole catalogue should become one or two segments, not dozens.
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                    // Under the write lock, before the snapshot is published: searches never decode facets.
                    ordinals.warm(reader);
                    IndexSearcher searcher = super.newSearcher(reader, previousReader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole content (start-up, or a full rebuild). When two documents share a
     * kind and id, the last one wins.
     */
    public void replaceAll(Collection<SearchDocument> documents) {
        Map<String, SearchDocument> unique = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            unique.put(document.key(), document);
        }
        unique.values().forEach(references::register);
        // Converted one at a time as the writer takes them, not all held at once.
        Iterable<Document> docs = () -> unique.values().stream().map(d -> Documents.toLucene(d, sharedTokens)).iterator();
        write(() -> {
            writer.deleteAll();
            writer.addDocuments(docs);
        });
    }

    /** Adds a record or replaces the one with the same kind and id. */
    public void upsert(SearchDocument document) {
        upsertAll(List.of(document));
    }

    /** Adds or replaces several records, made visible together (e.g. one batch of the change log). */
    public void upsertAll(Collection<SearchDocument> documents) {
        documents.forEach(references::register);
        List<Document> docs = documents.stream().map(d -> Documents.toLucene(d, sharedTokens)).toList();
        List<String> keys = documents.stream().map(SearchDocument::key).toList();
        write(() -> {
            for (int i = 0; i < docs.size(); i++) {
                writer.updateDocument(new Term(Fields.KEY, keys.get(i)), docs.get(i));
            }
        });
    }

    /** Removes a record; nothing happens if it is not there. */
    public void remove(String kind, String id) {
        write(() -> writer.deleteDocuments(new Term(Fields.KEY, SearchDocument.key(kind, id))));
    }

    /** How many records the index holds, whatever their state or visibility. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * The size of the index's files, all held on the heap: a gauge for metrics. The heap the
     * index really takes is somewhat more (readers' caches, the writer's buffers).
     */
    public long bytes() {
        writes.lock();
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    /**
     * Runs a search. A bad cursor is refused with {@link ProblemException#badParameter}
     * ({@code cursor}); any text is accepted.
     */
    public SearchResult search(SearchQuery query) {
        FieldDoc after = SearchCursor.decode(query);
        SearchKey key = new SearchKey(query.q(), query.kind(), query.category(), query.licence(), query.osiApproved(), query.organization(),
                query.owner(), query.developmentStatus(), query.platform(), query.visibility().searchClass(), query.sort(), query.limit(),
                query.cursor());
        return withSearcher(searcher -> answers.get(searcher.getIndexReader(), key, () -> {
            try {
                return search(searcher, query, after);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SearchIndex::bytes));
    }

    /** Everything that decides a search's answer on one snapshot. */
    private record SearchKey(String q, String kind, String category, String licence, Boolean osiApproved, String organization,
            String owner, String developmentStatus, String platform, String visibility, SearchSort sort, int limit, String cursor) {
    }

    private record SuggestKey(String prefix, int limit, String visibility) {
    }

    /** About what an answer holds in memory: its text twice (UTF-16) and some per object. */
    private static int bytes(SearchResult result) {
        long bytes = 2_048;
        for (SearchHit hit : result.hits()) {
            bytes += 160 + 2L * (length(hit.name()) + length(hit.id()) + length(hit.licence()));
            if (hit.description() != null) {
                bytes += 2L * (length(hit.description().fr()) + length(hit.description().en()));
            }
            for (List<String> values : hit.highlights().values()) {
                for (String value : values) {
                    bytes += 48 + 2L * value.length();
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** About what a decoded record holds: its texts in UTF-16 and some per object (bodies and categories are shared). */
    private static int bytes(SearchDocument record) {
        long bytes = 512 + 2L * (length(record.name()) + length(record.descriptionFr()) + length(record.descriptionEn()));
        for (List<String> texts : List.of(record.aliases(), record.keywords(), record.platforms())) {
            for (String text : texts) {
                bytes += 48 + 2L * text.length();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes + 16L * (record.usedBy().size() + record.categories().size()));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** The version of the snapshot that searches see now. */
    long snapshot() {
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    /**
     * What a caller builds from this index's answers, kept for the snapshot of {@code snapshot},
     * read before the answers were asked for (they then come from that snapshot or a newer one).
     * The key must hold everything else the value depends on.
     */
    <T> T written(long snapshot, Object key, Supplier<T> build, ToIntFunction<T> bytes) {
        return written.get(snapshot, key, build, bytes);
    }

    /** Hits served from the answer cache since start-up, and searches computed. */
    public long cachedAnswers() {
        return answers.hits();
    }

    public long computedAnswers() {
        return answers.misses();
    }

    /** Answers served already written (serialized or rendered) since start-up, and answers written. */
    public long cachedWritten() {
        return written.hits();
    }

    public long computedWritten() {
        return written.misses();
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery query, FieldDoc after) throws IOException {
        QueryPlan plan = QueryPlan.plan(query.q(), analysis, synonyms, termLookups.of(searcher), spellings);
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(plan.matchesEverything() ? new MatchAllDocsQuery() : plan.query, Occur.MUST);
        visibility(filtered, query.visibility());
        if (query.osiApproved() != null) {
            filtered.add(new TermQuery(new Term(Fields.OSI, query.osiApproved().toString())), Occur.FILTER);
        }
        if (query.owner() != null) {
            filtered.add(new TermQuery(new Term(Fields.OWNER, query.owner())), Occur.FILTER);
        }
        if (query.platform() != null) {
            filtered.add(new TermQuery(new Term(Fields.PLATFORM, query.platform())), Occur.FILTER);
        }
        // One more hit than the page: it only says whether there is a next page.
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort(query.sort()), query.limit() + 1, after,
                Integer.MAX_VALUE);
        FacetCollector.Outcome outcome = searcher.search(filtered.build(),
                new FacetCollector.Manager(ordinals, FacetCollector.filters(query), top));

        TopFieldDocs docs = outcome.hits();
        int shown = Math.min(query.limit(), docs.scoreDocs.length);
        Highlighter.Session highlights = highlighter.session(plan);
        List<SearchHit> hits = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            FieldDoc doc = (FieldDoc) docs.scoreDocs[i];
            SearchDocument record = load(searcher, doc.doc);
            Float score = query.sort() == SearchSort.RELEVANCE ? (Float) doc.fields[0] : null;
            hits.add(new SearchHit(record.kind(), record.id(), record.name(),
                    BilingualText.of(record.descriptionFr(), record.descriptionEn()), record.licence(),
                    record.osiApproved(), record.usageCount(), score, highlights.highlight(record)));
        }
        String next = docs.scoreDocs.length > query.limit()
                ? SearchCursor.encode(query, (FieldDoc) docs.scoreDocs[query.limit() - 1])
                : null;
        return new SearchResult(outcome.total(), List.copyOf(hits), outcome.facets(), next);
    }

    /**
     * The records nearest a text, best first, without facets, highlights or paging:
     * what reconciliation looks at when a name is not known exactly.
     */
    public List<Nearest> nearest(String text, String kind, int limit, VisibilityPolicy visibility) {
        return withSearcher(searcher -> {
            QueryPlan plan = QueryPlan.plan(text, analysis, synonyms, termLookups.of(searcher), spellings);
            if (plan.matchesEverything()) {
                return List.<Nearest> of();
            }
            BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(plan.query, Occur.MUST);
            visibility(filtered, visibility);
            if (kind != null) {
                filtered.add(new PrefixQuery(new Term(Fields.KEY, kind + ":")), Occur.FILTER);
            }
            List<Nearest> out = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(filtered.build(), limit).scoreDocs) {
                SearchDocument record = load(searcher, doc.doc);
                out.add(new Nearest(record.kind(), record.id(), record.name(), doc.score));
            }
            return out;
        });
    }

    /** A record search found near a text, with Lucene's score. */
    public record Nearest(String kind, String id, String name, float score) {
    }

    /** Up to {@code limit} published records whose names start with {@code prefix}. */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggest(prefix, limit, VisibilityPolicy.ANONYMOUS);
    }

    /**
     * Up to {@code limit} records visible to the caller whose name, an alias, or a word of
     * them starts with {@code prefix} (each earlier word complete). Names or aliases that
     * start with the text come first, then those that only hold its words; the most used
     * first within each group, then by name.
     */
    public List<Suggestion> suggest(String prefix, int limit, VisibilityPolicy visibility) {
        return suggest(prefix, limit, visibility, false);
    }

    /** The same answer found by Lucene queries whoever asks, without the answer cache: what {@link RecordCompletion} must equal. */
    List<Suggestion> suggestByQuery(String prefix, int limit, VisibilityPolicy visibility) {
        return suggest(prefix, limit, visibility, true);
    }

    private List<Suggestion> suggest(String prefix, int limit, VisibilityPolicy visibility, boolean byQuery) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw ProblemException.badParameter("limit", "limit-range", MAX_SUGGESTIONS);
        }
        if (prefix != null && prefix.length() > MAX_PREFIX_LENGTH) {
            throw ProblemException.badParameter("prefix", "search.prefix-too-long", MAX_PREFIX_LENGTH);
        }
        List<Analysis.Token> tokens = analysis.tokens(prefix);
        String key = RecordNames.normalize(prefix);
        if (tokens.isEmpty() || key == null || key.isEmpty()) {
            return List.of();
        }
        boolean typingLast = tokens.get(tokens.size() - 1).end() == prefix.length();
        // Anonymous callers (the portal, public search boxes) are answered from the snapshot's completion table,
        // up to the size where reading it per snapshot costs more than it saves.
        boolean table = !byQuery && visibility.searchClass().equals(VisibilityPolicy.ANONYMOUS.searchClass());
        Read<List<Suggestion>> find = searcher -> {
            int[] docs = table && searcher.getIndexReader().maxDoc() <= RecordCompletion.MAX_DOCUMENTS
                    ? completion.complete(searcher, published(), key, tokens.stream().map(Analysis.Token::term).toList(), typingLast, limit)
                    : suggestionQuery(searcher, tokens, key, typingLast, visibility, limit);
            List<Suggestion> suggestions = new ArrayList<>();
            for (int doc : docs) {
                SearchDocument record = load(searcher, doc);
                suggestions.add(new Suggestion(record.kind(), record.id(), record.name(), matchedAlias(record, key, tokens),
                        record.usageCount()));
            }
            return List.copyOf(suggestions);
        };
        if (byQuery) {
            return withSearcher(find);
        }
        SuggestKey cacheKey = new SuggestKey(prefix, limit, visibility.searchClass());
        return withSearcher(searcher -> answers.get(searcher.getIndexReader(), cacheKey, () -> {
            try {
                return find.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, found -> 256 + 160 * found.size()));
    }

    /** What an anonymous caller may find, as a query. */
    private static Query published() {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        visibility(query, VisibilityPolicy.ANONYMOUS);
        return query.build();
    }

    private static int[] suggestionQuery(IndexSearcher searcher, List<Analysis.Token> tokens, String key, boolean typingLast,
            VisibilityPolicy visibility, int limit) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            Term term = new Term(Fields.SUGGEST, tokens.get(i).term());
            words.add(i == tokens.size() - 1 && typingLast ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        // The best of: a name or alias that starts with the text, or names holding its words.
        Query match = new DisjunctionMaxQuery(List.of(
                new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(Fields.NAME_KEY, key))), SUGGEST_NAME_START),
                new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(Fields.ALIAS_KEY, key))), SUGGEST_NAME_START),
                new BoostQuery(new ConstantScoreQuery(words.build()), SUGGEST_WORD_START)), 0f);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, Occur.MUST);
        visibility(query, visibility);
        Sort order = new Sort(SortField.FIELD_SCORE, new SortField(Fields.USAGE, SortField.Type.LONG, true),
                new SortField(Fields.NAME_SORT, SortField.Type.STRING), new SortField(Fields.KEY, SortField.Type.STRING));
        TopFieldDocs top = searcher.search(query.build(), new TopFieldCollectorManager(order, limit, null, limit));
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        return docs;
    }

    /** The record behind a hit, from the snapshot that found it. */
    private SearchDocument load(IndexSearcher searcher, int doc) throws IOException {
        // The hits of one snapshot recur from search to search: decode each once, and keep its
        // strings (their hash codes computed once) for the highlighter's caches.
        return decoded.get(((DirectoryReader) searcher.getIndexReader()).getVersion(), doc, () -> {
            try {
                return decode(searcher, doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SearchIndex::bytes);
    }

    private SearchDocument decode(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues stored = DocValues.getBinary(leaf.reader(), Fields.STORED);
        if (!stored.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A record without its stored copy");
        }
        return Documents.decode(stored.binaryValue(), references);
    }

    /** The alias that made a record a suggestion, when its name did not. */
    private String matchedAlias(SearchDocument record, String key, List<Analysis.Token> typed) {
        if (forms(record.name()).key().startsWith(key) || startsWithWords(record.name(), typed)) {
            return null;
        }
        for (String alias : record.aliases()) {
            if (forms(alias).key().startsWith(key) || startsWithWords(alias, typed)) {
                return alias;
            }
        }
        return null;
    }

    /** A name's key and words: folding (regular expressions) and analysis were most of a suggestion once records were found. */
    private record NameForms(String key, List<String> words) {
    }

    private NameForms forms(String name) {
        NameForms forms = nameForms.get(name);
        if (forms == null) {
            forms = new NameForms(RecordNames.normalize(name), analysis.tokens(name).stream().map(Analysis.Token::term).toList());
            if (nameForms.size() >= NAME_FORMS_LIMIT) {
                nameForms.clear();
            }
            nameForms.put(name, forms);
        }
        return forms;
    }

    /** Whether the name holds every typed word, the last one as a prefix. */
    private boolean startsWithWords(String name, List<Analysis.Token> typed) {
        List<String> words = forms(name).words();
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i).term();
            boolean last = i == typed.size() - 1;
            if (words.stream().noneMatch(w -> last ? w.startsWith(word) : w.equals(word))) {
                return false;
            }
        }
        return true;
    }

    @PreDestroy
    @Override
    public void close() {
        writes.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    /** What the caller may find, as the visibility policy says, over this index's fields. */
    private static void visibility(BooleanQuery.Builder query, VisibilityPolicy visibility) {
        visibility.searchable(Fields.STATUS, Fields.SUBMITTED_BY).ifPresent(filter -> query.add(filter, Occur.FILTER));
    }

    /** Every order ends with the unique key, so that it is total and cursors are exact. */
    private static Sort sort(SearchSort sort) {
        SortField key = new SortField(Fields.KEY, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, key);
            case NAME -> new Sort(new SortField(Fields.NAME_SORT, SortField.Type.STRING), key);
            case NAME_DESC -> new Sort(new SortField(Fields.NAME_SORT, SortField.Type.STRING, true), key);
            case USAGE_COUNT -> new Sort(new SortField(Fields.USAGE, SortField.Type.LONG), key);
            case USAGE_COUNT_DESC -> new Sort(new SortField(Fields.USAGE, SortField.Type.LONG, true), key);
            case UPDATED_AT -> new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG), key);
            case UPDATED_AT_DESC -> new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true), key);
        };
    }

    private interface Write {
        void run() throws IOException;
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** One write at a time, visible to every search that starts after it returns. */
    private void write(Write write) {
        writes.lock();
        try {
            write.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    private <T> T withSearcher(Read<T> read) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
