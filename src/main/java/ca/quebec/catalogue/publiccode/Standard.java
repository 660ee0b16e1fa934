package ca.quebec.catalogue.publiccode;

import java.util.List;
import java.util.Set;

/**
 * The vocabularies of the publiccode.yml standard (https://yml.publiccode.tools), version 0.5,
 * as the reference parser (Developers Italia's publiccode-parser-go, v5) enforces them.
 * Lists are in the standard's order, which is also the order the messages show.
 */
final class Standard {

    private Standard() {
    }

    /** What the exporter writes. */
    static final String LATEST_VERSION = "0.5";

    /**
     * Every version the reference parser accepts. Files of older versions are read with the
     * latest rules, as the reference does, with a warning. "0" is accepted as it is there.
     */
    static final List<String> VERSIONS = List.of("0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0",
            "0.5", "0.5.0");

    static boolean isLatest(String version) {
        return version.equals("0") || version.startsWith("0.5");
    }

    static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");

    static final List<String> SOFTWARE_TYPES = List.of("standalone/mobile", "standalone/iot", "standalone/desktop",
            "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles");

    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    /** Suggested, not enforced: the standard allows "human readable values outside this list". */
    static final List<String> PLATFORMS = List.of("web", "windows", "mac", "linux", "ios", "android");

    /** The Italian section's own versions. */
    static final List<String> IT_EXTENSION_VERSIONS = List.of("0.2", "1.0");

    /** The standard's controlled vocabulary for {@code categories} (categories-list). */
    static final Set<String> CATEGORIES = Set.of(
            "accounting", "agile-project-management", "applicant-tracking", "application-development",
            "appointment-scheduling", "backup", "billing-and-invoicing", "blog", "budgeting", "business-intelligence",
            "business-process-management", "cad", "call-center-management", "cloud-management", "collaboration",
            "communications", "compliance-management", "contact-management", "content-management", "crm",
            "customer-service-and-support", "data-analytics", "data-collection", "data-visualization", "design",
            "design-system", "digital-asset-management", "digital-citizenship", "document-management",
            "donor-management", "e-commerce", "e-signature", "educational-content", "email-management",
            "email-marketing", "employee-management", "enterprise-project-management", "enterprise-social-networking",
            "erp", "event-management", "facility-management", "feedback-and-reviews-management", "financial-reporting",
            "fleet-management", "fundraising", "gamification", "geographic-information-systems", "grant-management",
            "graphic-design", "help-desk", "hr", "ide", "identity-management", "instant-messaging",
            "integrated-library-system", "inventory-management", "it-asset-management", "it-development",
            "it-management", "it-security", "it-service-management", "knowledge-management",
            "learning-management-system", "marketing", "mind-mapping", "mobile-marketing", "mobile-payment",
            "network-management", "office", "online-booking", "online-community", "payment-gateway", "payroll",
            "predictive-analysis", "procurement", "productivity-suite", "project-collaboration", "project-management",
            "property-management", "real-estate-management", "regulations-and-directives", "remote-support",
            "resource-management", "sales-management", "seo", "service-desk", "social-media-management", "survey",
            "talent-management", "task-management", "taxes-management", "test-management", "time-management",
            "time-tracking", "translation", "video-conferencing", "video-editing", "visitor-management", "voip",
            "warehouse-management", "web-collaboration", "web-conferencing", "whistleblowing", "website-builder",
            "workflow-management", "other");

    /** The standard's controlled vocabulary for {@code intendedAudience.scope} (scope-list). */
    static final Set<String> SCOPES = Set.of("agriculture", "culture", "defence", "education", "emergency-services",
            "employment", "energy", "environment", "finance-and-economic-development", "foreign-affairs", "government",
            "healthcare", "infrastructures", "justice", "local-authorities", "manufacturing", "research",
            "science-and-technology", "security", "society", "sport", "tourism", "transportation", "welfare");

    /** Top-level keys of version 0.5, country sections apart. */
    static final Set<String> TOP_LEVEL_KEYS = Set.of("publiccodeYmlVersion", "name", "applicationSuite", "url",
            "landingURL", "isBasedOn", "softwareVersion", "releaseDate", "logo", "monochromeLogo", "organisation",
            "inputTypes", "outputTypes", "platforms", "categories", "usedBy", "fundedBy", "roadmap",
            "developmentStatus", "softwareType", "intendedAudience", "description", "legal", "maintenance",
            "localisation", "dependsOn");

    static final Set<String> DESCRIPTION_KEYS = Set.of("localisedName", "genericName", "shortDescription",
            "longDescription", "documentation", "apiDocumentation", "features", "screenshots", "videos", "awards");

    static final int SHORT_DESCRIPTION_MAX = 150;
    static final int LONG_DESCRIPTION_MIN = 150;
    static final int LONG_DESCRIPTION_MAX = 10_000;
    static final int GENERIC_NAME_MAX = 35;
}
