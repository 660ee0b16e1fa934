package ca.quebec.catalogue.solution;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** publiccode.yml in and out: validation, import, dry runs, export, and round trips. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class PubliccodeImportTest {

    static final String YAML = "application/yaml";

    @Inject
    Fingerprint fingerprint;

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validateReportsEveryIssueWithItsPlace() {
        api().contentType(YAML).body(SolutionTestData.file("carrefour.yml")).post("/api/v1/publiccode/validate").then().statusCode(200)
                .body("valid", equalTo(true));
        String broken = new String(SolutionTestData.file("permis.yml"), StandardCharsets.UTF_8)
                .replace("developmentStatus: beta", "developmentStatus: production")
                .replace("license: LiLiQ-R-1.1", "license: Licence libre du Québec");
        api().header("Accept-Language", "en").contentType(YAML).body(utf8(broken)).post("/api/v1/publiccode/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.key", hasItem("developmentStatus"))
                .body("errors.key", hasItem("legal.license"))
                .body("errors.find { it.key == 'developmentStatus' }.line", equalTo(8))
                .body("errors.find { it.key == 'developmentStatus' }.column", greaterThan(0));
        // An alias bomb is refused as an error, quickly, rather than expanded.
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = String.valueOf((char) (c - 1));
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(",*").append(previous).append(",*").append(previous)
                    .append(",*").append(previous).append(",*").append(previous).append(",*").append(previous).append("]\n");
        }
        api().contentType(YAML).body(utf8(bomb.toString())).post("/api/v1/publiccode/validate").then().statusCode(200)
                .body("valid", equalTo(false));
        badRequest().contentType("application/json").body("{}").post("/api/v1/publiccode/validate").then().statusCode(415);
    }

    @Test
    void importCreatesASolutionOwnedByTheCallersOrganization() {
        String key = Keys.contributor("ville-de-montreal");
        JsonPath created = api(key).contentType(YAML).body(SolutionTestData.file("permis.yml"))
                .post("/api/v1/solutions/import").then().statusCode(201)
                .header("Location", "/api/v1/solutions/permis-en-ligne")
                .body("owner", equalTo("ville-de-montreal"))
                .body("status", equalTo("submitted"))
                .body("licence.expression", equalTo("LiLiQ-R-1.1"))
                .body("developmentStatus", equalTo("beta"))
                .body("maintenance.type", equalTo("internal"))
                .body("dependsOn", equalTo(List.of("postgresql")))
                .body("importedFromPubliccode", equalTo(true))
                .extract().jsonPath();
        assertEquals("Personne Fictive", created.getString("contacts[0].name"));
        // The export of the stored solution validates, and importing it again changes nothing.
        String exported = api(key).accept(YAML).get("/api/v1/solutions/permis-en-ligne/publiccode.yml")
                .then().statusCode(200).contentType(containsString(YAML)).extract().asString();
        api().contentType(YAML).body(utf8(exported)).post("/api/v1/publiccode/validate").then().body("valid", equalTo(true));
        String before = api(key).get("/api/v1/solutions/permis-en-ligne").then().extract().asString();
        api(key).contentType(YAML).body(utf8(exported)).post("/api/v1/solutions/import").then().statusCode(200)
                .body("revision", equalTo(1));
        String after = api(key).get("/api/v1/solutions/permis-en-ligne").then().extract().asString();
        assertEquals(before, after, "import → export → import is lossless");
    }

    @Test
    void anImportUpdatesTheCallersOwnSolutionWithTheSameRepository() {
        String key = Keys.contributor("mamot");
        byte[] file = SolutionTestData.file("carrefour.yml");
        api(key).contentType(YAML).body(file).post("/api/v1/solutions/import").then().statusCode(201)
                .body("id", equalTo("carrefour-des-subventions"))
                .body("maintenance.contractors[0].name", equalTo("Coopérative Logiciels Libres Exemple"));
        String changed = new String(file, StandardCharsets.UTF_8).replace("developmentStatus: stable", "developmentStatus: obsolete");
        api(key).contentType(YAML).body(utf8(changed)).post("/api/v1/solutions/import").then().statusCode(200)
                .body("developmentStatus", equalTo("obsolete")).body("revision", equalTo(2));
        // Another organization cannot take it over by importing the same repository: while the first is a
        // submission it cannot see, its import is a submission of its own; once the first is public, a 409.
        String other = api(Keys.contributor("msp")).contentType(YAML).body(file).post("/api/v1/solutions/import").then()
                .statusCode(201).body("owner", equalTo("msp")).extract().path("id");
        assertNotEquals("carrefour-des-subventions", other);
        api(key).get("/api/v1/solutions/carrefour-des-subventions").then().body("owner", equalTo("mamot")).body("revision", equalTo(2));
        asCurator().contentType("application/json").body("{}")
                .post("/api/v1/solutions/carrefour-des-subventions/approve").then().statusCode(200);
        badRequest(Keys.contributor("msp")).contentType(YAML).body(file)
                .post("/api/v1/solutions/import").then().statusCode(409).body("existing", equalTo("/api/v1/solutions/carrefour-des-subventions"));
        // What the file has and the catalogue has no column for comes back on export.
        String exported = api(key).get("/api/v1/solutions/carrefour-des-subventions/publiccode.yml")
                .then().statusCode(200).extract().asString();
        assertTrue(exported.contains("grant-management") && exported.contains("Keycloak") && exported.contains("local-authorities"),
                exported);
    }

    @Test
    void anInvalidFileIsA422WithTheReportAndNothingIsStored() {
        String key = Keys.contributor("mamot");
        String broken = new String(SolutionTestData.file("permis.yml"), StandardCharsets.UTF_8)
                .replace("name: Permis en ligne", "name: Permis brisé").replace("type: internal", "type: someone");
        String before = fingerprint.take();
        badRequest(key).contentType(YAML).body(utf8(broken)).post("/api/v1/solutions/import").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/publiccode-invalid"))
                .body("errors[0].field", equalTo("maintenance.type"))
                .body("errors[0].line", greaterThan(0))
                .body("errors[0].column", greaterThan(0));
        badRequest().contentType(YAML).body(SolutionTestData.file("permis.yml")).post("/api/v1/solutions/import").then().statusCode(401);
        assertEquals(before, fingerprint.take());
    }

    /** Hostile YAML sent to the import: refused as a 4xx problem, and nothing stored. */
    @Test
    void hostileFilesAreRefused() {
        String key = Keys.contributor("mamot");
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        byte[] invalidUtf8 = { 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n' };
        List<byte[]> hostile = List.of(
                utf8("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                        + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"),
                utf8(deep.toString()),
                utf8("publiccodeYmlVersion: \"0.5\"\n---\nname: deux\n"),
                utf8("name: " + "x".repeat(300_000) + "\n"),
                invalidUtf8,
                utf8("a: &a [*a]\n"));
        String before = fingerprint.take();
        for (byte[] body : hostile) {
            badRequest(key).contentType(YAML).body(body).post("/api/v1/solutions/import").then()
                    .statusCode(422).contentType("application/problem+json").body("errors.size()", greaterThan(0));
        }
        badRequest(key).contentType(YAML).body(new byte[1_100_000])
                .post("/api/v1/solutions/import").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, fingerprint.take());
    }

    @Test
    void aDryRunShowsWhatWouldBeStoredWithoutStoringIt() {
        String key = Keys.contributor("frqs");
        String file = new String(SolutionTestData.file("permis.yml"), StandardCharsets.UTF_8)
                .replace("permis-en-ligne", "permis-essai").replace("name: Permis en ligne", "name: Permis à blanc");
        String before = fingerprint.take();
        api(key).contentType(YAML).body(utf8(file)).post("/api/v1/solutions/import?dryRun=true").then()
                .statusCode(200).body("name", equalTo("Permis à blanc")).body("owner", equalTo("frqs"));
        assertEquals(before, fingerprint.take());
        api().get("/api/v1/solutions?limit=100&status=submitted").then().statusCode(401);
    }

    @Test
    void anyApiMadeSolutionExportsAsValidPubliccodeAndAnonymousExportsHideContacts() {
        String curator = Keys.curator();
        String id = api(curator).contentType("application/json")
                .body(SolutionTestData.solution("Guichet Unique", "https://github.com/exemple-qc/guichet")).post("/api/v1/solutions")
                .then().statusCode(201).extract().path("id");
        String anonymous = api().get("/api/v1/solutions/" + id + "/publiccode.yml").then().statusCode(200).extract().asString();
        assertFalse(anonymous.contains("responsable@exemple.qc.ca") || anonymous.contains("Responsable Fictif"), anonymous);
        assertTrue(anonymous.contains("solutions@exemple.qc.ca"), "public contacts are exported to everyone");
        api().contentType(YAML).body(utf8(anonymous)).post("/api/v1/publiccode/validate").then().body("valid", equalTo(true));
        String full = api(curator).get("/api/v1/solutions/" + id + "/publiccode.yml").then()
                .statusCode(200).extract().asString();
        assertTrue(full.contains("responsable@exemple.qc.ca"));
        api().contentType(YAML).body(utf8(full)).post("/api/v1/publiccode/validate").then().body("valid", equalTo(true));
        // Importing the export onto the solution gives the same solution back.
        String before = api(curator).get("/api/v1/solutions/" + id).then().extract().asString();
        api(curator).contentType(YAML).body(utf8(full)).post("/api/v1/solutions/import").then().statusCode(200);
        String after = api(curator).get("/api/v1/solutions/" + id).then().extract().asString();
        assertEquals(content(before), content(after));
        // The first import records where the solution now comes from; importing the same file again changes nothing.
        api(curator).contentType(YAML).body(utf8(full)).post("/api/v1/solutions/import").then()
                .statusCode(200).body("revision", equalTo(2));
    }

    /** A solution's content: without its bookkeeping and its provenance flag, which an import sets. */
    private static Map<String, Object> content(String json) {
        Map<String, Object> solution = new java.util.HashMap<>(JsonPath.from(json).getMap(""));
        List.of("importedFromPubliccode", "revision", "updatedAt").forEach(solution::remove);
        return solution;
    }

    @Test
    void solutionsWithOnlyPrivateContactsExportTheOwnerAsContactToAnonymousCallers() {
        String curator = Keys.curator();
        Map<String, Object> body = new java.util.HashMap<>(SolutionTestData.solution("Registre Privé", "https://github.com/exemple-qc/registre"));
        body.put("contacts", List.of(Map.of("name", "Personne Privée", "email", "prive@exemple.qc.ca")));
        body.put("owner", "inspq");
        String id = api(curator).contentType("application/json").body(body).post("/api/v1/solutions")
                .then().statusCode(201).extract().path("id");
        String anonymous = api().get("/api/v1/solutions/" + id + "/publiccode.yml").then().statusCode(200).extract().asString();
        assertFalse(anonymous.contains("prive@exemple.qc.ca") || anonymous.contains("Personne Privée"));
        assertTrue(anonymous.contains("Institut national de santé publique du Québec"), anonymous);
        api().contentType(YAML).body(utf8(anonymous)).post("/api/v1/publiccode/validate").then().body("valid", equalTo(true))
                .body("errors", not(hasItem("x")));
    }
}
