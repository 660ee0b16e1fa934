package ca.quebec.catalogue.search;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** A write is searchable on this instance as soon as its request returns, and respects visibility. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SearchFreshnessTest {

    static Map<String, Object> software(String name, String description) {
        return Map.of("name", name, "description", Map.of("fr", description), "keywords", List.of("zorglub"));
    }

    @Test
    void aWriteIsFoundAsSoonAsItsRequestReturns() {
        asCurator().contentType("application/json")
                .body(software("Quintessor", "Outil de planification des déneigements municipaux."))
                .post("/api/v1/software").then().statusCode(201);
        api().queryParam("q", "quintesor").get("/api/v1/search").then().statusCode(200).body("data[0].id", equalTo("quintessor"));
        api().queryParam("q", "déneigement").get("/api/v1/search").then().statusCode(200).body("data.id", hasItem("quintessor"));

        // A usage declared now makes the body's name find it at once.
        asContributor("cptaq").contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/quintessor/usages/cptaq").then().statusCode(201);
        api().queryParam("q", "quintessor").queryParam("organization", "cptaq").get("/api/v1/search").then()
                .body("data.id", hasItem("quintessor")).body("data[0].usageCount", equalTo(1));

        // Archived: out of the published results.
        asCurator().contentType("application/json").body(Map.of("reason", "Essai terminé."))
                .post("/api/v1/software/quintessor/archive").then().statusCode(200);
        api().queryParam("q", "quintessor").get("/api/v1/search").then().body("data.id", not(hasItem("quintessor")));
    }

    @Test
    void aSubmissionIsFoundByItsOwnOrganizationOnly() {
        String key = Keys.contributor("ophq");
        api(key).contentType("application/json")
                .body(software("Accessimètre", "Outil d’évaluation de l’accessibilité des bâtiments publics."))
                .post("/api/v1/software").then().statusCode(201);
        api().queryParam("q", "accessimetre").get("/api/v1/search").then().body("data.id", not(hasItem("accessimetre")));
        asContributor("opq").queryParam("q", "accessimetre").get("/api/v1/search").then()
                .body("data.id", not(hasItem("accessimetre")));
        api(key).queryParam("q", "accessimetre").get("/api/v1/search").then()
                .body("data.id", hasItem("accessimetre"));
        asCurator().queryParam("q", "accessimetre").get("/api/v1/search").then()
                .body("data.id", hasItem("accessimetre"));
    }

    @Test
    void readinessReportsTheIndexLag() {
        api().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'search-index' }.data.lagChanges", equalTo(0));
    }
}
