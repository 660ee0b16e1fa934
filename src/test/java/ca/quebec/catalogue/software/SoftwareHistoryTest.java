package ca.quebec.catalogue.software;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** Every change appears in the record's history, in order, with its organization. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SoftwareHistoryTest {

    @Test
    void historyListsEveryChangeInOrderWithItsOrganization() {
        String contributor = Keys.contributor("bape");
        String id = SoftwareWriteTest.submit(contributor, SoftwareWriteTest.software("Consultation Publique"));
        asCurator().contentType("application/json").body("{}").post("/api/v1/software/" + id + "/approve").then().statusCode(200);
        api(contributor).contentType("application/json")
                .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Agente Fictive", "email", "agente@bape.exemple.quebec",
                        "role", "référente technique", "public", false))))
                .put("/api/v1/software/" + id + "/usages/bape").then().statusCode(201);
        String etag = api().get("/api/v1/software/" + id).then().extract().header("ETag");
        asCurator().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("consultation"))).patch("/api/v1/software/" + id).then().statusCode(200);

        JsonPath history = api(contributor).get("/api/v1/software/" + id + "/history?limit=100").then().statusCode(200)
                .body("meta.total", equalTo(4)).extract().jsonPath();
        assertEquals(List.of("submitted", "approved", "usage-declared", "updated"), history.getList("data.action"));
        assertEquals(List.of("bape", "sct", "bape", "sct"), history.getList("data.organization"));
        List<Long> seqs = history.getList("data.seq", Long.class);
        assertEquals(seqs.stream().sorted().toList(), seqs);
        assertEquals(Map.of("status", "published"), history.getMap("data[1].patch"));
        assertEquals(List.of("consultation"), history.getList("data[3].patch.keywords"));
        assertTrue(history.getString("data[2].patch").contains("agente@bape.exemple.quebec"), "authenticated callers see the contact");

        String anonymous = api().get("/api/v1/software/" + id + "/history?limit=100").then().statusCode(200).extract().asString();
        assertFalse(anonymous.contains("agente@bape.exemple.quebec") || anonymous.contains("Agente Fictive"),
                "no personal contact detail reaches an anonymous caller");
        assertTrue(anonymous.contains("référente technique"), "the role of the contact stays visible");
        String feed = api().get("/api/v1/changes?since=" + (seqs.get(0) - 1) + "&limit=100").then().statusCode(200).extract().asString();
        assertTrue(feed.contains("\"usage-declared\"") && !feed.contains("agente@bape.exemple.quebec"));
    }

    @Test
    void aSubmissionsHistoryIsAsPrivateAsTheSubmission() {
        String id = SoftwareWriteTest.submit(Keys.contributor("opc"), SoftwareWriteTest.software("Plaintes Consommateurs"));
        api().get("/api/v1/software/" + id + "/history").then().statusCode(404);
        long seq = asContributor("opc").get("/api/v1/software/" + id + "/history").then().statusCode(200)
                .body("data[0].action", equalTo("submitted")).extract().jsonPath().getLong("data[0].seq");
        String anonymousFeed = api().get("/api/v1/changes?since=" + (seq - 1) + "&limit=100").then().statusCode(200).extract().asString();
        assertFalse(anonymousFeed.contains(id), "the public feed leaves out records awaiting moderation");
        String curatorFeed = asCurator().get("/api/v1/changes?since=" + (seq - 1) + "&limit=100").then()
                .statusCode(200).extract().asString();
        assertTrue(curatorFeed.contains(id));
    }
}
