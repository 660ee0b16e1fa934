package ca.quebec.catalogue.publiccode;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue keeps of a publiccode.yml: every key of the standard (version 0.5)
 * except the deprecated ones and the Italian section, so that a solution exported by
 * {@link PubliccodeExporter} and read back by {@link PubliccodeMapper} is equal to itself.
 *
 * <p>Absent lists are empty lists, never null; absent texts are null. Names follow the
 * standard's keys, except {@code landingUrl} and {@code licence} (the catalogue's spelling).
 *
 * <p>For an export to validate, a solution must have: {@code name}, {@code url} (an http(s)
 * repository URL), {@code licence} (a valid SPDX expression), {@code developmentStatus},
 * {@code softwareType}, at least one {@code platform}, at least one complete description
 * (short description of at most 150 characters, long description of 150 to 10,000,
 * at least one feature) and no incomplete one, a maintenance type with its contractors
 * (contract) or contacts (internal, community), {@code localisationReady} and at least one
 * {@code availableLanguages}. {@link PubliccodeExporter#missing} lists what is lacking.
 *
 * @param name              the software's name
 * @param applicationSuite  the suite it belongs to, if any
 * @param url               the source repository
 * @param landingUrl        a page for people (the standard's landingURL)
 * @param isBasedOn         repositories this one is a fork or variant of
 * @param softwareVersion   the latest stable version, as text
 * @param releaseDate       when that version was released
 * @param logo              path in the repository, or URL, of the logo
 * @param organisation      the organisation owning the software
 * @param platforms         where users use it (web, windows, mac, linux, ios, android or others)
 * @param categories        values of the standard's categories-list
 * @param usedBy            public bodies known to use it, as free text
 * @param fundedBy          organisations funding it
 * @param roadmap           URL of a public roadmap
 * @param developmentStatus concept, development, beta, stable or obsolete
 * @param softwareType      standalone/web, library, addon…
 * @param audience          scope and countries it is meant for
 * @param descriptions      per BCP 47 language tag ("fr", "en"…), every language the file has
 * @param licence           the SPDX expression, in the SPDX list's spelling
 * @param mainCopyrightOwner who holds most of the copyright
 * @param maintenance       how it is maintained, by whom
 * @param localisationReady whether it is built to be translated
 * @param availableLanguages languages the software itself is available in
 * @param dependsOn         system-level dependencies
 */
public record PubliccodeSolution(
        String name,
        String applicationSuite,
        String url,
        String landingUrl,
        List<String> isBasedOn,
        String softwareVersion,
        LocalDate releaseDate,
        String logo,
        Organisation organisation,
        List<String> platforms,
        List<String> categories,
        List<String> usedBy,
        List<Organisation> fundedBy,
        String roadmap,
        String developmentStatus,
        String softwareType,
        Audience audience,
        Map<String, Description> descriptions,
        String licence,
        String mainCopyrightOwner,
        Maintenance maintenance,
        Boolean localisationReady,
        List<String> availableLanguages,
        Dependencies dependsOn) {

    public PubliccodeSolution {
        isBasedOn = list(isBasedOn);
        platforms = list(platforms);
        categories = list(categories);
        usedBy = list(usedBy);
        fundedBy = list(fundedBy);
        audience = audience == null ? Audience.NONE : audience;
        descriptions = descriptions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
        maintenance = maintenance == null ? new Maintenance(null, List.of(), List.of()) : maintenance;
        availableLanguages = list(availableLanguages);
        dependsOn = dependsOn == null ? Dependencies.NONE : dependsOn;
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The description in a language, falling back to French, then English, then any: the
     * catalogue shows the short description of the reader's language when there is one.
     */
    public Description description(String language) {
        for (String candidate : new String[] {language, "fr", "en"}) {
            if (candidate != null && descriptions.containsKey(candidate)) {
                return descriptions.get(candidate);
            }
        }
        return descriptions.values().stream().findFirst().orElse(null);
    }

    /** An organisation by name, with a URI when it has one (web address or URN). */
    public record Organisation(String name, String uri) {
    }

    /** intendedAudience: scope values of the standard's scope-list, ISO 3166-1 alpha-2 codes in capitals. */
    public record Audience(List<String> scope, List<String> countries, List<String> unsupportedCountries) {

        public static final Audience NONE = new Audience(List.of(), List.of(), List.of());

        public Audience {
            scope = list(scope);
            countries = list(countries);
            unsupportedCountries = list(unsupportedCountries);
        }

        boolean isEmpty() {
            return scope.isEmpty() && countries.isEmpty() && unsupportedCountries.isEmpty();
        }
    }

    /** The texts of one language; the catalogue shows the short one and keeps the rest. */
    public record Description(
            String localisedName,
            String shortDescription,
            String longDescription,
            String documentation,
            String apiDocumentation,
            List<String> features,
            List<String> screenshots,
            List<String> videos,
            List<String> awards) {

        public Description {
            features = list(features);
            screenshots = list(screenshots);
            videos = list(videos);
            awards = list(awards);
        }
    }

    /**
     * @param type        internal, contract, community or none
     * @param contractors who holds the maintenance contract (contract only)
     * @param contacts    the people maintaining it
     */
    public record Maintenance(String type, List<Contractor> contractors, List<Contact> contacts) {

        public Maintenance {
            contractors = list(contractors);
            contacts = list(contacts);
        }
    }

    /** A company or body contracted for maintenance, until a date; not personal data. */
    public record Contractor(String name, LocalDate until, String email, String website) {
    }

    /**
     * A person maintaining the software. {@code isPublic} is the catalogue's privacy flag
     * (DESIGN §5), which publiccode.yml does not have: contacts read from a file come in as
     * not public, and the exporter leaves non-public contacts out unless asked to include them.
     */
    public record Contact(String name, String email, String phone, String affiliation, boolean isPublic) {
    }

    /** dependsOn: runtime or system-level dependencies, by kind. */
    public record Dependencies(List<Dependency> open, List<Dependency> proprietary, List<Dependency> hardware) {

        public static final Dependencies NONE = new Dependencies(List.of(), List.of(), List.of());

        public Dependencies {
            open = list(open);
            proprietary = list(proprietary);
            hardware = list(hardware);
        }

        boolean isEmpty() {
            return open.isEmpty() && proprietary.isEmpty() && hardware.isEmpty();
        }
    }

    /** One dependency: a name, and the compatible versions when known. */
    public record Dependency(String name, String versionMin, String versionMax, String version, Boolean optional) {
    }
}
