package ca.quebec.catalogue.dcat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.dcat.DcatCatalogue.Agent;
import ca.quebec.catalogue.dcat.DcatCatalogue.Asset;
import ca.quebec.catalogue.dcat.DcatCatalogue.Theme;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.visibility.Contact;

/**
 * How long the DCAT-AP export takes to build and write for a catalogue of N
 * records: a benchmark, not a test (bench/dcat.sh runs it). The records are made
 * up from the seed in data/, with a fixed random seed, the way
 * search.SyntheticCatalogue makes its own: each takes a seed record's texts,
 * keywords and categories under a new name; one in seven is a solution with an
 * owner, a development status and a public contact. What is timed is what the
 * service does on a cache miss once the records are read: DcatModel.build, then
 * one Jena writer per syntax.
 *
 * <pre>java -cp … ca.quebec.catalogue.dcat.DcatBench 519 100000</pre>
 */
public final class DcatBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://catalogue.example";

    private DcatBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0 ? List.of(519, 100_000) : Arrays.stream(args).map(Integer::parseInt).toList();
        System.out.printf(Locale.ROOT, "%-8s %-6s %10s %10s %12s %10s%n", "records", "syntax", "build ms", "write ms", "bytes", "triples");
        for (int size : sizes) {
            DcatCatalogue catalogue = synthetic(size, 20_250_101L);
            System.out.printf(Locale.ROOT, "%-8d model  %d MiB of heap%n", size, heldByModel(catalogue) >> 20);
            // Small catalogues are measured after warm-up runs; a large one is timed on its second run.
            int runs = size <= 10_000 ? 10 : 2;
            for (RdfSyntax syntax : RdfSyntax.values()) {
                long[] build = new long[runs];
                long[] write = new long[runs];
                int bytes = 0;
                long triples = 0;
                for (int run = 0; run < runs; run++) {
                    System.gc();
                    long start = System.nanoTime();
                    Model model = DcatModel.build(catalogue, BASE);
                    long built = System.nanoTime();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                    syntax.write(model, out);
                    long written = System.nanoTime();
                    build[run] = (built - start) / 1_000_000;
                    write[run] = (written - built) / 1_000_000;
                    bytes = out.size();
                    triples = model.size();
                }
                System.out.printf(Locale.ROOT, "%-8d %-6s %10d %10d %12d %10d%n", size, syntax.suffix, median(build, runs), median(write, runs),
                        bytes, triples);
            }
        }
    }

    /** The heap a built model holds: used heap with it, minus without, each after a collection. */
    private static long heldByModel(DcatCatalogue catalogue) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Model model = DcatModel.build(catalogue, BASE);
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        return model.size() > 0 ? after - before : 0;
    }

    /** The median of the measured runs (the first half are warm-up when there are many). */
    private static long median(long[] values, int runs) {
        long[] measured = Arrays.copyOfRange(values, runs > 2 ? runs / 2 : runs - 1, runs);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    static DcatCatalogue synthetic(int size, long seed) throws IOException {
        JsonNode software = JSON.readTree(new File("data/software.json"));
        JsonNode solutions = JSON.readTree(new File("data/solutions.json"));
        List<JsonNode> templates = new ArrayList<>();
        software.forEach(templates::add);
        solutions.forEach(templates::add);
        Map<String, Agent> agents = new TreeMap<>();
        for (JsonNode organization : JSON.readTree(new File("data/organizations.json"))) {
            agents.put(organization.get("id").asText(), new Agent(organization.get("id").asText(), text(organization.path("name"), "fr"),
                    text(organization.path("name"), "en"), organization.path("website").asText(null)));
        }
        List<Theme> themes = new ArrayList<>();
        for (JsonNode category : JSON.readTree(new File("data/categories.json"))) {
            themes.add(new Theme(category.get("id").asText(), text(category.path("name"), "fr"), text(category.path("name"), "en")));
        }
        List<String> owners = new ArrayList<>(agents.keySet());
        String[] statuses = { "concept", "development", "beta", "stable", "obsolete" };
        OffsetDateTime epoch = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Random random = new Random(seed);
        List<Asset> assets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            JsonNode template = templates.get(random.nextInt(templates.size()));
            String licence = templates.get(random.nextInt(templates.size())).path("licence").asText(null);
            boolean solution = random.nextInt(7) == 0;
            String id = template.get("id").asText() + "-" + i;
            List<String> keywords = new ArrayList<>();
            template.path("keywords").forEach(k -> keywords.add(k.asText()));
            List<String> categories = new ArrayList<>();
            template.path("categories").forEach(c -> categories.add(c.asText()));
            if (categories.isEmpty() || random.nextInt(5) == 0) {
                categories.add(themes.get(random.nextInt(themes.size())).id());
            }
            OffsetDateTime created = epoch.minusMinutes(random.nextInt(3 * 365 * 24 * 60));
            assets.add(new Asset(solution ? RecordKind.SOLUTION : RecordKind.SOFTWARE, id, template.get("name").asText() + " " + i,
                    text(template.path("description"), "fr"), text(template.path("description"), "en"), licence, ids(licence),
                    template.path("homepage").asText(null), template.path("repository").asText(null),
                    solution ? template.path("documentation").asText(null) : null, keywords, List.copyOf(new LinkedHashSet<>(categories)),
                    solution ? owners.get(random.nextInt(owners.size())) : null, solution ? statuses[random.nextInt(statuses.length)] : null,
                    solution ? List.of(new Contact("Soutien " + i, "soutien-" + i + "@exemple.qc.ca", null, null, true)) : List.of(),
                    created, created.plusDays(random.nextInt(400))));
        }
        return new DcatCatalogue(size, epoch, agents.get("sct"), themes, assets, agents);
    }

    private static String text(JsonNode bilingual, String language) {
        JsonNode value = bilingual.path(language);
        return value.isTextual() ? value.asText() : null;
    }

    /** The SPDX list identifiers an expression names (roughly: its words other than operators and exceptions). */
    private static Set<String> ids(String licence) {
        if (licence == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        String[] words = licence.replace("(", " ").replace(")", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("WITH")) {
                i++;
            } else if (!words[i].equals("AND") && !words[i].equals("OR") && !words[i].startsWith("LicenseRef-")) {
                ids.add(words[i]);
            }
        }
        return ids;
    }
}
