package ca.quebec.catalogue.solution;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.usage.Contact;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.Violation;

/**
 * What a solution must hold beyond the descriptive core: an owner, and
 * everything a valid publiccode.yml needs, so that any solution can be exported.
 */
@ApplicationScoped
public class SolutionRules {

    public static final List<String> DEVELOPMENT_STATUSES = List.of("concept", "development", "beta", "stable", "obsolete");
    public static final List<String> SOFTWARE_TYPES = List.of("standalone/web", "standalone/mobile", "standalone/desktop",
            "standalone/backend", "standalone/iot", "standalone/other", "addon", "library", "configurationFiles");
    public static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");
    /** Our platforms that publiccode.yml has a word for (it has none for unix or bsd). */
    static final List<String> EXPORTABLE_PLATFORMS = List.of("web", "windows", "macos", "linux", "android", "ios");
    static final int SHORT_MAX = 150;
    static final int LONG_MIN = 150;
    static final int LONG_MAX = 10_000;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    private final RecordEditor editor;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public SolutionRules(RecordEditor editor, OrganizationRepository organizations, EntityManager em) {
        this.editor = editor;
        this.organizations = organizations;
        this.em = em;
    }

    public void check(SolutionInput in, Caller caller, Checks checks) {
        editor.check(in, caller, checks);
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
            checks.oneOf("/developmentStatus", in.developmentStatus(), DEVELOPMENT_STATUSES);
        }
        if (checks.required("/softwareType", in.softwareType())) {
            checks.oneOf("/softwareType", in.softwareType(), SOFTWARE_TYPES);
        }
        maintenance(in, checks);
        checks.strings("/dependsOn", in.dependsOn(), RecordEditor.ID_MAX);
        if (in.dependsOn() != null && in.dependsOn().size() <= Checks.LIST_MAX) {
            for (int i = 0; i < in.dependsOn().size(); i++) {
                String id = in.dependsOn().get(i);
                if (id != null && !publishedSoftware(id)) {
                    checks.add(Violation.of("/dependsOn/" + i, "unknown-software", id));
                }
            }
        }
        if (checks.required("/availableLanguages", in.availableLanguages())) {
            if (in.availableLanguages().isEmpty()) {
                checks.add(Violation.of("/availableLanguages", "required"));
            }
            checks.strings("/availableLanguages", in.availableLanguages(), 35);
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
            UsageService.checkContacts(in.contacts(), "/contacts", checks);
            return;
        }
        checks.oneOf("/maintenance/type", maintenance.type(), MAINTENANCE_TYPES);
        List<Contractor> contractors = maintenance.contractors() == null ? List.of() : maintenance.contractors();
        if ("contract".equals(maintenance.type()) && contractors.isEmpty()) {
            checks.add(Violation.of("/maintenance/contractors", "contractors-required"));
        }
        if (!"contract".equals(maintenance.type()) && !contractors.isEmpty()) {
            checks.add(Violation.of("/maintenance/contractors", "contractors-only-contract"));
        }
        if (contractors.size() > 20) {
            checks.add(Violation.of("/maintenance/contractors", "too-many", 20, contractors.size()));
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
        UsageService.checkContacts(contacts, "/contacts", checks);
        for (int i = 0; i < contacts.size() && i < 20; i++) {
            if (contacts.get(i) != null && contacts.get(i).name() == null) {
                // publiccode.yml names every maintenance contact.
                checks.add(Violation.of("/contacts/" + i + "/name", "required"));
            }
        }
    }

    private boolean publishedSoftware(String id) {
        return !em.createQuery("select s.id from Software s where s.id = :id and s.status in ('published', 'archived')", String.class)
                .setParameter("id", id).getResultList().isEmpty();
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
