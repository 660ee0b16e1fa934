package ca.quebec.catalogue.publiccode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.publiccode.YamlNode.Entry;
import ca.quebec.catalogue.publiccode.YamlNode.Mapping;
import ca.quebec.catalogue.publiccode.YamlNode.Scalar;
import ca.quebec.catalogue.publiccode.YamlNode.Sequence;

/**
 * One walk over a parsed publiccode.yml, collecting errors and warnings.
 *
 * <p>Errors and warnings follow the reference parser (publiccode-parser-go v5): what it
 * refuses is an error here, what it only reports is a warning, so that a file this
 * catalogue calls valid is also accepted by Developers Italia and the other catalogues that
 * use it. Where the reference has no rule, the choice is written at the check. In short:
 *
 * <ul>
 * <li>Errors: missing mandatory keys, unknown keys, wrong types, values outside an
 * enumeration (development status, software type, maintenance type, categories, scopes),
 * malformed dates, URLs, e-mails, language tags, country codes, media types and licence
 * expressions, texts too short or too long, contractors without a contract, internal or
 * community maintenance without contacts.</li>
 * <li>Warnings: an older version of the standard, deprecated keys and spellings
 * (lowercase country codes, {@code it:}), deprecated SPDX ids, numbers or booleans where
 * text is expected (YAML read them as such), a single platform not written as a list,
 * country sections the standard does not define, a contract that has already ended,
 * a repository URL that is not http(s), a licence that is neither OSI-approved nor FSF-free.</li>
 * </ul>
 */
final class Inspection {

    private final LicenceRegistry licences;
    private final LocalDate today;
    final List<PubliccodeIssue> errors = new ArrayList<>();
    final List<PubliccodeIssue> warnings = new ArrayList<>();

    Inspection(LicenceRegistry licences, LocalDate today) {
        this.licences = licences;
        this.today = today;
    }

    /** Where a mapping sits: its dotted path and the position of the key that holds it. */
    private record Place(String path, int line, int column) {

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    private void error(String key, int line, int column, String code, Object... args) {
        errors.add(PubliccodeIssue.error(key, line, column, code, args));
    }

    private void warning(String key, int line, int column, String code, Object... args) {
        warnings.add(PubliccodeIssue.warning(key, line, column, code, args));
    }

    private void error(String key, YamlNode at, String code, Object... args) {
        error(key, at.line(), at.column(), code, args);
    }

    private void warning(String key, YamlNode at, String code, Object... args) {
        warning(key, at.line(), at.column(), code, args);
    }

    // ---------------------------------------------------------------- the version

    /**
     * Checks publiccodeYmlVersion. Like the reference, a missing, mistyped or unknown version
     * stops the inspection: the rest of the file cannot be judged without knowing its rules.
     */
    boolean version(Mapping root) {
        Entry entry = root.entry("publiccodeYmlVersion");
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            error("publiccodeYmlVersion", root, "required");
            return false;
        }
        if (!(entry.value() instanceof Scalar scalar) || scalar.type() != YamlNode.Type.STRING) {
            // An unquoted 0.4 is a number in YAML 1.2: the reference refuses it too.
            error("publiccodeYmlVersion", entry.value(), "version-type",
                    entry.value() instanceof Scalar s ? s.text() : "…");
            return false;
        }
        String version = scalar.text();
        if (!Standard.VERSIONS.contains(version)) {
            error("publiccodeYmlVersion", scalar, "version-unsupported", version, String.join(", ", Standard.VERSIONS));
            return false;
        }
        if (!Standard.isLatest(version)) {
            warning("publiccodeYmlVersion", scalar, "version-outdated", version, Standard.LATEST_VERSION);
        }
        return true;
    }

    // ---------------------------------------------------------------- the document

    void document(Mapping root) {
        Place top = new Place("", root.line(), root.column());
        topLevelKeys(root);
        text(root, top, "name", true);
        text(root, top, "applicationSuite", false);
        repositoryUrl(root, top);
        httpUrl(root, top, "landingURL", false);
        isBasedOn(root, top);
        text(root, top, "softwareVersion", false);
        date(root, top, "releaseDate", false);
        repositoryFile(root, top, "logo", true);
        if (root.entry("monochromeLogo") != null) {
            deprecated(top, root.entry("monochromeLogo"), "logo");
            repositoryFile(root, top, "monochromeLogo", true);
        }
        organisation(root.entry("organisation"), top.child("organisation"));
        mediaTypes(root, top, "inputTypes");
        mediaTypes(root, top, "outputTypes");
        platforms(root, top);
        vocabulary(root, top, "categories", Standard.CATEGORIES, "category-unknown");
        stringList(root, top, "usedBy", false);
        fundedBy(root, top);
        httpUrl(root, top, "roadmap", false);
        oneOf(root, top, "developmentStatus", Standard.DEVELOPMENT_STATUSES, true);
        oneOf(root, top, "softwareType", Standard.SOFTWARE_TYPES, true);
        intendedAudience(root, top);
        description(root, top);
        legal(root, top);
        maintenance(root, top);
        localisation(root, top);
        dependsOn(root, top);
        countrySections(root);
    }

    /**
     * Unknown top-level keys. The standard's only extension mechanism is the country section
     * (a key named by an ISO 3166-1 alpha-2 code); it has no "x-" keys, and the reference refuses
     * every key it does not know, so an unknown key is an error. Country sections other than
     * Italy's are accepted with a warning: the standard allows them, but defines none we could check.
     */
    private void topLevelKeys(Mapping root) {
        for (Entry entry : root.entries()) {
            String key = entry.key();
            if (Standard.TOP_LEVEL_KEYS.contains(key) || key.equals("IT") || key.equals("it")) {
                continue;
            }
            if (key.length() == 2 && Formats.isCountry(key)) {
                warning(key, entry.line(), entry.column(), "country-section-unchecked", key.toUpperCase(Locale.ROOT));
                continue;
            }
            error(key, entry.line(), entry.column(), "key-unknown", key);
        }
    }

    private void unknownKeys(Mapping mapping, Place place, Set<String> known) {
        for (Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                error(place.child(entry.key()), entry.line(), entry.column(), "key-unknown", entry.key());
            }
        }
    }

    private void deprecated(Place place, Entry entry, String replacement) {
        if (replacement == null) {
            warning(place.child(entry.key()), entry.line(), entry.column(), "deprecated-key");
        } else {
            warning(place.child(entry.key()), entry.line(), entry.column(), "deprecated-key-replaced", replacement);
        }
    }

    // ---------------------------------------------------------------- typed access

    /** The mapping under a key, or null (after reporting it missing or mistyped). */
    private Mapping mapping(Mapping parent, Place place, String key, boolean required) {
        Entry entry = parent.entry(key);
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            if (required) {
                missing(parent, place, key);
            }
            return null;
        }
        if (entry.value() instanceof Mapping mapping) {
            return mapping;
        }
        error(place.child(key), entry.value(), "type-mapping");
        return null;
    }

    private Place placeOf(Mapping parent, Place place, String key) {
        Entry entry = parent.entry(key);
        return new Place(place.child(key), entry.line(), entry.column());
    }

    /** A missing mandatory key is reported where it should be: at the key holding its mapping. */
    private void missing(Mapping parent, Place place, String key) {
        error(place.child(key), place.line(), place.column(), "required");
    }

    /**
     * The text under a key, or null. A number or a boolean where text is expected is read
     * as written, with a warning: YAML 1.2 made it a number (phone: 3901234, softwareVersion: 1.10),
     * and quoting it keeps its exact spelling in every reader.
     */
    private String text(Mapping parent, Place place, String key, boolean required) {
        Entry entry = parent.entry(key);
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            if (required) {
                missing(parent, place, key);
            }
            return null;
        }
        String text = text(place.child(key), entry.value());
        if (text != null && text.isBlank() && required) {
            error(place.child(key), entry.value(), "required");
            return null;
        }
        return text;
    }

    private String text(String path, YamlNode node) {
        if (!(node instanceof Scalar scalar)) {
            error(path, node, "type-string");
            return null;
        }
        if (scalar.type() == YamlNode.Type.NULL) {
            return null;
        }
        if (scalar.type() != YamlNode.Type.STRING) {
            warning(path, scalar, "string-unquoted", scalar.text());
        }
        return scalar.text();
    }

    private Boolean bool(Mapping parent, Place place, String key, boolean required) {
        Entry entry = parent.entry(key);
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            if (required) {
                missing(parent, place, key);
            }
            return null;
        }
        if (entry.value() instanceof Scalar scalar && scalar.type() == YamlNode.Type.BOOL) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
        }
        // In YAML 1.2 "yes" and "no" are strings: say so, since YAML 1.1 habits are common.
        error(place.child(key), entry.value(), "type-boolean",
                entry.value() instanceof Scalar scalar ? scalar.text() : "…");
        return null;
    }

    /** The items of a list, or null. */
    private Sequence sequence(Mapping parent, Place place, String key, boolean required) {
        Entry entry = parent.entry(key);
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            if (required) {
                missing(parent, place, key);
            }
            return null;
        }
        if (entry.value() instanceof Sequence sequence) {
            return sequence;
        }
        error(place.child(key), entry.value(), "type-list");
        return null;
    }

    /** The texts of a list of strings, each checked for its type; null items are skipped. */
    private List<Item> stringList(Mapping parent, Place place, String key, boolean required) {
        Sequence sequence = sequence(parent, place, key, required);
        if (sequence == null) {
            return List.of();
        }
        if (required && sequence.items().isEmpty()) {
            error(place.child(key), sequence, "list-empty");
        }
        return strings(place.child(key), sequence);
    }

    private List<Item> strings(String path, Sequence sequence) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode node = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            String text = text(itemPath, node);
            if (text != null) {
                items.add(new Item(itemPath, node, text));
            }
        }
        return items;
    }

    private record Item(String path, YamlNode node, String text) {
    }

    // ---------------------------------------------------------------- formats

    private void repositoryUrl(Mapping root, Place top) {
        String url = text(root, top, "url", true);
        if (url == null) {
            return;
        }
        YamlNode node = root.get("url");
        if (Formats.isHttpUrl(url)) {
            return;
        }
        // The standard allows any version-control URL and only prefers http(s); the reference
        // accepts any URL. A git:// or ssh:// URL is thus valid, but a browser cannot open it.
        if (Formats.isVcsUrl(url)) {
            warning("url", node, "url-not-http", url);
        } else {
            error("url", node, "url-invalid", url);
        }
    }

    private void httpUrl(Mapping parent, Place place, String key, boolean required) {
        String url = text(parent, place, key, required);
        if (url != null) {
            httpUrl(place.child(key), parent.get(key), url);
        }
    }

    private void httpUrl(String path, YamlNode node, String url) {
        if (!Formats.isHttpUrl(url)) {
            error(path, node, "url-invalid", url);
        }
    }

    /** isBasedOn is "a string or an array of strings", each a repository URL. */
    private void isBasedOn(Mapping root, Place top) {
        Entry entry = root.entry("isBasedOn");
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            return;
        }
        List<Item> urls = entry.value() instanceof Sequence sequence ? strings("isBasedOn", sequence)
                : textItem("isBasedOn", entry.value());
        for (Item item : urls) {
            if (!Formats.isHttpUrl(item.text()) && !Formats.isVcsUrl(item.text())) {
                error(item.path(), item.node(), "url-invalid", item.text());
            }
        }
    }

    private List<Item> textItem(String path, YamlNode node) {
        String text = text(path, node);
        return text == null ? List.of() : List.of(new Item(path, node, text));
    }

    private LocalDate date(Mapping parent, Place place, String key, boolean required) {
        Entry entry = parent.entry(key);
        String text = text(parent, place, key, required);
        if (text == null) {
            return null;
        }
        LocalDate date = Formats.date(text);
        if (date == null) {
            error(place.child(key), entry.value(), "date-invalid", text);
        }
        return date;
    }

    /**
     * A logo, screenshot or similar: a path in the repository or an http(s) URL. The reference
     * also opens the file to check it is an image; that needs the repository, so it is not done here.
     */
    private void repositoryFile(Mapping parent, Place place, String key, boolean logo) {
        String value = text(parent, place, key, false);
        if (value != null) {
            repositoryFile(place.child(key), parent.get(key), value, logo);
        }
    }

    private void repositoryFile(String path, YamlNode node, String value, boolean logo) {
        if (!Formats.isRelativePathOrUrl(value)) {
            error(path, node, "path-absolute", value);
            return;
        }
        if (logo) {
            String lower = value.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
            if (!(lower.endsWith(".svg") || lower.endsWith(".svgz") || lower.endsWith(".png"))) {
                warning(path, node, "logo-format", value);
            }
        }
    }

    private void oneOf(Mapping parent, Place place, String key, List<String> allowed, boolean required) {
        String value = text(parent, place, key, required);
        if (value != null && !allowed.contains(value)) {
            error(place.child(key), parent.get(key), "enum", value, String.join(", ", allowed));
        }
    }

    private void vocabulary(Mapping parent, Place place, String key, Set<String> allowed, String code) {
        for (Item item : stringList(parent, place, key, false)) {
            if (!allowed.contains(item.text())) {
                error(item.path(), item.node(), code, item.text());
            }
        }
    }

    private void mediaTypes(Mapping root, Place top, String key) {
        Entry entry = root.entry(key);
        if (entry == null) {
            return;
        }
        deprecated(top, entry, null);
        for (Item item : stringList(root, top, key, false)) {
            if (!Formats.isMediaType(item.text())) {
                error(item.path(), item.node(), "media-type-invalid", item.text());
            }
        }
    }

    /**
     * platforms is "an enumerated string or an array of strings"; the reference only takes a
     * list, so a single string is accepted with a warning. Values outside the suggested list
     * are allowed by the standard and not reported.
     */
    private void platforms(Mapping root, Place top) {
        Entry entry = root.entry("platforms");
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            missing(root, top, "platforms");
            return;
        }
        if (entry.value() instanceof Scalar) {
            String text = text("platforms", entry.value());
            if (text != null) {
                warning("platforms", entry.value(), "platforms-not-list", text);
            }
            return;
        }
        stringList(root, top, "platforms", true);
    }

    private void organisation(Entry entry, String path) {
        if (entry == null || YamlNode.isAbsent(entry.value())) {
            return;
        }
        if (!(entry.value() instanceof Mapping mapping)) {
            error(path, entry.value(), "type-mapping");
            return;
        }
        organisationFields(mapping, new Place(path, entry.line(), entry.column()));
    }

    private void organisationFields(Mapping mapping, Place place) {
        unknownKeys(mapping, place, Set.of("name", "uri"));
        text(mapping, place, "name", true);
        String uri = text(mapping, place, "uri", false);
        if (uri != null && !Formats.isOrganisationUri(uri)) {
            error(place.child("uri"), mapping.get("uri"), "organisation-uri-invalid", uri);
        }
    }

    private void fundedBy(Mapping root, Place top) {
        Sequence funders = sequence(root, top, "fundedBy", false);
        if (funders == null) {
            return;
        }
        for (int i = 0; i < funders.items().size(); i++) {
            YamlNode node = funders.items().get(i);
            String path = "fundedBy[" + i + "]";
            if (node instanceof Mapping mapping) {
                organisationFields(mapping, new Place(path, node.line(), node.column()));
            } else {
                error(path, node, "type-mapping");
            }
        }
    }

    private void intendedAudience(Mapping root, Place top) {
        Mapping audience = mapping(root, top, "intendedAudience", false);
        if (audience == null) {
            return;
        }
        Place place = placeOf(root, top, "intendedAudience");
        unknownKeys(audience, place, Set.of("scope", "countries", "unsupportedCountries"));
        vocabulary(audience, place, "scope", Standard.SCOPES, "scope-unknown");
        countries(audience, place, "countries");
        countries(audience, place, "unsupportedCountries");
    }

    private void countries(Mapping parent, Place place, String key) {
        for (Item item : stringList(parent, place, key, false)) {
            if (!Formats.isCountry(item.text())) {
                error(item.path(), item.node(), "country-invalid", item.text());
            } else if (!item.text().equals(item.text().toUpperCase(Locale.ROOT))) {
                // Deprecated since 0.4, still accepted by the reference with a warning.
                warning(item.path(), item.node(), "country-lowercase", item.text(), item.text().toUpperCase(Locale.ROOT));
            }
        }
    }

    // ---------------------------------------------------------------- description

    /**
     * The standard says longDescription and features are mandatory "for at least one language";
     * the reference requires them in every language it finds. We follow the reference, so that a
     * file valid here is valid there; the exporter writes only complete languages.
     */
    private void description(Mapping root, Place top) {
        Mapping description = mapping(root, top, "description", true);
        if (description == null) {
            return;
        }
        Place place = placeOf(root, top, "description");
        if (description.entries().isEmpty()) {
            error("description", description, "required");
            return;
        }
        for (Entry language : description.entries()) {
            String path = place.child(language.key());
            if (!Formats.isLanguageTag(language.key())) {
                error(path, language.line(), language.column(), "language-invalid", language.key());
            }
            if (!(language.value() instanceof Mapping text)) {
                error(path, language.value(), "type-mapping");
                continue;
            }
            descriptionIn(text, new Place(path, language.line(), language.column()));
        }
    }

    private void descriptionIn(Mapping text, Place place) {
        unknownKeys(text, place, Standard.DESCRIPTION_KEYS);
        text(text, place, "localisedName", false);
        Entry genericName = text.entry("genericName");
        if (genericName != null) {
            deprecated(place, genericName, null);
            length(text, place, "genericName", 0, Standard.GENERIC_NAME_MAX, false);
        }
        length(text, place, "shortDescription", 0, Standard.SHORT_DESCRIPTION_MAX, true);
        length(text, place, "longDescription", Standard.LONG_DESCRIPTION_MIN, Standard.LONG_DESCRIPTION_MAX, true);
        httpUrl(text, place, "documentation", false);
        httpUrl(text, place, "apiDocumentation", false);
        stringList(text, place, "features", true);
        for (Item screenshot : stringList(text, place, "screenshots", false)) {
            repositoryFile(screenshot.path(), screenshot.node(), screenshot.text(), false);
        }
        // The reference also asks an oEmbed provider whether each video exists: that is a network call.
        for (Item video : stringList(text, place, "videos", false)) {
            httpUrl(video.path(), video.node(), video.text());
        }
        stringList(text, place, "awards", false);
    }

    private void length(Mapping parent, Place place, String key, int min, int max, boolean required) {
        String value = text(parent, place, key, required);
        if (value == null) {
            return;
        }
        int length = Formats.graphemes(value);
        YamlNode node = parent.get(key);
        if (length > max) {
            error(place.child(key), node, "text-too-long", max, length);
        } else if (length < min) {
            error(place.child(key), node, "text-too-short", min, length);
        }
    }

    // ---------------------------------------------------------------- legal

    private void legal(Mapping root, Place top) {
        Mapping legal = mapping(root, top, "legal", true);
        if (legal == null) {
            return;
        }
        Place place = placeOf(root, top, "legal");
        unknownKeys(legal, place, Set.of("license", "mainCopyrightOwner", "repoOwner", "authorsFile"));
        String licence = text(legal, place, "license", true);
        if (licence != null) {
            licence(place.child("license"), legal.get("license"), licence);
        }
        text(legal, place, "mainCopyrightOwner", false);
        if (legal.entry("repoOwner") != null) {
            deprecated(place, legal.entry("repoOwner"), "organisation.name");
            text(legal, place, "repoOwner", false);
        }
        if (legal.entry("authorsFile") != null) {
            deprecated(place, legal.entry("authorsFile"), null);
            repositoryFile(legal, place, "authorsFile", false);
        }
    }

    /**
     * An SPDX expression checked against the bundled SPDX list. Deprecated ids (GPL-2.0 and the
     * like) only give a warning here, unlike the catalogue's own API: the reference accepts them
     * and the file is the owner's to fix. The standard asks for an open-source licence; a
     * licence that neither the OSI nor the FSF approves is reported, not refused, as the reference
     * does not check it.
     */
    private void licence(String path, YamlNode node, String expression) {
        LicenceRegistry.Check check = licences.check(expression);
        if (check instanceof LicenceRegistry.Invalid invalid) {
            error(path, node, invalid.code(), invalid.token());
            return;
        }
        LicenceRegistry.Valid valid = (LicenceRegistry.Valid) check;
        for (String deprecated : valid.deprecatedIds()) {
            warning(path, node, "licence-deprecated-id", deprecated);
        }
        if (Boolean.FALSE.equals(valid.expression().osiApproved()) && Boolean.FALSE.equals(valid.expression().fsfLibre())) {
            warning(path, node, "licence-not-free", valid.expression().canonical());
        }
    }

    // ---------------------------------------------------------------- maintenance

    private void maintenance(Mapping root, Place top) {
        Mapping maintenance = mapping(root, top, "maintenance", true);
        if (maintenance == null) {
            return;
        }
        Place place = placeOf(root, top, "maintenance");
        unknownKeys(maintenance, place, Set.of("type", "contractors", "contacts"));
        String type = text(maintenance, place, "type", true);
        if (type != null && !Standard.MAINTENANCE_TYPES.contains(type)) {
            error(place.child("type"), maintenance.get("type"), "enum", type, String.join(", ", Standard.MAINTENANCE_TYPES));
            type = null;
        }
        Sequence contractors = sequence(maintenance, place, "contractors", false);
        Sequence contacts = sequence(maintenance, place, "contacts", false);
        if ("contract".equals(type) && (contractors == null || contractors.items().isEmpty())) {
            error(place.child("contractors"), place.line(), place.column(), "contractors-required");
        }
        if (type != null && !"contract".equals(type) && contractors != null) {
            Entry entry = maintenance.entry("contractors");
            error(place.child("contractors"), entry.line(), entry.column(), "contractors-not-allowed", type);
        }
        if (("internal".equals(type) || "community".equals(type)) && (contacts == null || contacts.items().isEmpty())) {
            error(place.child("contacts"), place.line(), place.column(), "contacts-required", type);
        }
        if ("none".equals(type) && contacts != null && !contacts.items().isEmpty()) {
            // Nobody maintains it, yet someone is named as maintaining it: likely stale.
            Entry entry = maintenance.entry("contacts");
            warning(place.child("contacts"), entry.line(), entry.column(), "contacts-unmaintained");
        }
        if (contractors != null) {
            for (int i = 0; i < contractors.items().size(); i++) {
                YamlNode node = contractors.items().get(i);
                String path = place.child("contractors") + "[" + i + "]";
                if (node instanceof Mapping contractor) {
                    contractor(contractor, new Place(path, node.line(), node.column()));
                } else {
                    error(path, node, "type-mapping");
                }
            }
        }
        if (contacts != null) {
            for (int i = 0; i < contacts.items().size(); i++) {
                YamlNode node = contacts.items().get(i);
                String path = place.child("contacts") + "[" + i + "]";
                if (node instanceof Mapping contact) {
                    contact(contact, new Place(path, node.line(), node.column()));
                } else {
                    error(path, node, "type-mapping");
                }
            }
        }
    }

    private void contractor(Mapping contractor, Place place) {
        unknownKeys(contractor, place, Set.of("name", "email", "website", "until"));
        text(contractor, place, "name", true);
        email(contractor, place);
        httpUrl(contractor, place, "website", false);
        LocalDate until = date(contractor, place, "until", true);
        // The standard asks for the date the maintenance ends; a past one means the contract is
        // over and the file is stale. The file is still well formed, so this is a warning.
        if (until != null && until.isBefore(today)) {
            warning(place.child("until"), contractor.get("until"), "contractor-expired", until.toString());
        }
    }

    private void contact(Mapping contact, Place place) {
        unknownKeys(contact, place, Set.of("name", "email", "phone", "affiliation"));
        text(contact, place, "name", true);
        email(contact, place);
        text(contact, place, "phone", false);
        text(contact, place, "affiliation", false);
    }

    private void email(Mapping parent, Place place) {
        String email = text(parent, place, "email", false);
        if (email != null && !Formats.isEmail(email)) {
            error(place.child("email"), parent.get("email"), "email-invalid", email);
        }
    }

    // ---------------------------------------------------------------- localisation, dependencies

    private void localisation(Mapping root, Place top) {
        Mapping localisation = mapping(root, top, "localisation", true);
        if (localisation == null) {
            return;
        }
        Place place = placeOf(root, top, "localisation");
        unknownKeys(localisation, place, Set.of("localisationReady", "availableLanguages"));
        bool(localisation, place, "localisationReady", true);
        for (Item language : stringList(localisation, place, "availableLanguages", true)) {
            if (!Formats.isLanguageTag(language.text())) {
                error(language.path(), language.node(), "language-invalid", language.text());
            }
        }
    }

    private void dependsOn(Mapping root, Place top) {
        Mapping dependsOn = mapping(root, top, "dependsOn", false);
        if (dependsOn == null) {
            return;
        }
        Place place = placeOf(root, top, "dependsOn");
        unknownKeys(dependsOn, place, Set.of("open", "proprietary", "hardware"));
        for (String kind : List.of("open", "proprietary", "hardware")) {
            Sequence dependencies = sequence(dependsOn, place, kind, false);
            if (dependencies == null) {
                continue;
            }
            for (int i = 0; i < dependencies.items().size(); i++) {
                YamlNode node = dependencies.items().get(i);
                String path = place.child(kind) + "[" + i + "]";
                if (!(node instanceof Mapping dependency)) {
                    error(path, node, "type-mapping");
                    continue;
                }
                Place at = new Place(path, node.line(), node.column());
                unknownKeys(dependency, at, Set.of("name", "versionMin", "versionMax", "version", "optional"));
                text(dependency, at, "name", true);
                text(dependency, at, "versionMin", false);
                text(dependency, at, "versionMax", false);
                text(dependency, at, "version", false);
                bool(dependency, at, "optional", false);
            }
        }
    }

    // ---------------------------------------------------------------- country sections

    /**
     * The Italian section, the only one the standard defines. {@code it:} is the deprecated
     * spelling of {@code IT:}; both at once is an error, as in the reference.
     */
    private void countrySections(Mapping root) {
        Entry upper = root.entry("IT");
        Entry lower = root.entry("it");
        if (upper != null && lower != null) {
            error("it", lower.line(), lower.column(), "country-section-duplicate", "IT");
        } else if (lower != null) {
            warning("it", lower.line(), lower.column(), "country-section-lowercase", "IT");
        }
        Entry italy = upper != null ? upper : lower;
        if (italy == null || YamlNode.isAbsent(italy.value())) {
            return;
        }
        if (!(italy.value() instanceof Mapping section)) {
            error(italy.key(), italy.value(), "type-mapping");
            return;
        }
        Place place = new Place(italy.key(), italy.line(), italy.column());
        unknownKeys(section, place, Set.of("countryExtensionVersion", "conforme", "riuso", "piattaforme"));
        String version = text(section, place, "countryExtensionVersion", false);
        if (version != null && !Standard.IT_EXTENSION_VERSIONS.contains(version)) {
            error(place.child("countryExtensionVersion"), section.get("countryExtensionVersion"), "enum", version,
                    String.join(", ", Standard.IT_EXTENSION_VERSIONS));
        }
        if (section.entry("conforme") != null) {
            deprecated(place, section.entry("conforme"), null);
            booleans(section, place, "conforme", Set.of("lineeGuidaDesign", "modelloInteroperabilita",
                    "misureMinimeSicurezza", "gdpr"));
        }
        Mapping riuso = mapping(section, place, "riuso", false);
        if (riuso != null) {
            Place riusoPlace = placeOf(section, place, "riuso");
            unknownKeys(riuso, riusoPlace, Set.of("codiceIPA"));
            // The list of Italian administrations' codes is not bundled: the code is not checked.
            if (text(riuso, riusoPlace, "codiceIPA", false) != null) {
                deprecated(riusoPlace, riuso.entry("codiceIPA"), "organisation.uri");
            }
        }
        booleans(section, place, "piattaforme", Set.of("spid", "pagopa", "cie", "anpr", "io"));
    }

    private void booleans(Mapping parent, Place place, String key, Set<String> keys) {
        Mapping mapping = mapping(parent, place, key, false);
        if (mapping == null) {
            return;
        }
        Place at = placeOf(parent, place, key);
        unknownKeys(mapping, at, keys);
        for (Entry entry : mapping.entries()) {
            if (keys.contains(entry.key())) {
                bool(mapping, at, entry.key(), false);
            }
        }
    }
}
