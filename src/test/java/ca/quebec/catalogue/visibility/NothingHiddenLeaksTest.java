package ca.quebec.catalogue.visibility;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.solution.SolutionTestData;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * What the policy hides stays hidden from the side channels too: the duplicate
 * rule (a 409 naming a submission the caller cannot read would reveal it) and
 * entity tags (an anonymous tag that moves when only a private contact changes
 * tells that something private changed).
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class NothingHiddenLeaksTest {

    @Test
    void anotherBodysSubmissionDoesNotBlockNorShowThroughADuplicate() {
        Map<String, Object> software = Map.of("name", "Outil Discret", "description", Map.of("fr", "Un outil soumis en privé."),
                "repository", "https://git.exemple.qc.ca/outil-discret");
        String hidden = asContributor("mern").contentType("application/json").body(software).post("/api/v1/software").then()
                .statusCode(201).extract().path("id");
        // Another body submits the same thing: it gets a record of its own, and learns nothing of the first.
        var second = asContributor("mtess").contentType("application/json").body(software).post("/api/v1/software").then()
                .statusCode(201).extract();
        String twin = second.path("id");
        assertNotEquals(hidden, twin);
        assertEquals(-1, second.asString().indexOf("\"" + hidden + "\""), "the answer never names the hidden submission");
        // The body that can see the first is told it is a duplicate (by the id its name gives first), as before.
        asContributor("mern").contentType("application/json").body(software).post("/api/v1/software").then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-id")).body("existing", equalTo("/api/v1/software/" + hidden));
        // An id asked for that a hidden record holds is refused without naming or linking it.
        Map<String, Object> withId = new HashMap<>(software);
        withId.put("id", hidden);
        withId.put("name", "Autre Outil");
        withId.put("repository", "https://git.exemple.qc.ca/autre");
        badRequest(Keys.contributor("sct")).contentType("application/json").body(withId).post("/api/v1/software").then()
                .statusCode(409).body("type", equalTo("/problems/id-taken")).body("existing", nullValue())
                .header("Link", nullValue());
        // Once one is public, approving its twin is refused: public records have no twins.
        asCurator().contentType("application/json").body(Map.of()).post("/api/v1/software/" + hidden + "/approve").then().statusCode(200);
        asCurator().contentType("application/json").body(Map.of()).post("/api/v1/software/" + twin + "/approve").then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-name")).body("existing", equalTo("/api/v1/software/" + hidden));
        api().get("/api/v1/software/" + twin).then().statusCode(404);
    }

    /**
     * Search answers, suggestions and results pages are written once per index snapshot and
     * sent again to whoever asks the same address: never to a caller who may see less (or more).
     */
    @Test
    void answersWrittenOnceAreSentOnlyToCallersWhoMaySeeTheSame() {
        Map<String, Object> software = Map.of("name", "Zéphyrographe Interne", "description", Map.of("fr", "Un outil soumis, pas encore publié."),
                "repository", "https://git.exemple.qc.ca/zephyrographe");
        String hidden = asContributor("mern").contentType("application/json").body(software).post("/api/v1/software").then()
                .statusCode(201).extract().path("id");
        for (String path : List.of("/api/v1/search?q=zéphyrographe", "/api/v1/suggest?q=zéphyro", "/recherche?q=zéphyrographe")) {
            // The body that submitted it asks first, then everyone else the same address; then the other way round.
            String own = asContributor("mern").get(path).then().statusCode(200).extract().asString();
            String anonymous = api().get(path).then().statusCode(200).extract().asString();
            String other = asContributor("mtess").get(path).then().statusCode(200).extract().asString();
            String ownAgain = asContributor("mern").get(path).then().statusCode(200).extract().asString();
            assertNotEquals(-1, own.indexOf(hidden), path + ": its own body finds it: " + hidden + " in " + own);
            assertEquals(own, ownAgain, path);
            assertEquals(-1, anonymous.indexOf(hidden), path + ": an anonymous caller does not");
            assertEquals(-1, other.indexOf(hidden), path + ": another body does not");
        }
        String fresh = "/api/v1/search?q=zéphyrographe interne";
        assertEquals(-1, api().get(fresh).then().statusCode(200).extract().asString().indexOf(hidden));
        assertNotEquals(-1, asContributor("mern").get(fresh).then().statusCode(200).extract().asString().indexOf(hidden));
    }

    @Test
    void anAnonymousTagMovesOnlyWithWhatAnAnonymousCallerSees() {
        Map<String, Object> solution = new HashMap<>(SolutionTestData.solution("Étiquette Discrète",
                "https://git.exemple.qc.ca/etiquette"));
        String id = asCurator().contentType("application/json").body(solution).post("/api/v1/solutions").then().statusCode(201)
                .extract().path("id");
        String anonymous = api().get("/api/v1/solutions/" + id).then().statusCode(200).extract().header("ETag");
        String full = asCurator().get("/api/v1/solutions/" + id).then().statusCode(200).extract().header("ETag");

        // Only a private contact changes: the anonymous copy is still current (304), the full one is not.
        patch(id, full, Map.of("contacts", List.of(
                Map.of("name", "Personne Remplaçante", "email", "remplacante@exemple.qc.ca", "role", "responsable du produit"),
                Map.of("name", "Soutien des solutions", "email", "solutions@exemple.qc.ca", "role", "boîte fonctionnelle", "public", true))));
        api().header("If-None-Match", anonymous).get("/api/v1/solutions/" + id).then().statusCode(304);
        String fullAfter = asCurator().get("/api/v1/solutions/" + id).then().extract().header("ETag");
        assertNotEquals(full, fullAfter);

        // Something everybody sees changes: the anonymous tag moves too.
        patch(id, fullAfter, Map.of("keywords", List.of("étiquette")));
        api().header("If-None-Match", anonymous).get("/api/v1/solutions/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(anonymous)));
    }

    @Test
    void aUsagesAnonymousTagIgnoresItsPrivateContacts() {
        String software = asCurator().contentType("application/json")
                .body(Map.of("name", "Étiquette d’usage", "description", Map.of("fr", "Une fiche pour un usage.")))
                .post("/api/v1/software").then().statusCode(201).extract().path("id");
        String path = "/api/v1/software/" + software + "/usages/isq";
        asCurator().contentType("application/json")
                .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Personne A", "email", "a@exemple.qc.ca"))))
                .put(path).then().statusCode(201);
        String anonymous = api().get(path).then().statusCode(200).extract().header("ETag");
        String full = asCurator().get(path).then().extract().header("ETag");
        asCurator().header("If-Match", full).contentType("application/json")
                .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Personne B", "email", "b@exemple.qc.ca"))))
                .put(path).then().statusCode(200);
        api().header("If-None-Match", anonymous).get(path).then().statusCode(304);
    }

    private static void patch(String id, String etag, Map<String, Object> changes) {
        asCurator().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8").body(changes)
                .patch("/api/v1/solutions/" + id).then().statusCode(200);
    }
}
