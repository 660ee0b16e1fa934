package ca.quebec.catalogue.seed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The shapes of the seed files in {@code data/} (see data/README.md). */
final class SeedFiles {

    private SeedFiles() {
    }

    record Text(String fr, String en) {
    }

    record CategorySeed(String id, Text name) {
    }

    record OrganizationSeed(String id, Text name, String acronym, List<String> aliases, String type, String website, String parent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record SoftwareSeed(String id, String name, List<String> aliases, Text description, String licence, Boolean freeSoftware,
            Text curatorNote, String homepage, String repository, List<String> categories, List<String> keywords,
            List<String> platforms) {
    }

    record FeaturesSeed(List<String> fr, List<String> en) {
    }

    record ContactSeed(String name, String email, String phone, String role, Boolean isPublic) {
    }

    record MaintenanceSeed(String type) {
    }

    record SolutionSeed(String id, String name, List<String> aliases, Text description, Text longDescription, FeaturesSeed features,
            String licence, Text curatorNote, String homepage, String repository, String documentation, List<String> categories,
            List<String> keywords, List<String> platforms, String owner, String developmentStatus, String softwareType,
            MaintenanceSeed maintenance, List<ContactSeed> contacts, List<String> availableLanguages, Boolean localisationReady,
            String source) {
    }

    record UsageSeed(String software, String organization, String installations, String status, String since, String source) {
    }
}
