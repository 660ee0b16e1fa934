package ca.quebec.catalogue.publiccode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Audience;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contact;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contractor;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependencies;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependency;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Description;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Maintenance;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Organisation;
import ca.quebec.catalogue.publiccode.YamlNode.Mapping;
import ca.quebec.catalogue.publiccode.YamlNode.Scalar;
import ca.quebec.catalogue.publiccode.YamlNode.Sequence;

/**
 * Reads a validated publiccode.yml into a {@link PubliccodeSolution}.
 *
 * <p>Values are normalised to the spelling the catalogue stores, so that reading a file
 * and reading its export give equal solutions: the licence in the SPDX list's spelling,
 * language tags in their usual case ({@code pt-BR}), country codes in capitals. Deprecated
 * keys are carried over to their replacement where the standard names one (as the reference
 * parser does): {@code legal.repoOwner} becomes the organisation's name and the Italian
 * {@code riuso.codiceIPA} its URI ({@code urn:x-italian-pa:<code>}). The other deprecated keys
 * and the Italian section are not kept; the catalogue keeps the raw file for them.
 */
@ApplicationScoped
public class PubliccodeMapper {

    private final LicenceRegistry licences;

    public PubliccodeMapper(LicenceRegistry licences) {
        this.licences = licences;
    }

    /**
     * @throws IllegalArgumentException if the report has errors: only a valid file describes a
     *                                  solution; callers show the report instead
     */
    public PubliccodeSolution read(PubliccodeReport report) {
        if (!report.valid() || report.document() == null) {
            throw new IllegalArgumentException("Only a valid publiccode.yml can be read: " + report.errors());
        }
        Mapping root = report.document();
        Mapping legal = mapping(root, "legal");
        return new PubliccodeSolution(
                text(root, "name"),
                text(root, "applicationSuite"),
                text(root, "url"),
                text(root, "landingURL"),
                texts(root.get("isBasedOn")),
                text(root, "softwareVersion"),
                Formats.date(text(root, "releaseDate")),
                text(root, "logo"),
                organisation(root, legal),
                texts(root.get("platforms")),
                texts(root.get("categories")),
                texts(root.get("usedBy")),
                organisations(root.get("fundedBy")),
                text(root, "roadmap"),
                text(root, "developmentStatus"),
                text(root, "softwareType"),
                audience(mapping(root, "intendedAudience")),
                descriptions(mapping(root, "description")),
                licence(text(legal, "license")),
                text(legal, "mainCopyrightOwner"),
                maintenance(mapping(root, "maintenance")),
                bool(mapping(root, "localisation"), "localisationReady"),
                texts(mapping(root, "localisation") == null ? null : mapping(root, "localisation").get("availableLanguages"))
                        .stream().map(Formats::canonicalLanguageTag).toList(),
                dependencies(mapping(root, "dependsOn")));
    }

    private String licence(String expression) {
        return expression == null ? null : licences.parseValid(expression).canonical();
    }

    private static Organisation organisation(Mapping root, Mapping legal) {
        Mapping organisation = mapping(root, "organisation");
        String name = organisation == null ? null : text(organisation, "name");
        String uri = organisation == null ? null : text(organisation, "uri");
        if (name == null) {
            name = text(legal, "repoOwner");
        }
        if (uri == null) {
            Mapping italy = mapping(root, "IT") != null ? mapping(root, "IT") : mapping(root, "it");
            String ipa = text(mapping(italy, "riuso"), "codiceIPA");
            if (ipa != null && !ipa.isBlank()) {
                uri = "urn:x-italian-pa:" + ipa;
            }
        }
        // organisation.name is mandatory: an IPA code with no owner's name to go with it is not
        // enough to describe an organisation, and guessing the name would be worse.
        return name == null ? null : new Organisation(name, uri);
    }

    private static List<Organisation> organisations(YamlNode node) {
        List<Organisation> organisations = new ArrayList<>();
        for (Mapping mapping : mappings(node)) {
            organisations.add(new Organisation(text(mapping, "name"), text(mapping, "uri")));
        }
        return organisations;
    }

    private static Audience audience(Mapping audience) {
        if (audience == null) {
            return Audience.NONE;
        }
        return new Audience(texts(audience.get("scope")), upper(texts(audience.get("countries"))),
                upper(texts(audience.get("unsupportedCountries"))));
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
    }

    private static Map<String, Description> descriptions(Mapping description) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        if (description == null) {
            return descriptions;
        }
        for (YamlNode.Entry language : description.entries()) {
            if (!(language.value() instanceof Mapping text)) {
                continue;
            }
            descriptions.putIfAbsent(Formats.canonicalLanguageTag(language.key()), new Description(
                    text(text, "localisedName"),
                    text(text, "shortDescription"),
                    text(text, "longDescription"),
                    text(text, "documentation"),
                    text(text, "apiDocumentation"),
                    texts(text.get("features")),
                    texts(text.get("screenshots")),
                    texts(text.get("videos")),
                    texts(text.get("awards"))));
        }
        return descriptions;
    }

    private static Maintenance maintenance(Mapping maintenance) {
        if (maintenance == null) {
            return null;
        }
        List<Contractor> contractors = new ArrayList<>();
        for (Mapping contractor : mappings(maintenance.get("contractors"))) {
            contractors.add(new Contractor(text(contractor, "name"), Formats.date(text(contractor, "until")),
                    text(contractor, "email"), text(contractor, "website")));
        }
        List<Contact> contacts = new ArrayList<>();
        for (Mapping contact : mappings(maintenance.get("contacts"))) {
            contacts.add(new Contact(text(contact, "name"), text(contact, "email"), text(contact, "phone"),
                    text(contact, "affiliation"), false));
        }
        return new Maintenance(text(maintenance, "type"), contractors, contacts);
    }

    private static Dependencies dependencies(Mapping dependsOn) {
        if (dependsOn == null) {
            return Dependencies.NONE;
        }
        return new Dependencies(dependencyList(dependsOn.get("open")), dependencyList(dependsOn.get("proprietary")),
                dependencyList(dependsOn.get("hardware")));
    }

    private static List<Dependency> dependencyList(YamlNode node) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Mapping dependency : mappings(node)) {
            dependencies.add(new Dependency(text(dependency, "name"), text(dependency, "versionMin"),
                    text(dependency, "versionMax"), text(dependency, "version"), bool(dependency, "optional")));
        }
        return dependencies;
    }

    // The file is valid, so types are right; these readers only skip what is absent.

    private static Mapping mapping(Mapping parent, String key) {
        return parent != null && parent.get(key) instanceof Mapping mapping ? mapping : null;
    }

    private static String text(Mapping parent, String key) {
        return parent == null ? null : text(parent.get(key));
    }

    private static String text(YamlNode node) {
        return node instanceof Scalar scalar && scalar.type() != YamlNode.Type.NULL ? scalar.text() : null;
    }

    private static Boolean bool(Mapping parent, String key) {
        return parent != null && parent.get(key) instanceof Scalar scalar && scalar.type() == YamlNode.Type.BOOL
                ? Boolean.valueOf(scalar.text().toLowerCase(Locale.ROOT))
                : null;
    }

    /** A list of texts; a single text where the standard allows one (platforms, isBasedOn). */
    private static List<String> texts(YamlNode node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                String text = text(item);
                if (text != null) {
                    texts.add(text);
                }
            }
        } else if (text(node) != null) {
            texts.add(text(node));
        }
        return texts;
    }

    private static List<Mapping> mappings(YamlNode node) {
        List<Mapping> mappings = new ArrayList<>();
        if (node instanceof Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof Mapping mapping) {
                    mappings.add(mapping);
                }
            }
        }
        return mappings;
    }
}
