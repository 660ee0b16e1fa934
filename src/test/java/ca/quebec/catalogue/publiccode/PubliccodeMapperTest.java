package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contact;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Contractor;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Dependency;
import ca.quebec.catalogue.publiccode.PubliccodeSolution.Organisation;

/** What the catalogue stores from a file: each value in the place and spelling the catalogue uses. */
class PubliccodeMapperTest {

    private final PubliccodeValidator validator = Fixtures.validator();
    private final PubliccodeMapper mapper = Fixtures.mapper();

    private PubliccodeSolution read(String fixture) {
        return mapper.read(validator.validate(Fixtures.bytes(fixture)));
    }

    @Test
    void everyKeyOfAFullFileLandsInTheSolution() {
        PubliccodeSolution s = read("golden/valid-full.yml");
        assertEquals("Carrefour des subventions", s.name());
        assertEquals("https://github.com/exemple-qc/carrefour-subventions", s.url());
        assertEquals("https://exemple.qc.ca/carrefour", s.landingUrl());
        assertEquals("2.10", s.softwareVersion());
        assertEquals(LocalDate.of(2025, 11, 3), s.releaseDate());
        assertEquals(new Organisation("Ville d’Exemple", "https://exemple.qc.ca"), s.organisation());
        assertEquals(List.of("grant-management", "workflow-management"), s.categories());
        assertEquals(List.of("local-authorities", "government"), s.audience().scope());
        assertEquals(List.of("fr", "en"), List.copyOf(s.descriptions().keySet()));
        assertEquals("Gestion des demandes de subventions municipales, du dépôt à la reddition de comptes.",
                s.description("fr").shortDescription());
        assertEquals("Municipal grant applications, from submission to final reporting.", s.description("en").shortDescription());
        assertEquals("https://exemple.qc.ca/carrefour/guide", s.description("fr").documentation());
        assertEquals(3, s.description("fr").features().size());
        assertEquals("AGPL-3.0-or-later OR LiLiQ-R-1.1", s.licence());
        assertEquals("contract", s.maintenance().type());
        assertEquals(List.of(new Contractor("Coopérative Logiciels Libres Exemple", LocalDate.of(2027, 12, 31),
                "support@coop-exemple.qc.ca", "https://coop-exemple.qc.ca")), s.maintenance().contractors());
        assertEquals(List.of(new Contact("Équipe Carrefour", "carrefour@exemple.qc.ca", "+1 418 555-0100", "Ville d’Exemple",
                false)), s.maintenance().contacts());
        assertEquals(List.of("fr", "en"), s.availableLanguages());
        assertEquals(List.of(new Dependency("PostgreSQL", "14", null, null, null),
                new Dependency("Keycloak", null, null, "26", true)), s.dependsOn().open());
        assertEquals(List.of("Service de paiement Exemple"),
                s.dependsOn().proprietary().stream().map(Dependency::name).toList());
    }

    @Test
    void yaml12ValuesAreReadAsTheirText() {
        PubliccodeSolution s = read("golden/valid-yaml12.yml");
        assertEquals("yes", s.name());
        assertEquals("off", s.softwareVersion());
        assertEquals(LocalDate.of(2024, 1, 15), s.releaseDate());
        assertEquals(List.of("no", "fr-CA"), s.availableLanguages());
        assertEquals(List.of("on"), s.description("fr-CA").features());
        assertEquals("kari@example.no", s.maintenance().contacts().get(0).email());
        assertEquals(Boolean.TRUE, s.localisationReady());
    }

    /** Deprecated spellings are read as their replacements, the way the reference parser does. */
    @Test
    void deprecatedKeysAreCarriedToTheirReplacements() {
        PubliccodeSolution s = read("golden/warnings-deprecated.yml");
        assertEquals(new Organisation("Organisme Exemple", "urn:x-italian-pa:c_h501"), s.organisation());
        assertEquals(List.of("CA"), s.audience().countries());
        assertEquals("GPL-3.0", s.licence());
        PubliccodeSolution misc = read("golden/warnings-misc.yml");
        assertEquals(List.of("web"), misc.platforms());
        assertEquals("4185550100", misc.maintenance().contacts().get(0).phone());
    }

    @Test
    void anInvalidFileIsNotRead() {
        PubliccodeReport invalid = validator.validate(Fixtures.bytes("golden/invalid-values.yml"));
        assertThrows(IllegalArgumentException.class, () -> mapper.read(invalid));
    }
}
