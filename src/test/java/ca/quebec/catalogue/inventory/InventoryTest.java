package ca.quebec.catalogue.inventory;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * An inventory goes in as its tools export it; a proposal comes out and nothing
 * is written until the body confirms, through the bulk declaration path.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class InventoryTest {

    /** As GLPI exports it from a French Excel: semicolons, a header, Windows-1252. */
    static final String GLPI = """
            Nom;Version;Nombre d'installations;Éditeur
            Mozilla Firefox ESR 115.6.0esr (x64 fr);115.6.0esr;120;Mozilla
            7-Zip 19.00 (x64);;35;Igor Pavlov
            7-Zip 23.01 (x64);;12;Igor Pavlov
            LibreOffice 7.6.4.1;;40;The Document Foundation
            TortoiseGit 2.15.0.0 (64 bit);2.15.0.0;3;TortoiseGit
            Logiciel Maison Du Ministère;1.0;2;Ministère
            """;

    @Inject
    Fingerprint fingerprint;

    private static byte[] cp1252(String text) {
        return text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void anInventoryIsProposedAndNothingIsWritten() {
        String key = Keys.contributor("mamot");
        String before = fingerprint.take();
        JsonPath proposal = api(key).contentType("text/csv").body(cp1252(GLPI))
                .post("/api/v1/organizations/mamot/inventory").then().statusCode(200)
                .body("counts.lines", equalTo(6)).body("counts.match", equalTo(4)).body("counts.records", equalTo(3))
                .body("lines[0].verdict", equalTo("match")).body("lines[0].record.id", equalTo("firefox"))
                .body("lines[0].version", equalTo("115.6.0esr")).body("lines[0].count", equalTo(120))
                .body("lines[1].record.id", equalTo("7-zip")).body("lines[1].version", equalTo("19.00"))
                .body("lines[4].verdict", equalTo("none"))
                .body("lines[5].verdict", org.hamcrest.Matchers.not(equalTo("match")))
                .body("applied", nullValue())
                .extract().jsonPath();
        assertEquals(before, fingerprint.take(), "a proposal writes nothing");
        // The ready-to-send bulk body: one usage per record, versions gathered, installations as a range.
        List<Map<String, Object>> usages = proposal.getList("bulk.usages");
        Map<String, Object> sevenZip = usages.stream().filter(u -> "7-zip".equals(u.get("software"))).findFirst().orElseThrow();
        assertEquals(List.of("19.00", "23.01"), sevenZip.get("versions"));
        assertEquals("11-50", sevenZip.get("installations"));
        assertEquals("merge", proposal.getString("bulk.mode"));
    }

    @Test
    void confirmingDeclaresTheMatchedLinesWithTheirVersionsAndKeepsWhatTheBodyWrote() {
        String key = Keys.contributor("fondation-de-la-faune");
        // A declaration written by hand, with a contact, before the inventory.
        api(key).contentType("application/json").body(Map.of("status", "production", "useCase", Map.of("fr", "Bureautique"),
                "contacts", List.of(Map.of("name", "Soutien", "email", "soutien@faune.exemple.quebec", "public", true))))
                .put("/api/v1/software/libreoffice/usages/fondation-de-la-faune").then().statusCode(201);
        JsonPath proposal = api(key).contentType("text/csv").body(GLPI.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/fondation-de-la-faune/inventory").then().statusCode(200).extract().jsonPath();
        // Sent back as is to the bulk endpoint: the same all-or-nothing path.
        api(key).contentType("application/json").body(proposal.getMap("bulk")).post("/api/v1/organizations/fondation-de-la-faune/usages/bulk").then()
                .statusCode(200).body("created", equalTo(2)).body("updated", equalTo(1));
        api(key).get("/api/v1/software/7-zip/usages/fondation-de-la-faune").then().statusCode(200)
                .body("versions", equalTo(List.of("19.00", "23.01"))).body("installations", equalTo("11-50"));
        api(key).get("/api/v1/software/libreoffice/usages/fondation-de-la-faune").then().statusCode(200)
                .body("versions", equalTo(List.of("7.6.4.1"))).body("status", equalTo("production"))
                .body("useCase.fr", equalTo("Bureautique")).body("contacts[0].name", equalTo("Soutien"));
        // apply=merge does the same in one call; a second time changes nothing.
        api(key).contentType("text/csv").body(GLPI.getBytes(StandardCharsets.UTF_8)).queryParam("apply", "merge")
                .post("/api/v1/organizations/fondation-de-la-faune/inventory").then().statusCode(200)
                .body("applied.created", equalTo(0)).body("applied.updated", equalTo(0)).body("applied.unchanged", equalTo(3));
    }

    @Test
    void jsonLinesAreStringsOrObjects() {
        asContributor("mcc").contentType("application/json")
                .body(Map.of("lines", List.of("httpd-2.4.57-5.el9.x86_64", Map.of("name", "Inkscape", "version", "1.3.2", "count", 4))))
                .post("/api/v1/organizations/mcc/inventory").then().statusCode(200)
                .body("lines[0].version", equalTo("2.4.57")).body("lines[1].record.id", equalTo("inkscape"))
                .body("lines[1].version", equalTo("1.3.2")).body("bulk.usages.software", hasItem("inkscape"));
    }

    @Test
    void onlyTheBodyOrACuratorMayReconcileItsInventory() {
        badRequest().contentType("text/csv").body("Nom\nGIMP\n").post("/api/v1/organizations/mcc/inventory").then().statusCode(401);
        badRequest(Keys.contributor("mern")).contentType("text/csv").body("Nom\nGIMP\n").post("/api/v1/organizations/mcc/inventory")
                .then().statusCode(403);
        api(Keys.curator()).contentType("text/csv").body("Nom\nGIMP\n").post("/api/v1/organizations/mcc/inventory").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no name column      | Éditeur;Version\\nMozilla;115     | 422 | ''",
            "an unreadable count | Nom;Nombre\\nGIMP;beaucoup        | 422 | /lines/0/count",
            "an empty file       | ''                                | 422 | ''" })
    void aBadFileIsRefusedClearly(String why, String csv, int status, String field) {
        String key = Keys.contributor("mcc");
        String before = fingerprint.take();
        badRequest(key).contentType("text/csv").body(csv.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/mcc/inventory").then().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertEquals(before, fingerprint.take());
    }

    @Test
    void binaryFilesOtherEncodingsAndHugeFilesAreRefused() {
        String key = Keys.contributor("mcc");
        badRequest(key).contentType("text/csv").body(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }).post("/api/v1/organizations/mcc/inventory")
                .then().statusCode(422).body("errors[0].code", equalTo("inventory.binary"));
        badRequest(key).contentType("text/csv").body("Nom\nGIMP\n".getBytes(StandardCharsets.UTF_16))
                .post("/api/v1/organizations/mcc/inventory").then().statusCode(422).body("errors[0].code", equalTo("inventory.encoding"));
        StringBuilder many = new StringBuilder("Nom\n");
        for (int i = 0; i <= InventoryFile.MAX_LINES; i++) {
            many.append("L").append(i).append('\n');
        }
        badRequest(key).contentType("text/csv").body(many.toString()).post("/api/v1/organizations/mcc/inventory").then()
                .statusCode(422).body("errors[0].code", equalTo("inventory.too-many-lines"));
        byte[] huge = new byte[8 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        badRequest(key).contentType("text/csv").body(huge).post("/api/v1/organizations/mcc/inventory").then().statusCode(413);
    }

    @Test
    void linesTheCatalogueDoesNotHoldBecomeSubmissions() {
        String key = Keys.contributor("mtess");
        JsonPath submitted = api(key).contentType("application/json")
                .body(Map.of("lines", List.of("Logiciel Maison Du Ministère 1.0", "Logiciel Maison du ministère 2.0")))
                .post("/api/v1/organizations/mtess/inventory/submissions").then().statusCode(200)
                .body("submitted.size()", equalTo(1)).extract().jsonPath();
        String id = submitted.getString("submitted[0].id");
        api(key).get("/api/v1/software/" + id).then().statusCode(200).body("status", equalTo("submitted"))
                .body("name", equalTo("Logiciel Maison Du Ministère")).body("licence", nullValue());
        // A line that names a record is declared, not submitted.
        badRequest(key).contentType("application/json").body(Map.of("lines", List.of("GIMP 2.10.36")))
                .post("/api/v1/organizations/mtess/inventory/submissions").then().statusCode(422)
                .body("errors[0].field", equalTo("/lines/0")).body("errors[0].code", equalTo("inventory.not-unmatched"));
        assertTrue(id.startsWith("logiciel-maison"));
    }
}
