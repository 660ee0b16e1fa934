package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.licence.LicenceExpression;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;

/**
 * The seed catalogue ({@code catalogue-data/*.json} on the class path) as search documents,
 * built the way the service will build them from the database: the licence's ids and OSI
 * flag from the bundled SPDX list, the organizations that declare a usage, every record
 * published. Timestamps are made up but fixed, so tests and benchmarks are repeatable.
 */
record SeedCatalogue(List<SearchDocument> software, Map<String, OrganizationRef> organizations,
        Map<String, CategoryRef> categories) {

    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SeedCatalogue loaded;

    static synchronized SeedCatalogue load() {
        if (loaded == null) {
            loaded = read();
        }
        return loaded;
    }

    private static SeedCatalogue read() {
        LicenceRegistry licences = new LicenceRegistry(JSON);
        Map<String, CategoryRef> categories = new LinkedHashMap<>();
        for (JsonNode c : json("categories.json")) {
            categories.put(c.get("id").asText(), new CategoryRef(c.get("id").asText(), text(c.get("name"), "fr"), text(c.get("name"), "en")));
        }
        Map<String, OrganizationRef> organizations = new LinkedHashMap<>();
        for (JsonNode o : json("organizations.json")) {
            organizations.put(o.get("id").asText(), new OrganizationRef(o.get("id").asText(), text(o.get("name"), "fr"),
                    text(o.get("name"), "en"), textOrNull(o.get("acronym")), strings(o.get("aliases"))));
        }
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (JsonNode u : json("usages.json")) {
            usedBy.computeIfAbsent(u.get("software").asText(), k -> new LinkedHashSet<>()).add(u.get("organization").asText());
        }
        List<SearchDocument> software = new ArrayList<>();
        int n = 0;
        for (JsonNode s : json("software.json")) {
            String id = s.get("id").asText();
            String licence = textOrNull(s.get("licence"));
            List<String> licenceIds = List.of();
            Boolean osi = null;
            if (licence != null) {
                LicenceExpression expression = licences.parseValid(licence);
                licence = expression.canonical();
                licenceIds = List.copyOf(expression.licenceIds());
                osi = expression.osiApproved();
            }
            List<OrganizationRef> users = usedBy.getOrDefault(id, Set.of()).stream().map(organizations::get).toList();
            software.add(new SearchDocument(SearchDocument.SOFTWARE, id, s.get("name").asText(), strings(s.get("aliases")),
                    text(s.get("description"), "fr"), text(s.get("description"), "en"), strings(s.get("keywords")),
                    strings(s.get("categories")).stream().map(categories::get).toList(), licence, licenceIds, osi, users, null,
                    null, strings(s.get("platforms")), users.size(), EPOCH.plus(n++ * 7L, ChronoUnit.HOURS), "published",
                    null));
        }
        return new SeedCatalogue(List.copyOf(software), Map.copyOf(organizations), Map.copyOf(categories));
    }

    SearchDocument software(String id) {
        return software.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(id));
    }

    private static JsonNode json(String file) {
        try (InputStream in = SeedCatalogue.class.getClassLoader().getResourceAsStream("catalogue-data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("catalogue-data/" + file + " is not on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String language) {
        return node == null || node.isNull() ? null : textOrNull(node.get(language));
    }

    private static String textOrNull(JsonNode node) {
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
