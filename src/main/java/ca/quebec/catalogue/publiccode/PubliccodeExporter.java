package ca.quebec.catalogue.publiccode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contact;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contractor;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependency;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Description;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Organisation;

/**
 * Writes a {@link PubliccodeSolution} as a publiccode.yml of the latest version (0.5).
 *
 * <p>The file is always valid or not written at all. Nothing is invented to fill a gap: a
 * mandatory value the solution lacks (an English description, the languages the software is
 * available in, a long description…) is reported by {@link #missing} and makes {@link #write}
 * throw, so the caller must supply it. Only the languages the solution has are written.
 * As a last guard, the output is run through the validator before it is returned.
 *
 * <p>Output is deterministic: keys in the standard's order, description languages French
 * first, then English, then the others alphabetically; every text quoted for YAML 1.2.
 */
@ApplicationScoped
public class PubliccodeExporter {

    private final PubliccodeValidator validator;

    public PubliccodeExporter(PubliccodeValidator validator) {
        this.validator = validator;
    }

    /** A solution that cannot be exported yet, with what it lacks (keys of the publiccode.yml to be). */
    public static final class IncompleteSolutionException extends RuntimeException {

        private final transient List<PubliccodeIssue> issues;

        IncompleteSolutionException(List<PubliccodeIssue> issues) {
            super("The solution cannot be exported as a valid publiccode.yml: " + issues, null, false, false);
            this.issues = List.copyOf(issues);
        }

        /** Errors with the publiccode.yml key each is about; line and column are 0 (there is no file yet). */
        public List<PubliccodeIssue> issues() {
            return issues;
        }
    }

    /**
     * Writes every maintenance contact the solution holds: choosing which contacts a
     * reader may see is the catalogue's visibility policy's business, done before.
     *
     * @return the publiccode.yml text (UTF-8 when encoded)
     * @throws IncompleteSolutionException when a mandatory value is missing or a value would make
     *                                     the file invalid
     */
    public String write(PubliccodeSolution solution) {
        List<PubliccodeIssue> missing = missing(solution);
        if (!missing.isEmpty()) {
            throw new IncompleteSolutionException(missing);
        }
        String yaml = YamlWriter.write(document(solution));
        PubliccodeReport report = validator.validate(yaml.getBytes(StandardCharsets.UTF_8));
        if (!report.valid()) {
            // A value in the wrong format (a bad URL, an unknown category…): name it, without
            // the position in a file the caller never saw.
            throw new IncompleteSolutionException(report.errors().stream()
                    .map(e -> new PubliccodeIssue(e.severity(), e.key(), 0, 0, e.code(), e.args()))
                    .toList());
        }
        return yaml;
    }

    /**
     * What the solution lacks for its export to be valid: every mandatory value of the standard
     * that is absent or empty. Formats (URLs, licence, vocabularies) are checked by {@link #write}.
     */
    public List<PubliccodeIssue> missing(PubliccodeSolution solution) {
        List<PubliccodeIssue> issues = new ArrayList<>();
        require(issues, solution.name(), "name");
        require(issues, solution.url(), "url");
        if (solution.platforms().isEmpty()) {
            issues.add(required("platforms"));
        }
        require(issues, solution.developmentStatus(), "developmentStatus");
        require(issues, solution.softwareType(), "softwareType");
        if (solution.organisation() != null) {
            require(issues, solution.organisation().name(), "organisation.name");
        }
        for (int i = 0; i < solution.fundedBy().size(); i++) {
            require(issues, solution.fundedBy().get(i).name(), "fundedBy[" + i + "].name");
        }
        if (solution.descriptions().isEmpty()) {
            issues.add(required("description"));
        }
        for (Map.Entry<String, Description> entry : solution.descriptions().entrySet()) {
            String path = "description." + entry.getKey();
            Description text = entry.getValue();
            require(issues, text.shortDescription(), path + ".shortDescription");
            require(issues, text.longDescription(), path + ".longDescription");
            if (text.features().isEmpty()) {
                issues.add(required(path + ".features"));
            }
        }
        require(issues, solution.licence(), "legal.license");
        String type = solution.maintenance().type();
        require(issues, type, "maintenance.type");
        if ("contract".equals(type) && solution.maintenance().contractors().isEmpty()) {
            issues.add(PubliccodeIssue.error("maintenance.contractors", 0, 0, "contractors-required", type));
        }
        if ("internal".equals(type) || "community".equals(type)) {
            if (solution.maintenance().contacts().isEmpty()) {
                issues.add(PubliccodeIssue.error("maintenance.contacts", 0, 0, "contacts-required", type));
            }
        }
        if (solution.localisationReady() == null) {
            issues.add(required("localisation.localisationReady"));
        }
        if (solution.availableLanguages().isEmpty()) {
            issues.add(required("localisation.availableLanguages"));
        }
        return issues;
    }

    private static void require(List<PubliccodeIssue> issues, String value, String key) {
        if (value == null || value.isBlank()) {
            issues.add(required(key));
        }
    }

    private static PubliccodeIssue required(String key) {
        return PubliccodeIssue.error(key, 0, 0, "required");
    }

    // ---------------------------------------------------------------- the document, in the standard's order

    private static Map<String, Object> document(PubliccodeSolution s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("publiccodeYmlVersion", Standard.LATEST_VERSION);
        put(doc, "name", s.name());
        put(doc, "applicationSuite", s.applicationSuite());
        put(doc, "url", s.url());
        put(doc, "landingURL", s.landingUrl());
        put(doc, "isBasedOn", s.isBasedOn());
        put(doc, "softwareVersion", s.softwareVersion());
        put(doc, "releaseDate", s.releaseDate() == null ? null : s.releaseDate().toString());
        put(doc, "logo", s.logo());
        if (s.organisation() != null) {
            doc.put("organisation", organisation(s.organisation()));
        }
        put(doc, "platforms", s.platforms());
        put(doc, "categories", s.categories());
        put(doc, "usedBy", s.usedBy());
        put(doc, "fundedBy", s.fundedBy().stream().map(PubliccodeExporter::organisation).toList());
        put(doc, "roadmap", s.roadmap());
        put(doc, "developmentStatus", s.developmentStatus());
        put(doc, "softwareType", s.softwareType());
        if (!s.audience().isEmpty()) {
            Map<String, Object> audience = new LinkedHashMap<>();
            put(audience, "scope", s.audience().scope());
            put(audience, "countries", s.audience().countries());
            put(audience, "unsupportedCountries", s.audience().unsupportedCountries());
            doc.put("intendedAudience", audience);
        }
        Map<String, Object> description = new LinkedHashMap<>();
        s.descriptions().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Description> e) -> languageRank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> description.put(e.getKey(), description(e.getValue())));
        doc.put("description", description);
        Map<String, Object> legal = new LinkedHashMap<>();
        put(legal, "license", s.licence());
        put(legal, "mainCopyrightOwner", s.mainCopyrightOwner());
        doc.put("legal", legal);
        doc.put("maintenance", maintenance(s));
        Map<String, Object> localisation = new LinkedHashMap<>();
        localisation.put("localisationReady", s.localisationReady());
        localisation.put("availableLanguages", s.availableLanguages());
        doc.put("localisation", localisation);
        if (!s.dependsOn().isEmpty()) {
            Map<String, Object> dependsOn = new LinkedHashMap<>();
            put(dependsOn, "open", dependencies(s.dependsOn().open()));
            put(dependsOn, "proprietary", dependencies(s.dependsOn().proprietary()));
            put(dependsOn, "hardware", dependencies(s.dependsOn().hardware()));
            doc.put("dependsOn", dependsOn);
        }
        return doc;
    }

    /** French first: this is a Québec catalogue. */
    private static int languageRank(String language) {
        if (language.equals("fr") || language.startsWith("fr-")) {
            return 0;
        }
        return language.equals("en") || language.startsWith("en-") ? 1 : 2;
    }

    private static Map<String, Object> organisation(Organisation organisation) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "name", organisation.name());
        put(map, "uri", organisation.uri());
        return map;
    }

    private static Map<String, Object> description(Description d) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "localisedName", d.localisedName());
        put(map, "shortDescription", d.shortDescription());
        put(map, "longDescription", d.longDescription());
        put(map, "documentation", d.documentation());
        put(map, "apiDocumentation", d.apiDocumentation());
        put(map, "features", d.features());
        put(map, "screenshots", d.screenshots());
        put(map, "videos", d.videos());
        put(map, "awards", d.awards());
        return map;
    }

    private static Map<String, Object> maintenance(PubliccodeSolution s) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "type", s.maintenance().type());
        List<Map<String, Object>> contractors = new ArrayList<>();
        for (Contractor contractor : s.maintenance().contractors()) {
            Map<String, Object> c = new LinkedHashMap<>();
            put(c, "name", contractor.name());
            put(c, "until", contractor.until() == null ? null : contractor.until().toString());
            put(c, "email", contractor.email());
            put(c, "website", contractor.website());
            contractors.add(c);
        }
        put(map, "contractors", contractors);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Contact contact : s.maintenance().contacts()) {
            Map<String, Object> c = new LinkedHashMap<>();
            put(c, "name", contact.name());
            put(c, "email", contact.email());
            put(c, "phone", contact.phone());
            put(c, "affiliation", contact.affiliation());
            contacts.add(c);
        }
        put(map, "contacts", contacts);
        return map;
    }

    private static List<Map<String, Object>> dependencies(List<Dependency> dependencies) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            Map<String, Object> d = new LinkedHashMap<>();
            put(d, "name", dependency.name());
            put(d, "versionMin", dependency.versionMin());
            put(d, "versionMax", dependency.versionMax());
            put(d, "version", dependency.version());
            if (dependency.optional() != null) {
                d.put("optional", dependency.optional());
            }
            list.add(d);
        }
        return list;
    }

    /** Absent values and empty lists are left out, as the standard's optional keys are. */
    private static void put(Map<String, Object> map, String key, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        map.put(key, value);
    }
}
