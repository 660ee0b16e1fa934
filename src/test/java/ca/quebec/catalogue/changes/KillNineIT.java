package ca.quebec.catalogue.changes;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.testing.Instances;
import ca.quebec.catalogue.testing.Instances.Instance;
import ca.quebec.catalogue.testing.Instances.Storage;

/**
 * A 200 means on disk: a packaged instance acknowledges a burst of edits, is
 * killed with SIGKILL right after the last answer (no shutdown, nothing
 * flushed on the way out), and an instance started again on the same data
 * holds every acknowledged edit, in its record and in its history. On the
 * database the package was built for: the embedded H2 default or PostgreSQL.
 */
class KillNineIT {

    private static final String ADMIN_KEY = "kill-nine-admin-key-for-this-test-only";
    private static final int EDITS = 16;

    @Test
    void everyAcknowledgedEditSurvivesAKill() throws Exception {
        Storage storage = Storage.fresh("catalogue_kill");
        Instance first = Instances.start(storage, ADMIN_KEY, "kill-nine-first");
        Instances.awaitReady(first);
        String id;
        List<String> acknowledged = new ArrayList<>();
        long revision;
        try {
            id = on(first).contentType("application/json")
                    .body(Map.of("name", "Registre Durable", "description", Map.of("fr", "Version 0.")))
                    .post("/api/v1/software").then().statusCode(201).extract().path("id");
            String etag = on(first).get("/api/v1/software/" + id).then().statusCode(200).extract().header("ETag");
            for (int i = 1; i <= EDITS; i++) {
                String description = "Version " + i + ".";
                var answer = on(first).header("If-Match", etag).contentType("application/merge-patch+json")
                        .body(Map.of("description", Map.of("fr", description)))
                        .patch("/api/v1/software/" + id).then().statusCode(200).extract();
                etag = answer.header("ETag");
                acknowledged.add(description);
            }
            revision = Long.parseLong(etag.replace("\"", "").split("\\.")[0]);
        } finally {
            first.kill();
        }

        Instance second = Instances.start(storage, ADMIN_KEY, "kill-nine-second");
        try {
            Instances.awaitReady(second);
            var record = on(second).get("/api/v1/software/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(acknowledged.get(EDITS - 1), record.getString("description.fr"), "the last acknowledged edit is there");
            assertEquals(revision, record.getLong("revision"));
            List<String> updates = new ArrayList<>();
            String next = "/api/v1/software/" + id + "/history?limit=100";
            while (next != null) {
                var page = on(second).get(next).then().statusCode(200).extract().jsonPath();
                page.getList("data", Map.class).stream().filter(c -> "updated".equals(c.get("action")))
                        .forEach(c -> updates.add(String.valueOf(((Map<?, ?>) ((Map<?, ?>) c.get("patch")).get("description")).get("fr"))));
                next = page.getString("links.next");
            }
            assertEquals(acknowledged, updates, "every acknowledged edit is in the history, in order");
        } finally {
            second.stop();
        }
    }

    private static RequestSpecification on(Instance instance) {
        return api().baseUri(instance.url()).header(bearer(ADMIN_KEY));
    }
}
