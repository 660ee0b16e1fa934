package ca.quebec.catalogue.solution;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** Submitting, moderating, editing and reusing solutions. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SolutionWriteTest {

    @Test
    void aSolutionIsSubmittedApprovedEditedByItsOwnerAndReused() {
        String rbq = Keys.contributor("rbq");
        String id = api(rbq).contentType("application/json")
                .body(SolutionTestData.solution("Réservation Municipale", "https://github.com/exemple-qc/reservation"))
                .post("/api/v1/solutions").then().statusCode(201)
                .header("Location", "/api/v1/solutions/reservation-municipale")
                .body("owner", equalTo("rbq")).body("status", equalTo("submitted"))
                .body("dependsOn", equalTo(List.of("postgresql")))
                .extract().path("id");
        api().get("/api/v1/solutions/" + id).then().statusCode(404);
        asCurator().contentType("application/json").body("{}")
                .post("/api/v1/solutions/" + id + "/approve").then().statusCode(200).body("status", equalTo("published"));
        api().get("/api/v1/solutions?owner=rbq").then().statusCode(200).body("data.id", hasItem(id));

        // Once published, the owner's contributors still edit it; other organizations do not.
        String etag = api(rbq).get("/api/v1/solutions/" + id).then().extract().header("ETag");
        api(rbq).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("developmentStatus", "obsolete", "maintenance", Map.of("type", "none"), "contacts", List.of()))
                .patch("/api/v1/solutions/" + id).then().statusCode(200)
                .body("developmentStatus", equalTo("obsolete")).body("revision", equalTo(3));
        String etag2 = api(rbq).get("/api/v1/solutions/" + id).then().extract().header("ETag");
        asContributor("shq").header("If-Match", etag2).contentType("application/merge-patch+json")
                .body(Map.of("developmentStatus", "stable")).patch("/api/v1/solutions/" + id).then().statusCode(403);
        List<String> actions = api(rbq).get("/api/v1/solutions/" + id + "/history").then()
                .statusCode(200).extract().jsonPath().getList("data.action");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("submitted", "approved", "updated"), actions);

        // Another body declares that it reuses it.
        asContributor("shq").contentType("application/json")
                .body(Map.of("status", "production", "since", "2026"))
                .put("/api/v1/solutions/" + id + "/usages/shq").then().statusCode(201).body("solution", equalTo(id));
        api().get("/api/v1/solutions/" + id).then().body("usageCount", equalTo(1));
        api().get("/api/v1/solutions?organization=shq").then().body("data.id", hasItem(id));
        api().get("/api/v1/organizations/shq/usages?limit=100").then().body("data.solution", hasItem(id));
    }

    @Test
    void contactsArePrivateToAnonymousCallers() {
        String curator = Keys.curator();
        String id = api(curator).contentType("application/json")
                .body(SolutionTestData.solution("Prêt Numérique", "https://github.com/exemple-qc/pret"))
                .post("/api/v1/solutions").then().statusCode(201).extract().path("id");
        String anonymous = api().get("/api/v1/solutions/" + id).then().statusCode(200)
                .body("contacts[0].role", equalTo("responsable du produit"))
                .body("contacts[0].email", nullValue())
                .body("contacts[1].email", equalTo("solutions@exemple.qc.ca"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(anonymous.contains("responsable@exemple.qc.ca") || anonymous.contains("Responsable Fictif"));
        String history = api().get("/api/v1/solutions/" + id + "/history").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(history.contains("responsable@exemple.qc.ca"));
        String list = api().get("/api/v1/solutions?limit=100").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(list.contains("responsable@exemple.qc.ca"));
        asContributor("sct").get("/api/v1/solutions/" + id).then()
                .body("contacts[0].email", equalTo("responsable@exemple.qc.ca"));
    }

    @Test
    void aContributorOwnsOnlyItsOwnSolutions() {
        Map<String, Object> body = new HashMap<>(SolutionTestData.solution("Solution Empruntée", "https://github.com/exemple-qc/empruntee"));
        body.put("owner", "sct");
        badRequest(Keys.contributor("rbq")).contentType("application/json").body(body)
                .post("/api/v1/solutions").then().statusCode(422).body("errors.field", hasItem("/owner"));
        asCurator().contentType("application/json").body(body)
                .post("/api/v1/solutions").then().statusCode(201).body("owner", equalTo("sct"));
    }

    /** What a valid publiccode.yml needs is required of every solution. */
    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "description       | {\"fr\":\"" + "Beaucoup trop long pour une description courte de publiccode.yml, qui ne doit jamais dépasser cent cinquante caractères, comptés comme des graphèmes, selon la norme européenne.\"} | /description/fr",
            "longDescription   | {\"fr\":\"Trop court.\"}           | /longDescription/fr",
            "features          | {\"fr\":[]}                        | /features/fr",
            "platforms         | [\"unix\"]                         | /platforms",
            "licence           | null                               | /licence",
            "repository        | null                               | /repository",
            "softwareType      | \"application\"                    | /softwareType",
            "developmentStatus | \"production\"                     | /developmentStatus",
            "maintenance       | {\"type\":\"contract\"}            | /maintenance/contractors",
            "maintenance       | {\"type\":\"internal\",\"contractors\":[{\"name\":\"Coop\",\"until\":\"2027-01-01\"}]} | /maintenance/contractors",
            "contacts          | []                                 | /contacts",
            "availableLanguages| [\"français\"]                     | /availableLanguages/0",
            "localisationReady | null                               | /localisationReady",
            "dependsOn         | [\"no-such-software\"]             | /dependsOn/0",
            "owner             | \"no-such-body\"                   | /owner" })
    void incompleteSolutionsAreRefused(String field, String value, String pointer) throws Exception {
        Map<String, Object> body = new HashMap<>(SolutionTestData.solution("Solution Incomplète " + field, "https://github.com/exemple-qc/i-" + field));
        body.put(field, new com.fasterxml.jackson.databind.ObjectMapper().readValue(value, Object.class));
        badRequest(Keys.curator()).contentType("application/json").body(body)
                .post("/api/v1/solutions").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(pointer));
        api().get("/api/v1/solutions?limit=100").then().body("data.name", not(hasItem("Solution Incomplète " + field)));
    }

    @Test
    void listFiltersAreChecked() {
        badRequest().get("/api/v1/solutions?developmentStatus=finished").then().statusCode(400).body("errors[0].field", equalTo("developmentStatus"));
        badRequest().get("/api/v1/solutions?maintenance=someone").then().statusCode(400).body("errors[0].field", equalTo("maintenance"));
        badRequest().get("/api/v1/solutions?owner=nobody").then().statusCode(400).body("errors[0].field", equalTo("owner"));
        api().get("/api/v1/solutions?developmentStatus=stable&maintenance=internal&limit=100").then().statusCode(200);
    }
}
