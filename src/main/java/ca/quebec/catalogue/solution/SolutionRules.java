package ca.quebec.catalogue.solution;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.software.SoftwareRepository;
import ca.quebec.catalogue.visibility.Contact;

/**
 * What a solution must hold beyond the descriptive core: an owner, and
 * everything a valid publiccode.yml needs, so that any solution can be exported.
 */
@ApplicationScoped
class SolutionRules {

    /** Our platforms that publiccode.yml has a word for (it has none for unix or bsd). */
    static final List<String> EXPORTABLE_PLATFORMS = java.util.stream.Stream.of(Platform.WEB, Platform.WINDOWS, Platform.MACOS,
            Platform.LINUX, Platform.ANDROID, Platform.IOS).map(Platform::wire).toList();
    static final int SHORT_MAX = 150;
    static final int LONG_MIN = 150;
    static final int LONG_MAX = SolutionInput.LONG_DESCRIPTION_MAX;
    static final int CONTRACTORS_MAX = SolutionInput.CONTRACTORS_MAX;
    static final int LANGUAGE_MAX = SolutionInput.LANGUAGE_MAX;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    private final RecordRules rules;
    private final OrganizationRepository organizations;
    private final SoftwareRepository software;

    public SolutionRules(RecordRules rules, OrganizationRepository organizations, SoftwareRepository software) {
        this.rules = rules;
        this.organizations = organizations;
        this.software = software;
    }

    public void check(SolutionInput in, Caller caller, Checks checks) {
        rules.check(in, caller, checks);
        if (in.description() != null) {
            shortText(checks, "/description/fr", in.description().fr());
            shortText(checks, "/description/en", in.description().en());
        }
        checks.required("/licence", in.licence());
        checks.required("/repository", in.repository());
        checks.url("/documentation", in.documentation());
        if (checks.required("/longDescription", in.longDescription())) {
            longText(checks, "/longDescription/fr", in.longDescription().fr(), true);
            longText(checks, "/longDescription/en", in.longDescription().en(), false);
            if (in.longDescription().en() != null && (in.description() == null || in.description().en() == null)) {
                checks.add(Violation.of("/description/en", "required"));
            }
        }
        if (checks.required("/features", in.features())) {
            if (in.features().fr().isEmpty()) {
                checks.add(Violation.of("/features/fr", "required"));
            }
            checks.strings("/features/fr", in.features().fr(), Checks.NAME_MAX);
            checks.strings("/features/en", in.features().en(), Checks.NAME_MAX);
            if (!in.features().en().isEmpty() && (in.longDescription() == null || in.longDescription().en() == null)) {
                checks.add(Violation.of("/longDescription/en", "required"));
            }
        }
        if (checks.required("/platforms", in.platforms()) && in.platforms().stream().noneMatch(EXPORTABLE_PLATFORMS::contains)) {
            checks.add(Violation.of("/platforms", "platform-needed", String.join(", ", EXPORTABLE_PLATFORMS)));
        }
        if (in.owner() != null) {
            if (organizations.findById(in.owner()) == null) {
                checks.add(Violation.of("/owner", "unknown-organization", in.owner()));
            } else if (!caller.isCurator() && caller.authenticated() && !in.owner().equals(caller.organization())) {
                checks.add(Violation.of("/owner", "owner-own-organization", caller.organization()));
            }
        }
        if (checks.required("/developmentStatus", in.developmentStatus())) {
            checks.oneOf("/developmentStatus", in.developmentStatus(), DevelopmentStatus.class);
        }
        if (checks.required("/softwareType", in.softwareType())) {
            checks.oneOf("/softwareType", in.softwareType(), SoftwareType.class);
        }
        maintenance(in, checks);
        checks.strings("/dependsOn", in.dependsOn(), RecordRules.ID_MAX);
        if (in.dependsOn() != null && in.dependsOn().size() <= Checks.LIST_MAX) {
            for (int i = 0; i < in.dependsOn().size(); i++) {
                String id = in.dependsOn().get(i);
                if (id != null && !software.isPublic(id)) {
                    checks.add(Violation.of("/dependsOn/" + i, "unknown-software", id));
                }
            }
        }
        if (checks.required("/availableLanguages", in.availableLanguages())) {
            if (in.availableLanguages().isEmpty()) {
                checks.add(Violation.of("/availableLanguages", "required"));
            }
            checks.strings("/availableLanguages", in.availableLanguages(), LANGUAGE_MAX);
            for (int i = 0; i < Math.min(in.availableLanguages().size(), Checks.LIST_MAX); i++) {
                String tag = in.availableLanguages().get(i);
                if (tag != null && !isLanguageTag(tag)) {
                    checks.add(Violation.of("/availableLanguages/" + i, "language-tag", tag));
                }
            }
        }
        checks.required("/localisationReady", in.localisationReady());
    }

    private void maintenance(SolutionInput in, Checks checks) {
        Maintenance maintenance = in.maintenance();
        if (!checks.required("/maintenance", maintenance) || !checks.required("/maintenance/type", maintenance.type())) {
            Contact.check(in.contacts(), "/contacts", checks);
            return;
        }
        checks.oneOf("/maintenance/type", maintenance.type(), MaintenanceType.class);
        List<Contractor> contractors = maintenance.contractors() == null ? List.of() : maintenance.contractors();
        if ("contract".equals(maintenance.type()) && contractors.isEmpty()) {
            checks.add(Violation.of("/maintenance/contractors", "contractors-required"));
        }
        if (!"contract".equals(maintenance.type()) && !contractors.isEmpty()) {
            checks.add(Violation.of("/maintenance/contractors", "contractors-only-contract"));
        }
        if (contractors.size() > CONTRACTORS_MAX) {
            checks.add(Violation.of("/maintenance/contractors", "too-many", CONTRACTORS_MAX, contractors.size()));
        } else {
            for (int i = 0; i < contractors.size(); i++) {
                Contractor c = contractors.get(i);
                String at = "/maintenance/contractors/" + i;
                if (c == null) {
                    checks.add(Violation.of(at, "required"));
                    continue;
                }
                checks.text(at + "/name", c.name(), Checks.NAME_MAX, true);
                checks.required(at + "/until", c.until());
                checks.email(at + "/email", c.email());
                checks.url(at + "/website", c.website());
                if (c.until() != null && c.until().isBefore(LocalDate.of(1990, 1, 1))) {
                    checks.add(Violation.of(at + "/until", "partial-date"));
                }
            }
        }
        List<Contact> contacts = in.contacts() == null ? List.of() : in.contacts();
        if (("internal".equals(maintenance.type()) || "community".equals(maintenance.type())) && contacts.isEmpty()) {
            checks.add(Violation.of("/contacts", "contacts-required", maintenance.type()));
        }
        Contact.check(contacts, "/contacts", checks);
        for (int i = 0; i < contacts.size() && i < 20; i++) {
            if (contacts.get(i) != null && contacts.get(i).name() == null) {
                // publiccode.yml names every maintenance contact.
                checks.add(Violation.of("/contacts/" + i + "/name", "required"));
            }
        }
    }

    static boolean isLanguageTag(String tag) {
        return LANGUAGE.matcher(tag).matches() && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }

    private static void shortText(Checks checks, String field, String text) {
        if (text != null && graphemes(text) > SHORT_MAX) {
            checks.add(Violation.of(field, "too-long", SHORT_MAX, graphemes(text)));
        }
    }

    private static void longText(Checks checks, String field, String text, boolean required) {
        if (text == null) {
            if (required) {
                checks.add(Violation.of(field, "required"));
            }
            return;
        }
        checks.text(field, text, LONG_MAX, true);
        if (graphemes(text) < LONG_MIN) {
            checks.add(Violation.of(field, "too-short", LONG_MIN, graphemes(text)));
        }
    }

    /** Characters as readers count them (grapheme clusters), as publiccode.yml does. */
    static int graphemes(String text) {
        int count = 0;
        var matcher = GRAPHEME.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
