package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.publiccode.PubliccodeExporter.IncompleteSolutionException;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contact;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contractor;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Description;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Maintenance;

/** Solutions made in the catalogue, not read from a file, exported as valid files or not at all. */
class PubliccodeExporterTest {

    private static final String LONG_FR = "Cette solution tient le registre des demandes d’accès à l’information, "
            + "en suit les délais légaux et produit les statistiques annuelles que la loi exige des organismes.";

    private final PubliccodeValidator validator = Fixtures.validator();
    private final PubliccodeMapper mapper = Fixtures.mapper();
    private final PubliccodeExporter exporter = Fixtures.exporter();

    private static Description french(String shortText) {
        return new Description(null, shortText, LONG_FR, null, null, List.of("Registre"), null, null, null);
    }

    private static PubliccodeSolution solution(Map<String, Description> descriptions, Maintenance maintenance) {
        return new PubliccodeSolution("Registre", null, "https://git.example.qc.ca/registre", null, null, null, null,
                null, null, List.of("web"), null, null, null, null, "stable", "standalone/web", null, descriptions,
                "LiLiQ-R-1.1", null, maintenance, false, List.of("fr"), null);
    }

    private static Maintenance internal(Contact... contacts) {
        return new Maintenance("internal", List.of(), List.of(contacts));
    }

    private static final Contact PERSON = new Contact("Marie Tremblay", "marie.tremblay@example.qc.ca", "+1 418 555-0199",
            "SCT", false);
    private static final Contact MAILBOX = new Contact("Soutien Registre", "registre@example.qc.ca", null, null, true);

    private PubliccodeSolution reread(String yaml) {
        PubliccodeReport report = validator.validate(yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.valid(), () -> report + "\n" + yaml);
        return mapper.read(report);
    }

    @Test
    void onlyTheLanguagesTheSolutionHasAreWritten() {
        String yaml = exporter.write(solution(Map.of("fr", french("Registre des demandes d’accès.")), internal(MAILBOX)));
        assertTrue(yaml.contains("\n  fr:\n"), yaml);
        assertFalse(yaml.contains("en:"), yaml);
        assertEquals(List.of("fr"), List.copyOf(reread(yaml).descriptions().keySet()));
    }

    @Test
    void frenchComesFirstThenEnglishThenTheOthers() {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        descriptions.put("de", french("Antragsregister."));
        descriptions.put("en", french("Request register."));
        descriptions.put("fr", french("Registre des demandes."));
        String yaml = exporter.write(solution(descriptions, internal(MAILBOX)));
        assertTrue(yaml.indexOf("  fr:") < yaml.indexOf("  en:") && yaml.indexOf("  en:") < yaml.indexOf("  de:"), yaml);
    }

    @Test
    void missingMandatoryValuesAreNamedNotInvented() {
        Description shortOnly = new Description(null, "Registre des demandes.", null, null, null, null, null, null, null);
        PubliccodeSolution incomplete = new PubliccodeSolution("Registre", null, null, null, null, null, null, null, null,
                List.of(), null, null, null, null, "stable", null, null, Map.of("fr", shortOnly), "MIT", null,
                new Maintenance("community", List.of(), List.of()), null, List.of(), null);
        IncompleteSolutionException refused = assertThrows(IncompleteSolutionException.class,
                () -> exporter.write(incomplete));
        assertEquals(List.of("url", "platforms", "softwareType", "description.fr.longDescription",
                "description.fr.features", "maintenance.contacts", "localisation.localisationReady",
                "localisation.availableLanguages"),
                refused.issues().stream().map(PubliccodeIssue::key).toList());
        assertEquals(refused.issues(), exporter.missing(incomplete));
    }

    @Test
    void valuesInTheWrongFormatAreReportedByKey() {
        PubliccodeSolution badLicence = new PubliccodeSolution("Registre", null, "https://git.example.qc.ca/registre",
                null, null, null, null, null, null, List.of("web"), List.of("registres"), null, null, null, "stable",
                "standalone/web", null, Map.of("fr", french("Registre.")), "Licence maison", null, internal(MAILBOX),
                false, List.of("fr"), null);
        IncompleteSolutionException refused = assertThrows(IncompleteSolutionException.class,
                () -> exporter.write(badLicence));
        assertEquals(List.of("categories[0]:category-unknown", "legal.license:licence-unknown-id"),
                refused.issues().stream().map(i -> i.key() + ":" + i.code()).sorted().toList());
    }

    @Test
    void everyContactGivenIsWrittenWithItsPublicFlag() {
        PubliccodeSolution both = solution(Map.of("fr", french("Registre.")), internal(PERSON, MAILBOX));
        String yaml = exporter.write(both);
        assertTrue(yaml.contains("marie.tremblay@example.qc.ca"), yaml);
        assertTrue(yaml.contains("registre@example.qc.ca"), yaml);
        assertEquals(2, reread(yaml).maintenance().contacts().size());
    }

    @Test
    void contractMaintenanceNeedsNoContact() {
        Maintenance contract = new Maintenance("contract",
                List.of(new Contractor("Coop Exemple", LocalDate.of(2027, 3, 31), null, "https://coop.example.qc.ca")),
                List.of());
        String yaml = exporter.write(solution(Map.of("fr", french("Registre.")), contract));
        assertFalse(yaml.contains("contacts"), yaml);
        assertTrue(yaml.contains("until: \"2027-03-31\""), yaml);
    }

    /** Texts a YAML reader could take for something else stay texts, in YAML 1.2 and 1.1 alike. */
    @Test
    void ambiguousTextsStayTexts() {
        List<String> tricky = List.of("yes", "no", "on", "off", "null", "~", "true", "0.4", "1e3", "0x1F", "2024-01-01",
                "- item", "key: value", "# comment", "'quoted'", "\"double\"", "@at", "*alias", "&anchor", "!tag",
                "%directive", "{braces}", "[brackets]", "trailing space ", " leading space", "tab\tinside",
                "back\\slash", "ligne\u2028séparée", "emoji 👩‍👩‍👧‍👦", "nul\u0000char", "cr\r\nlf", "");
        PubliccodeSolution s = new PubliccodeSolution("yes", "no", "https://git.example.qc.ca/registre", null, null,
                "0.4", LocalDate.of(2024, 1, 1), null, null, tricky.subList(0, tricky.size() - 1), null, tricky, null,
                null, "stable", "library", null, Map.of("fr", french("2024-01-01")), "MIT", "off", internal(PERSON),
                true, List.of("no", "fr"), null);
        String yaml = exporter.write(s);
        PubliccodeSolution back = reread(yaml);
        assertEquals(s, back, yaml);
        assertTrue(validator.validate(yaml.getBytes(StandardCharsets.UTF_8)).warnings().isEmpty(), yaml);
    }

    @Test
    void multiLineTextsKeepTheirExactLineBreaks() {
        for (String text : List.of(LONG_FR + "\n\nDeuxième paragraphe.", LONG_FR + "\n", LONG_FR + "\n\n\n",
                "  " + LONG_FR + "\nindenté", LONG_FR + "\n   \nespaces", LONG_FR + "\n\tTabulation\nfin")) {
            Description description = new Description(null, "Registre.", text, null, null, List.of("Registre"), null,
                    null, null);
            PubliccodeSolution s = solution(Map.of("fr", description), internal(MAILBOX));
            String yaml = exporter.write(s);
            assertEquals(text, reread(yaml).descriptions().get("fr").longDescription(), yaml);
        }
    }

    /** publiccode.yml has no privacy flag: the catalogue's own decision is the one thing a file cannot carry. */
    @Test
    void contactsReadFromAFileAreNotPublic() {
        PubliccodeSolution read = mapper.read(validator.validate(Fixtures.bytes("golden/valid-full.yml")));
        assertTrue(read.maintenance().contacts().stream().noneMatch(Contact::isPublic));
    }
}
