package ca.quebec.catalogue.search;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;
import ca.quebec.catalogue.solution.DevelopmentStatus;

/**
 * A made-up catalogue of any size, drawn from the seed's distributions with a fixed
 * random seed, so that a benchmark measures the same thing on every run.
 *
 * <p>Each record takes a seed software as its template (descriptions, keywords, category,
 * platforms, aliases now and then) under a new name made of the template's name and an
 * invented word, so the vocabulary grows with the catalogue as real names do. Its licence,
 * usage count and the organizations that use it are drawn independently from the seed's
 * distributions (organizations in proportion to how many usages they declare there).
 * One record in seven is a solution with an owner and a development status; one in
 * thirty is submitted and not yet published.
 */
final class SyntheticCatalogue {

    private static final String[] SYLLABLES = { "ka", "vo", "mi", "ter", "lo", "ra", "ne", "zu", "pel", "tor", "an", "qui", "bel",
            "do", "ris", "ga", "mon", "ti", "sel", "ur", "fa", "len", "co", "vi", "bra", "nu", "os", "pa", "gre", "li" };

    private SyntheticCatalogue() {
    }

    static List<SearchDocument> generate(int size, long seed) {
        SeedCatalogue catalogue = SeedCatalogue.load();
        List<SearchDocument> templates = catalogue.software();
        List<CategoryRef> categories = new ArrayList<>(catalogue.categories().values());
        categories.sort((a, b) -> a.id().compareTo(b.id()));
        List<OrganizationRef> organizations = new ArrayList<>(catalogue.organizations().values());
        organizations.sort((a, b) -> a.id().compareTo(b.id()));
        // One entry per declared usage: drawing from it weighs organizations by how much they use.
        List<OrganizationRef> usageWeighted = new ArrayList<>();
        templates.forEach(t -> usageWeighted.addAll(t.usedBy()));
        usageWeighted.sort((a, b) -> a.id().compareTo(b.id()));
        List<String> keywordPool = templates.stream().flatMap(t -> t.keywords().stream()).toList();

        Random random = new Random(seed);
        List<SearchDocument> documents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            SearchDocument template = templates.get(random.nextInt(templates.size()));
            SearchDocument licenceSource = templates.get(random.nextInt(templates.size()));
            int usageCount = templates.get(random.nextInt(templates.size())).usageCount();
            Set<OrganizationRef> usedBy = new LinkedHashSet<>();
            while (usedBy.size() < usageCount) {
                usedBy.add(usageWeighted.get(random.nextInt(usageWeighted.size())));
            }
            List<String> keywords = new ArrayList<>(template.keywords());
            for (int k = random.nextInt(3); k > 0; k--) {
                keywords.add(keywordPool.get(random.nextInt(keywordPool.size())));
            }
            List<CategoryRef> recordCategories = new ArrayList<>(template.categories());
            if (random.nextInt(5) == 0) {
                recordCategories.add(categories.get(random.nextInt(categories.size())));
            }
            boolean solution = random.nextInt(7) == 0;
            boolean submitted = random.nextInt(30) == 0;
            OrganizationRef owner = solution ? organizations.get(random.nextInt(organizations.size())) : null;
            String developmentStatus = solution
                    ? DevelopmentStatus.values()[random.nextInt(DevelopmentStatus.values().length)].wire()
                    : null;
            String name = template.name() + " " + word(random);
            documents.add(new SearchDocument(solution ? SearchDocument.SOLUTION : SearchDocument.SOFTWARE,
                    template.id() + "-" + i, name, random.nextInt(3) == 0 ? template.aliases() : List.of(),
                    template.descriptionFr(), template.descriptionEn(), keywords, recordCategories, licenceSource.licence(),
                    licenceSource.licenceIds(), licenceSource.osiApproved(), List.copyOf(usedBy), owner, developmentStatus,
                    template.platforms(), usedBy.size(),
                    SeedCatalogue.EPOCH.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES),
                    submitted ? "submitted" : "published",
                    submitted ? organizations.get(random.nextInt(organizations.size())).id() : null));
        }
        return documents;
    }

    /** An invented word of two or three syllables, capitalized. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int s = 2 + random.nextInt(2); s > 0; s--) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
