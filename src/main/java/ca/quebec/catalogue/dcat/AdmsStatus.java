package ca.quebec.catalogue.dcat;

import java.util.Map;

/**
 * A solution's development status as an ADMS status concept, by the mapping
 * table of the ADMS-AP anchors ({@code status-mapping.csv}): concept, development
 * and beta are under development, stable is completed, obsolete is deprecated.
 * Software has no development status in the catalogue, so it gets none.
 */
final class AdmsStatus {

    static final String SCHEME = "http://purl.org/adms/status/";
    /** The ADMS status vocabulary, as a concept scheme. */
    static final String VOCABULARY = SCHEME + "1.0";

    private static final Map<String, String> BY_DEVELOPMENT_STATUS = Map.of(
            "concept", SCHEME + "UnderDevelopment",
            "development", SCHEME + "UnderDevelopment",
            "beta", SCHEME + "UnderDevelopment",
            "stable", SCHEME + "Completed",
            "obsolete", SCHEME + "Deprecated");

    private AdmsStatus() {
    }

    /** The labels of the concepts, French (ours) and English (the vocabulary's). */
    static final Map<String, String[]> LABELS = Map.of(
            SCHEME + "UnderDevelopment", new String[] { "En développement", "Under development" },
            SCHEME + "Completed", new String[] { "Terminé", "Completed" },
            SCHEME + "Deprecated", new String[] { "Obsolète", "Deprecated" });

    /** The concept's IRI, or null for a status that is unknown or has no counterpart. */
    static String of(String developmentStatus) {
        return developmentStatus == null ? null : BY_DEVELOPMENT_STATUS.get(developmentStatus);
    }
}
