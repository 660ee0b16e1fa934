package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.licence.LicenceExpression;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;

/**
 * Our search beside PostgreSQL full-text search, in one JVM, on the same records and the
 * same 27 queries as {@link SearchBenchmark#mix}. Not JMH: three engines measured in
 * interleaved rounds (each round runs the 27 queries on every engine in turn, the first
 * engine rotating), so that the noise of a shared machine falls on all of them.
 *
 * <p>PostgreSQL side: a schema of its own ({@code fts_bench}, dropped and recreated for each
 * size and dropped at the end; nothing else in the database is touched) with two tables of
 * the same rows (see {@link Table}): a generated {@code tsvector}, French and English
 * configurations concatenated, and a GIN index. Each search is one statement, one round
 * trip: {@code websearch_to_tsquery} in both configurations OR-ed; visibility (published,
 * or also one's own submissions) and the non-facet filters in the WHERE clause of a
 * materialized CTE of the matching records; from it the page of 20 (+1, to know whether
 * there is a next one) in the requested order ({@code ts_rank} times the same usage factor
 * as ours for relevance, OFFSET for the second page) joined back for the fields our hits
 * carry, the total, and the five facet counts by GROUP BY (arrays by {@code unnest}), each
 * facet without its own filter. No synonyms, no typo tolerance, no prefixes, no accent
 * folding, no highlights.
 *
 * <p>Arguments: sizes ({@code seed} for the seed catalogue of 519 records, or a number of
 * synthetic records); default {@code seed 10000 100000}. System properties: {@code fts.url}
 * (JDBC URL), {@code fts.rounds} and {@code fts.warmup} (rounds of the 27 queries per
 * engine, overriding the per-size defaults), {@code fts.pg.set} (session settings for
 * PostgreSQL, comma-separated, e.g. {@code jit=off}), {@code fts.sql} (print the statements),
 * {@code fts.keep} (leave the last size's schema in place to look at plans).
 */
public final class PostgresFtsComparison {

    private static final String SCHEMA = "fts_bench";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true";
    private static final int BATCH = 1_000;

    private PostgresFtsComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = args.length > 0 ? List.of(args) : List.of("seed", "10000", "100000");
        String url = System.getProperty("fts.url", DEFAULT_URL);
        List<Row> summary = new ArrayList<>();
        try (Connection pg = DriverManager.getConnection(url)) {
            pg.setAutoCommit(true);
            applySettings(pg);
            System.out.printf("PostgreSQL: %s%n", one(pg, "SELECT version()"));
            System.out.printf("  settings: jit=%s, work_mem=%s, shared_buffers=%s, max_parallel_workers_per_gather=%s, plan_cache_mode=%s%n",
                    one(pg, "SHOW jit"), one(pg, "SHOW work_mem"), one(pg, "SHOW shared_buffers"),
                    one(pg, "SHOW max_parallel_workers_per_gather"), one(pg, "SHOW plan_cache_mode"));
            System.out.printf("Java: %s %s, heap max %,d MiB%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            try {
                for (String size : sizes) {
                    summary.addAll(compare(pg, size));
                }
            } finally {
                if (!Boolean.getBoolean("fts.keep")) {
                    try (Statement s = pg.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    }
                }
            }
        }
        System.out.printf("%nSummary (per call, one thread; zero-hit = queries of the 27 with no result)%n");
        System.out.printf("%-8s %-10s %10s %10s %10s %10s %10s%n", "size", "engine", "p50 ms", "p99 ms", "mean ms", "max ms", "zero-hit");
        for (Row row : summary) {
            System.out.printf("%-8s %-10s %10.3f %10.3f %10.3f %10.2f %10d%n", row.size, row.engine, row.p50, row.p99, row.mean,
                    row.max, row.zeroHits);
        }
        System.out.printf("%nRatio PostgreSQL / ours (above 1: we are faster)%n");
        Row ours = null;
        for (Row row : summary) {
            if ("ours".equals(row.engine)) {
                ours = row;
            } else if (ours != null) {
                System.out.printf("%-8s %-10s p50 %5.2f   p99 %5.2f   mean %5.2f%n", row.size, row.engine, row.p50 / ours.p50,
                        row.p99 / ours.p99, row.mean / ours.mean);
            }
        }
    }

    private record Row(String size, String engine, double p50, double p99, double mean, double max, int zeroHits) {
    }

    /** A way of answering the 27 queries: our index, or one PostgreSQL table. */
    private interface Engine {
        String name();

        Object search(int query);
    }

    private static List<Row> compare(Connection pg, String size) throws SQLException {
        List<SearchDocument> documents = "seed".equals(size) ? seed() : SyntheticCatalogue.generate(Integer.parseInt(size), 42);
        System.out.printf("%n=== %s: %,d records ===%n", size, documents.size());

        SearchIndex index = SearchIndex.withoutAnswerCache();
        long start = System.nanoTime();
        index.replaceAll(documents);
        System.out.printf("ours: indexed in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        load(pg, documents);

        List<SearchQuery> queries = SearchBenchmark.mix(index);
        int n = queries.size();
        List<Engine> engines = new ArrayList<>();
        engines.add(new Engine() {
            @Override
            public String name() {
                return "ours";
            }

            @Override
            public Object search(int query) {
                return index.search(queries.get(query));
            }
        });
        List<PreparedStatement> statements = new ArrayList<>();
        for (Table table : Table.values()) {
            List<PreparedStatement> prepared = new ArrayList<>();
            for (SearchQuery query : queries) {
                prepared.add(pg.prepareStatement(Sql.of(query, table)));
            }
            statements.addAll(prepared);
            engines.add(new Engine() {
                @Override
                public String name() {
                    return table.engine;
                }

                @Override
                public Object search(int query) {
                    return run(prepared.get(query), queries.get(query));
                }
            });
            if (Boolean.getBoolean("fts.sql")) {
                queries.forEach(q -> System.out.printf("-- %s%n%s;%n", label(q), Sql.of(q, table)));
            }
        }
        int e = engines.size();
        int rounds = Integer.getInteger("fts.rounds", documents.size() <= 1_000 ? 600 : documents.size() <= 10_000 ? 200 : 40);
        int warmup = Integer.getInteger("fts.warmup", documents.size() <= 1_000 ? 150 : documents.size() <= 10_000 ? 40 : 8);

        // What each engine finds; and whether PostgreSQL gives our answer where it should (no text: same page, total, facets).
        long[][] totals = new long[e][n];
        for (int i = 0; i < n; i++) {
            SearchResult ours = (SearchResult) engines.get(0).search(i);
            totals[0][i] = ours.total();
            for (int k = 1; k < e; k++) {
                PgResult theirs = (PgResult) engines.get(k).search(i);
                totals[k][i] = theirs.total;
                if (queries.get(i).q().isBlank()) {
                    checkAgreement(engines.get(k).name(), queries.get(i), ours, theirs);
                }
            }
        }

        System.out.printf("warm-up %d rounds, then %d measured rounds of the %d queries per engine; each round runs every engine "
                + "in turn, the first engine rotating%n", warmup, rounds, n);
        long[][][] times = new long[e][n][rounds];
        for (int round = -warmup; round < rounds; round++) {
            int first = Math.floorMod(round, e);
            for (int j = 0; j < e; j++) {
                int k = (first + j) % e;
                Engine engine = engines.get(k);
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    Object answer = engine.search(i);
                    long t = System.nanoTime() - t0;
                    Objects.requireNonNull(answer);
                    if (round >= 0) {
                        times[k][i][round] = t;
                    }
                }
            }
        }

        StringBuilder header = new StringBuilder(String.format("%-52s", "query (hits, then p50 ms)"));
        engines.forEach(engine -> header.append(String.format(" %9s", engine.name())));
        engines.forEach(engine -> header.append(String.format(" %9s", engine.name())));
        System.out.println(header);
        for (int i = 0; i < n; i++) {
            StringBuilder line = new StringBuilder(String.format("%-52s", label(queries.get(i))));
            for (int k = 0; k < e; k++) {
                line.append(String.format(" %9d", totals[k][i]));
            }
            for (int k = 0; k < e; k++) {
                line.append(String.format(" %9.3f", percentile(times[k][i], 50)));
            }
            System.out.println(line);
        }
        probe(pg, index);
        for (PreparedStatement s : statements) {
            s.close();
        }
        index.close();
        String name = "seed".equals(size) ? "seed" : String.format(Locale.ROOT, "%,d", documents.size());
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < e; k++) {
            rows.add(row(name, engines.get(k).name(), times[k], totals[k]));
        }
        return rows;
    }

    /** Texts outside the mix, one call each: does an engine find anything where ours does (typos, split names, accents, bodies)? */
    static final List<String> PROBES = List.of("libreofice", "wordpres", "mozila firefox", "libreoffice", "libre office", "postgre",
            "postgresql", "tableur", "spreadsheet", "editeur de texte", "éditeur de texte", "MTQ", "Ministère des Transports",
            "ministere des transports");

    private static void probe(Connection pg, SearchIndex index) throws SQLException {
        StringBuilder header = new StringBuilder(String.format("%-52s %9s", "probe (hits, anonymous, one call)", "ours"));
        for (Table table : Table.values()) {
            header.append(String.format(" %9s", table.engine));
        }
        System.out.println(header);
        for (String text : PROBES) {
            SearchQuery query = SearchQuery.text(text);
            StringBuilder line = new StringBuilder(String.format("%-52s %9d", "\"" + text + "\"", index.search(query).total()));
            for (Table table : Table.values()) {
                try (PreparedStatement statement = pg.prepareStatement(Sql.of(query, table))) {
                    line.append(String.format(" %9d", run(statement, query).total));
                }
            }
            System.out.println(line);
        }
    }

    private static void checkAgreement(String engine, SearchQuery query, SearchResult ours, PgResult theirs) {
        List<String> page = ours.hits().stream().map(SearchHit::id).toList();
        Map<String, Map<String, Long>> ourFacets = facets(ours.facets());
        boolean agree = ourFacets.equals(theirs.facets) && ours.total() == theirs.total && page.equals(theirs.ids);
        System.out.printf("  %-8s %-58s total, page and facets %s%n", engine, label(query), agree ? "as ours" : "DIFFER");
        if (agree) {
            return;
        }
        System.out.printf("    total %d / %d; page %s%n      / %s%n", ours.total(), theirs.total, page, theirs.ids);
        for (String facet : ourFacets.keySet()) {
            Map<String, Long> a = ourFacets.get(facet);
            Map<String, Long> b = theirs.facets.getOrDefault(facet, Map.of());
            a.forEach((value, count) -> {
                if (!count.equals(b.get(value))) {
                    System.out.printf("    %s %s: %d / %s%n", facet, value, count, b.get(value));
                }
            });
            b.keySet().stream().filter(v -> !a.containsKey(v)).forEach(v -> System.out.printf("    %s %s: - / %d%n", facet, v, b.get(v)));
        }
    }

    private static Row row(String size, String engine, long[][] times, long[] totals) {
        long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).toArray();
        int zero = (int) Arrays.stream(totals).filter(t -> t == 0).count();
        return new Row(size, engine, percentile(all, 50), percentile(all, 99), Arrays.stream(all).average().orElse(0) / 1e6,
                Arrays.stream(all).max().orElse(0) / 1e6, zero);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static String label(SearchQuery q) {
        StringBuilder s = new StringBuilder(q.q().isBlank() ? "(no text)" : "\"" + q.q() + "\"");
        if (q.kind() != null) {
            s.append(" kind=").append(q.kind());
        }
        if (q.category() != null) {
            s.append(" category=").append(q.category());
        }
        if (q.licence() != null) {
            s.append(" licence=").append(q.licence());
        }
        if (q.organization() != null) {
            s.append(" org=").append(q.organization());
        }
        if (q.platform() != null) {
            s.append(" platform=").append(q.platform());
        }
        if (q.osiApproved() != null) {
            s.append(" osi=").append(q.osiApproved());
        }
        if (q.developmentStatus() != null) {
            s.append(" status=").append(q.developmentStatus());
        }
        if (!"published".equals(q.visibility().searchClass())) {
            s.append(" as ").append(q.visibility().searchClass());
        }
        if (!q.sort().equals(SearchSort.parse(null, !q.q().isBlank()))) {
            s.append(" sort=").append(q.sort().wire);
        }
        if (q.cursor() != null) {
            s.append(" page 2");
        }
        return s.toString();
    }

    // --- PostgreSQL ---------------------------------------------------------------------------

    private static void applySettings(Connection pg) throws SQLException {
        String settings = System.getProperty("fts.pg.set", "");
        for (String setting : settings.split(",")) {
            if (!setting.isBlank()) {
                String[] kv = setting.split("=", 2);
                try (Statement s = pg.createStatement()) {
                    s.execute("SET " + kv[0].trim() + " = '" + kv[1].trim().replace("'", "''") + "'");
                }
            }
        }
    }

    private static String one(Connection pg, String sql) throws SQLException {
        try (Statement s = pg.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * The two PostgreSQL tables: the same columns and rows, different text in the tsvector.
     * {@code PG} indexes what issue #15 names (name A; aliases and keywords B; descriptions C);
     * {@code PG+orgs} indexes what ours matches (also category labels B, licence and platforms
     * C, and the names, acronyms and other names of the organizations that use or own the
     * record D), so that "MTQ" or "Ministère des Transports" can find anything.
     */
    enum Table {
        NARROW("records", "PG", """
                setweight(to_tsvector('french', name), 'A') || setweight(to_tsvector('english', name), 'A')
                || setweight(to_tsvector('french', fts_bench.words(aliases) || ' ' || fts_bench.words(keywords)), 'B')
                || setweight(to_tsvector('english', fts_bench.words(aliases) || ' ' || fts_bench.words(keywords)), 'B')
                || setweight(to_tsvector('french', coalesce(description_fr, '')), 'C')
                || setweight(to_tsvector('english', coalesce(description_en, '')), 'C')"""),
        FULL("records_orgs", "PG+orgs", """
                setweight(to_tsvector('french', name), 'A') || setweight(to_tsvector('english', name), 'A')
                || setweight(to_tsvector('french', fts_bench.words(aliases) || ' ' || fts_bench.words(keywords) || ' ' || category_labels), 'B')
                || setweight(to_tsvector('english', fts_bench.words(aliases) || ' ' || fts_bench.words(keywords) || ' ' || category_labels), 'B')
                || setweight(to_tsvector('french', coalesce(description_fr, '')), 'C')
                || setweight(to_tsvector('english', coalesce(description_en, '') || ' ' || coalesce(licence, '') || ' ' || fts_bench.words(platforms)), 'C')
                || setweight(to_tsvector('french', organization_names), 'D')
                || setweight(to_tsvector('english', organization_names), 'D')""");

        final String table;
        final String engine;
        final String tsvector;

        Table(String table, String engine, String tsvector) {
            this.table = table;
            this.engine = engine;
            this.tsvector = tsvector;
        }

        String qualified() {
            return SCHEMA + "." + table;
        }
    }

    private static final String COLUMNS = "key, kind, id, name, name_sort, aliases, keywords, description_fr, description_en, categories, "
            + "category_labels, licence, licence_ids, osi_approved, organizations, organization_names, owner, development_status, "
            + "platforms, usage_count, usage_boost, updated_at, status, submitted_by";

    private static String createTable(Table table) {
        return "CREATE TABLE " + table.qualified() + """
                 (
                    key text COLLATE "C" PRIMARY KEY,
                    kind text NOT NULL,
                    id text NOT NULL,
                    name text NOT NULL,
                    name_sort text COLLATE "C" NOT NULL,
                    aliases text[] NOT NULL,
                    keywords text[] NOT NULL,
                    description_fr text,
                    description_en text,
                    categories text[] NOT NULL,
                    category_labels text NOT NULL,
                    licence text,
                    licence_ids text[] NOT NULL,
                    osi_approved boolean,
                    organizations text[] NOT NULL,
                    organization_names text NOT NULL,
                    owner text,
                    development_status text,
                    platforms text[] NOT NULL,
                    usage_count integer NOT NULL,
                    usage_boost real NOT NULL,
                    updated_at timestamptz NOT NULL,
                    status text NOT NULL,
                    submitted_by text,
                    tsv tsvector GENERATED ALWAYS AS (
                """ + table.tsvector + """
                    ) STORED
                )""";
    }

    /**
     * Drops and recreates the schema, inserts the records in batches into the first table and
     * copies them into the second (each computes its own tsvector), then GIN indexes and
     * statistics.
     */
    private static void load(Connection pg, List<SearchDocument> documents) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            // array_to_string is only STABLE; a generated column needs an IMMUTABLE expression.
            s.execute("CREATE FUNCTION " + SCHEMA + ".words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
                    + "AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$");
            for (Table table : Table.values()) {
                s.execute(createTable(table));
            }
        }
        Table first = Table.values()[0];
        String insert = "INSERT INTO " + first.qualified() + " (" + COLUMNS + ") VALUES (?" + ", ?".repeat(23) + ")";
        Map<String, SearchDocument> unique = new java.util.LinkedHashMap<>();
        documents.forEach(d -> unique.put(d.key(), d));
        long start = System.nanoTime();
        pg.setAutoCommit(false);
        try (PreparedStatement p = pg.prepareStatement(insert)) {
            int pending = 0;
            for (SearchDocument d : unique.values()) {
                bind(pg, p, d);
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
            pg.commit();
        } finally {
            pg.setAutoCommit(true);
        }
        try (Statement s = pg.createStatement()) {
            for (Table table : Table.values()) {
                long t0 = System.nanoTime();
                if (table != first) {
                    s.execute("INSERT INTO " + table.qualified() + " (" + COLUMNS + ") SELECT " + COLUMNS + " FROM " + first.qualified());
                }
                s.execute("CREATE INDEX " + table.table + "_tsv ON " + table.qualified() + " USING gin (tsv)");
                s.execute("VACUUM ANALYZE " + table.qualified());
                System.out.printf("%s: table %s loaded (%s, GIN index, vacuum analyze) in %,d ms; %s with TOAST and indexes, "
                        + "GIN index %s, tsvector %s bytes on average%n", table.engine, table.qualified(),
                        table == first ? "batched inserts" : "INSERT … SELECT", (System.nanoTime() - (table == first ? start : t0)) / 1_000_000,
                        one(pg, "SELECT pg_size_pretty(pg_total_relation_size('" + table.qualified() + "'))"),
                        one(pg, "SELECT pg_size_pretty(pg_relation_size('" + table.qualified() + "_tsv'))"),
                        one(pg, "SELECT round(avg(pg_column_size(tsv))) FROM " + table.qualified()));
            }
        }
    }

    private static void bind(Connection pg, PreparedStatement p, SearchDocument d) throws SQLException {
        int c = 1;
        p.setString(c++, d.key());
        p.setString(c++, d.kind());
        p.setString(c++, d.id());
        p.setString(c++, d.name());
        p.setString(c++, Documents.nameSortKey(d.name()));
        p.setArray(c++, array(pg, d.aliases()));
        p.setArray(c++, array(pg, d.keywords()));
        p.setString(c++, d.descriptionFr());
        p.setString(c++, d.descriptionEn());
        // Facet values are sets (a synthetic record may draw a category its template already has).
        p.setArray(c++, array(pg, d.categories().stream().map(CategoryRef::id).distinct().toList()));
        List<String> labels = new ArrayList<>();
        d.categories().forEach(cat -> {
            labels.add(Objects.toString(cat.nameFr(), ""));
            labels.add(Objects.toString(cat.nameEn(), ""));
        });
        p.setString(c++, String.join(" ", labels));
        p.setString(c++, d.licence());
        p.setArray(c++, array(pg, d.licenceIds().stream().distinct().toList()));
        if (d.osiApproved() == null) {
            p.setNull(c++, Types.BOOLEAN);
        } else {
            p.setBoolean(c++, d.osiApproved());
        }
        p.setArray(c++, array(pg, d.usedBy().stream().map(OrganizationRef::id).distinct().toList()));
        List<String> organizations = new ArrayList<>();
        d.usedBy().forEach(o -> Documents.organizationNames(organizations, o));
        if (d.owner() != null) {
            Documents.organizationNames(organizations, d.owner());
        }
        p.setString(c++, String.join(" ; ", organizations));
        p.setString(c++, d.owner() == null ? null : d.owner().id());
        p.setString(c++, d.developmentStatus());
        p.setArray(c++, array(pg, d.platforms()));
        p.setInt(c++, d.usageCount());
        p.setFloat(c++, Documents.usageBoost(d.usageCount()));
        p.setTimestamp(c++, Timestamp.from(d.updatedAt()));
        p.setString(c++, d.status());
        p.setString(c, d.submittedBy());
    }

    private static Array array(Connection pg, List<String> values) throws SQLException {
        return pg.createArrayOf("text", values.toArray());
    }

    /** What a PostgreSQL search gives, read completely (as a service would to answer). */
    private record PgResult(long total, List<String> ids, Map<String, Map<String, Long>> facets) {
    }

    private static PgResult run(PreparedStatement statement, SearchQuery query) {
        try {
            if (!query.q().isBlank()) {
                statement.setString(1, query.q());
                statement.setString(2, query.q());
            }
            long total = 0;
            String[] page = new String[query.limit() + 1];
            Map<String, Map<String, Long>> facets = new TreeMap<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String part = r.getString(1);
                    switch (part) {
                        case "hit" -> {
                            // The page as our hits carry it: kind, id, name, descriptions, licence, OSI, usages, score.
                            r.getString(3);
                            page[r.getInt(2) - 1] = r.getString(4);
                            r.getString(5);
                            r.getString(6);
                            r.getString(7);
                            r.getString(8);
                            r.getObject(9);
                            r.getInt(10);
                            r.getObject(11);
                        }
                        case "total" -> total = r.getLong(12);
                        default -> facets.computeIfAbsent(part, k -> new TreeMap<>()).put(r.getString(3), r.getLong(12));
                    }
                }
            }
            // Rows of one UNION ALL come in no promised order: the page's are numbered by the query.
            List<String> ids = Arrays.stream(page).filter(Objects::nonNull).limit(query.limit()).toList();
            return new PgResult(total, ids, facets);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Map<String, Long>> facets(SearchFacets f) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        put(out, "kind", f.kind());
        put(out, "category", f.category());
        put(out, "licence", f.licence());
        put(out, "organization", f.organization());
        put(out, "development_status", f.developmentStatus());
        return out;
    }

    private static void put(Map<String, Map<String, Long>> out, String name, List<SearchFacets.Count> counts) {
        Map<String, Long> values = new TreeMap<>();
        counts.stream().filter(c -> c.count() > 0).forEach(c -> values.put(c.value(), c.count()));
        if (!values.isEmpty()) {
            out.put(name, values);
        }
    }

    /** One SQL statement per search: page, total and the five facets from one materialized set of matches. */
    static final class Sql {

        private Sql() {
        }

        static String of(SearchQuery q, Table table) {
            boolean text = !q.q().isBlank();
            boolean relevance = q.sort() == SearchSort.RELEVANCE;
            boolean scored = text && relevance;

            List<String> where = new ArrayList<>();
            String visibility = q.visibility().searchClass();
            if ("published".equals(visibility)) {
                where.add("r.status = 'published'");
            } else if (visibility.startsWith("own:")) {
                where.add("(r.status = 'published' OR (r.status = 'submitted' AND r.submitted_by = " + literal(visibility.substring(4))
                        + "))");
            }
            if (text) {
                where.add("r.tsv @@ tq.q");
            }
            if (q.osiApproved() != null) {
                where.add("r.osi_approved = " + q.osiApproved());
            }
            if (q.owner() != null) {
                where.add("r.owner = " + literal(q.owner()));
            }
            if (q.platform() != null) {
                where.add(literal(q.platform()) + " = ANY (r.platforms)");
            }

            // The facet filters, applied after the matching set so that each facet can leave its own out.
            String[] facetFilters = new String[5];
            if (q.kind() != null) {
                facetFilters[0] = "m.kind = " + literal(q.kind());
            }
            if (q.category() != null) {
                facetFilters[1] = literal(q.category()) + " = ANY (m.categories)";
            }
            if (q.licence() != null) {
                facetFilters[2] = literal(q.licence()) + " = ANY (m.licence_ids)";
            }
            if (q.organization() != null) {
                facetFilters[3] = literal(q.organization()) + " = ANY (m.organizations)";
            }
            if (q.developmentStatus() != null) {
                facetFilters[4] = "m.development_status = " + literal(q.developmentStatus());
            }

            String order = switch (q.sort()) {
                case RELEVANCE -> text ? "score DESC, key" : "usage_count DESC, key";
                case NAME -> "name_sort, key";
                case NAME_DESC -> "name_sort DESC, key";
                case USAGE_COUNT -> "usage_count, key";
                case USAGE_COUNT_DESC -> "usage_count DESC, key";
                case UPDATED_AT -> "updated_at, key";
                case UPDATED_AT_DESC -> "updated_at DESC, key";
            };
            int offset = q.cursor() == null ? 0 : q.limit();

            StringBuilder sql = new StringBuilder();
            sql.append("WITH ");
            if (text) {
                sql.append("tq AS (SELECT websearch_to_tsquery('french', ?) || websearch_to_tsquery('english', ?) AS q),\n");
            }
            sql.append("m AS MATERIALIZED (SELECT r.key, r.kind, r.categories, r.licence_ids, r.organizations, r.development_status, ")
                    .append("r.name_sort, r.usage_count, r.updated_at, ")
                    .append(scored ? "ts_rank(r.tsv, tq.q) * r.usage_boost" : "NULL::real").append(" AS score\n")
                    .append("  FROM ").append(table.qualified()).append(" r").append(text ? ", tq" : "")
                    .append(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)).append("),\n");
            sql.append("page AS (SELECT key, score, name_sort, usage_count, updated_at FROM m").append(filters(facetFilters, -1))
                    .append(" ORDER BY ").append(order).append(" LIMIT ").append(q.limit() + 1).append(" OFFSET ").append(offset)
                    .append(")\n");
            sql.append("SELECT 'hit' AS part, row_number() OVER (ORDER BY ").append(prefixed(order, "p."))
                    .append(") AS ord, r.kind AS value, r.id, r.name, r.description_fr, r.description_en, r.licence, ")
                    .append("r.osi_approved, r.usage_count, p.score, NULL::bigint AS n FROM page p JOIN ").append(table.qualified())
                    .append(" r ON r.key = p.key\n");
            sql.append("UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*) FROM m")
                    .append(filters(facetFilters, -1)).append('\n');
            facet(sql, "kind", "m.kind", null, facetFilters, 0);
            facet(sql, "category", "v", "unnest(m.categories) v", facetFilters, 1);
            facet(sql, "licence", "v", "unnest(m.licence_ids) v", facetFilters, 2);
            facet(sql, "organization", "v", "unnest(m.organizations) v", facetFilters, 3);
            facet(sql, "development_status", "m.development_status", null, facetFilters, 4);
            return sql.toString();
        }

        private static void facet(StringBuilder sql, String name, String value, String unnest, String[] facetFilters, int own) {
            String filters = filters(facetFilters, own);
            if (unnest == null) {
                filters = filters.isEmpty() ? " WHERE " + value + " IS NOT NULL" : filters + " AND " + value + " IS NOT NULL";
            }
            sql.append("UNION ALL SELECT '").append(name).append("', NULL, ").append(value)
                    .append(", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*) FROM m")
                    .append(unnest == null ? "" : ", " + unnest).append(filters).append(" GROUP BY ").append(value).append('\n');
        }

        /** Every facet filter but {@code except}'s, as a WHERE clause over {@code m}. */
        private static String filters(String[] facetFilters, int except) {
            List<String> kept = new ArrayList<>();
            for (int d = 0; d < facetFilters.length; d++) {
                if (d != except && facetFilters[d] != null) {
                    kept.add(facetFilters[d]);
                }
            }
            return kept.isEmpty() ? "" : " WHERE " + String.join(" AND ", kept);
        }

        private static String prefixed(String order, String prefix) {
            return Arrays.stream(order.split(", ")).map(o -> prefix + o).reduce((a, b) -> a + ", " + b).orElseThrow();
        }

        private static String literal(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    // --- The seed catalogue: 452 software (SeedCatalogue) and 67 solutions ---------------------

    /**
     * The 519 records of the seed as the service indexes them: {@link SeedCatalogue}'s software
     * and the solutions of {@code solutions.json} (owner, development status, no usages).
     */
    static List<SearchDocument> seed() {
        SeedCatalogue catalogue = SeedCatalogue.load();
        List<SearchDocument> documents = new ArrayList<>(catalogue.software());
        ObjectMapper json = new ObjectMapper();
        LicenceRegistry licences = new LicenceRegistry(json);
        Map<String, OrganizationRef> organizations = new HashMap<>(catalogue.organizations());
        JsonNode solutions;
        try (InputStream in = PostgresFtsComparison.class.getClassLoader().getResourceAsStream("catalogue-data/solutions.json")) {
            solutions = json.readTree(Objects.requireNonNull(in, "catalogue-data/solutions.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = documents.size();
        for (JsonNode s : solutions) {
            String licence = text(s.get("licence"));
            List<String> licenceIds = List.of();
            Boolean osi = null;
            if (licence != null) {
                LicenceExpression expression = licences.parseValid(licence);
                licence = expression.canonical();
                licenceIds = List.copyOf(expression.licenceIds());
                osi = expression.osiApproved();
            }
            String owner = text(s.get("owner"));
            documents.add(new SearchDocument(SearchDocument.SOLUTION, s.get("id").asText(), s.get("name").asText(), strings(s.get("aliases")),
                    text(s.path("description").get("fr")), text(s.path("description").get("en")), strings(s.get("keywords")),
                    strings(s.get("categories")).stream().map(catalogue.categories()::get).filter(Objects::nonNull).toList(), licence,
                    licenceIds, osi, List.of(), owner == null ? null : organizations.get(owner), text(s.get("developmentStatus")),
                    strings(s.get("platforms")), 0, SeedCatalogue.EPOCH.plus(n++ * 7L, ChronoUnit.HOURS), "published", null));
        }
        return List.copyOf(documents);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
