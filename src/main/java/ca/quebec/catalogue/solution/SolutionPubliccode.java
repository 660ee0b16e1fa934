package ca.quebec.catalogue.solution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.publiccode.PubliccodeSolution;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependencies;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependency;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Description;
import ca.quebec.catalogue.software.SoftwareRepository;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * Translates between a catalogue solution and publiccode.yml. The catalogue's
 * columns win; what the file says that the catalogue has no column for (logo,
 * audience, funders, other languages…) is kept aside and written back on export,
 * so that importing an export gives the same solution.
 *
 * <p>Conventions: our {@code macos} is publiccode's {@code mac}; a contact's role is
 * written as its affiliation; the owner organization is the file's organisation;
 * {@code dependsOn} lists catalogue software, written as open dependencies by name
 * and matched back by name or alias on import.
 */
@ApplicationScoped
class SolutionPubliccode {

    /** The most characters kept of an imported file besides its columns (the publiccode_details column's size). */
    static final int DETAILS_MAX = 1_000_000;

    private final SoftwareRepository software;

    public SolutionPubliccode(SoftwareRepository software) {
        this.software = software;
    }

    /** The solution as a publiccode.yml document, with the contacts whose details the caller may see. */
    public PubliccodeSolution export(Solution s, Organization owner, VisibilityPolicy policy) {
        PubliccodeSolution kept = details(s).orElse(null);
        Map<String, Description> descriptions = new LinkedHashMap<>();
        if (kept != null) {
            kept.descriptions().forEach((language, text) -> {
                if (!isFrench(language) && !isEnglish(language)) {
                    descriptions.put(language, text);
                }
            });
        }
        descriptions.put("fr", description(kept, "fr", s.descriptionFr, s.longDescriptionFr, s.features.fr(), s.documentation));
        if (s.descriptionEn != null && s.longDescriptionEn != null && !s.features.en().isEmpty()) {
            descriptions.put("en", description(kept, "en", s.descriptionEn, s.longDescriptionEn, s.features.en(), s.documentation));
        }
        List<PubliccodeSolution.Contact> contacts = new ArrayList<>();
        for (Contact c : policy.disclosed(s.contacts)) {
            contacts.add(new PubliccodeSolution.Contact(c.name(), c.email(), c.phone(), c.role(), Boolean.TRUE.equals(c.isPublic())));
        }
        if (contacts.isEmpty() && ("internal".equals(s.maintenanceType) || "community".equals(s.maintenanceType))) {
            // Anonymous readers see no private contact: the owner organization is whom to ask.
            contacts.add(new PubliccodeSolution.Contact(owner.nameFr, null, null, null, true));
        }
        List<PubliccodeSolution.Contractor> contractors = s.contractors.stream()
                .map(c -> new PubliccodeSolution.Contractor(c.name(), c.until(), c.email(), c.website())).toList();
        List<Dependency> open = new ArrayList<>();
        for (String id : s.dependsOn) {
            open.add(new Dependency(software.name(id), null, null, null, null));
        }
        Dependencies keptDependencies = kept == null ? Dependencies.NONE : kept.dependsOn();
        keptDependencies.open().stream().filter(d -> software.idByName(d.name()).isEmpty()).forEach(open::add);
        return new PubliccodeSolution(s.name, kept == null ? null : kept.applicationSuite(), s.repository, s.homepage,
                kept == null ? List.of() : kept.isBasedOn(), kept == null ? null : kept.softwareVersion(),
                kept == null ? null : kept.releaseDate(), kept == null ? null : kept.logo(),
                new PubliccodeSolution.Organisation(owner.nameFr, owner.website),
                s.platforms.stream().filter(SolutionRules.EXPORTABLE_PLATFORMS::contains).map(p -> p.equals("macos") ? "mac" : p).toList(),
                kept == null ? List.of() : kept.categories(), kept == null ? List.of() : kept.usedBy(),
                kept == null ? List.of() : kept.fundedBy(), kept == null ? null : kept.roadmap(), s.developmentStatus, s.softwareType,
                kept == null ? null : kept.audience(), descriptions, s.licence, kept == null ? null : kept.mainCopyrightOwner(),
                new PubliccodeSolution.Maintenance(s.maintenanceType, contractors, contacts), s.localisationReady, s.availableLanguages,
                new Dependencies(open, keptDependencies.proprietary(), keptDependencies.hardware()));
    }

    /**
     * What a valid file says, as a submission. Fields that publiccode.yml does not
     * carry (keywords, categories of the catalogue, aliases) come from the solution
     * being updated, if any; contacts keep their public flag when they are the same people.
     */
    public SolutionInput read(PubliccodeSolution p, String owner, Solution existing) {
        Description fr = language(p, true);
        Description en = language(p, false);
        List<Contact> contacts = new ArrayList<>();
        for (PubliccodeSolution.Contact c : p.maintenance().contacts()) {
            boolean wasPublic = existing != null && existing.contacts.stream()
                    .anyMatch(e -> Boolean.TRUE.equals(e.isPublic()) && same(e.name(), c.name()) && same(e.email(), c.email()));
            contacts.add(new Contact(c.name(), c.email(), c.phone(), c.affiliation(), wasPublic || c.isPublic()));
        }
        List<String> dependsOn = new ArrayList<>();
        for (Dependency d : p.dependsOn().open()) {
            software.idByName(d.name()).filter(id -> !dependsOn.contains(id)).ifPresent(dependsOn::add);
        }
        String documentation = fr != null && fr.documentation() != null ? fr.documentation() : en == null ? null : en.documentation();
        return new SolutionInput(existing == null ? null : existing.id, p.name(), existing == null ? null : existing.aliases,
                fr == null && en == null ? null : BilingualText.of(fr == null ? null : fr.shortDescription(), en == null ? null : en.shortDescription()),
                fr == null && en == null ? null : BilingualText.of(fr == null ? null : fr.longDescription(), en == null ? null : en.longDescription()),
                new Features(fr == null ? List.of() : fr.features(), en == null ? List.of() : en.features()),
                p.licence(), existing == null ? null : existing.freeSoftware,
                existing == null ? null : BilingualText.of(existing.curatorNoteFr, existing.curatorNoteEn), p.landingUrl(), p.url(),
                documentation, existing == null ? null : existing.categories.stream().sorted().toList(),
                existing == null ? null : existing.keywords,
                p.platforms().stream().map(x -> x.equals("mac") ? "macos" : x).filter(SolutionRules.EXPORTABLE_PLATFORMS::contains).toList(),
                owner, p.developmentStatus(), p.softwareType(),
                new Maintenance(p.maintenance().type(), p.maintenance().contractors().stream()
                        .map(c -> new Contractor(c.name(), c.until(), c.email(), c.website())).toList()),
                contacts, dependsOn, p.availableLanguages(), p.localisationReady());
    }

    /** What is kept aside of the file: everything but the maintenance contacts, which live in their own column. */
    public static String keep(PubliccodeSolution p) {
        PubliccodeSolution withoutContacts = new PubliccodeSolution(p.name(), p.applicationSuite(), p.url(), p.landingUrl(), p.isBasedOn(),
                p.softwareVersion(), p.releaseDate(), p.logo(), p.organisation(), p.platforms(), p.categories(), p.usedBy(), p.fundedBy(),
                p.roadmap(), p.developmentStatus(), p.softwareType(), p.audience(), p.descriptions(), p.licence(), p.mainCopyrightOwner(),
                new PubliccodeSolution.Maintenance(p.maintenance().type(), p.maintenance().contractors(), List.of()),
                p.localisationReady(), p.availableLanguages(), p.dependsOn());
        return StoredJson.write(withoutContacts);
    }

    private static Optional<PubliccodeSolution> details(Solution s) {
        return s.publiccodeDetails == null ? Optional.empty() : Optional.of(StoredJson.read(s.publiccodeDetails, PubliccodeSolution.class));
    }

    private static Description description(PubliccodeSolution kept, String language, String shortText, String longText,
            List<String> features, String documentation) {
        Description before = kept == null ? null : keptLanguage(kept, language);
        return new Description(before == null ? null : before.localisedName(), shortText, longText, documentation,
                before == null ? null : before.apiDocumentation(), features, before == null ? List.of() : before.screenshots(),
                before == null ? List.of() : before.videos(), before == null ? List.of() : before.awards());
    }

    private static Description keptLanguage(PubliccodeSolution p, String language) {
        return p.descriptions().entrySet().stream()
                .filter(e -> language.equals("fr") ? isFrench(e.getKey()) : isEnglish(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The file's French (or English) texts: "fr" itself first, then a regional variant such as fr-CA. */
    private static Description language(PubliccodeSolution p, boolean french) {
        String exact = french ? "fr" : "en";
        if (p.descriptions().containsKey(exact)) {
            return p.descriptions().get(exact);
        }
        return keptLanguage(p, exact);
    }

    private static boolean isFrench(String tag) {
        return tag.equals("fr") || tag.startsWith("fr-");
    }

    private static boolean isEnglish(String tag) {
        return tag.equals("en") || tag.startsWith("en-");
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b == null ? "" : b);
    }
}
