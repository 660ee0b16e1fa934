package ca.quebec.catalogue.search;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asAdmin;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Suggestions come from structures built once per index snapshot: requests reuse them, and
 * a new body, a renamed one or a new record shows as soon as its change is indexed.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SearchSuggestionFreshnessTest {

    @Inject
    SearchIndexer indexer;

    private static void suggests(String q, String id) {
        api().queryParam("q", q).get("/api/v1/suggest").then().statusCode(200).body("data.id", hasItem(id));
    }

    @Test
    void requestsReuseTheCompletionAndChangesRebuildIt() {
        suggests("SAAQ", "saaq");
        NameCompletion built = indexer.labels().completion();
        for (int i = 0; i < 20; i++) {
            suggests(i % 2 == 0 ? "SAAQ" : "naviga", i % 2 == 0 ? "saaq" : "navigateur-web");
        }
        assertSame(built, indexer.labels().completion(), "not rebuilt per request");

        // A new body: suggested by its name and its acronym once indexed.
        api().queryParam("q", "zéphyrin").get("/api/v1/suggest").then().body("data.id", not(hasItem("office-zephyrin")));
        asAdmin().contentType("application/json")
                .body(Map.of("id", "office-zephyrin", "name", Map.of("fr", "Office Zéphyrin des cartes", "en", "Zephyrin Maps Office"),
                        "acronym", "OZC", "type", "non-budgetary-body"))
                .post("/api/v1/organizations").then().statusCode(201);
        suggests("zephyrin", "office-zephyrin");
        suggests("ozc", "office-zephyrin");
        NameCompletion afterNew = indexer.labels().completion();
        assertNotSame(built, afterNew, "rebuilt after the change");

        // Renamed: the new name completes, the old one no longer does.
        String etag = api().get("/api/v1/organizations/office-zephyrin").then().extract().header("ETag");
        asAdmin().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\":{\"fr\":\"Office Quillebœuf des cartes\",\"en\":\"Quilleboeuf Maps Office\"},\"acronym\":\"OQC\"}")
                .patch("/api/v1/organizations/office-zephyrin").then().statusCode(200);
        suggests("quillebo", "office-zephyrin");
        api().queryParam("q", "zephyrin").get("/api/v1/suggest").then().body("data.id", not(hasItem("office-zephyrin")));
        assertNotSame(afterNew, indexer.labels().completion(), "rebuilt after the rename");

        // A new record, by its name and an alias.
        asCurator().contentType("application/json")
                .body(Map.of("name", "Xylocarte", "aliases", List.of("XyloMap"), "description", Map.of("fr", "Cartes forestières."),
                        "keywords", List.of("zorglub")))
                .post("/api/v1/software").then().statusCode(201);
        suggests("xyloc", "xylocarte");
        suggests("xylom", "xylocarte");
    }
}
