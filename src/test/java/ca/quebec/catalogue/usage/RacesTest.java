package ca.quebec.catalogue.usage;

import static ca.quebec.catalogue.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Every kind of writer at once on the same records: a body's bulk declarations,
 * curators' edits and archives, and the body's single usage declarations.
 * Whatever the interleaving, every answer 200 survives (the edit is in the
 * stored record or overtaken by a later logged revision), no revision is used
 * twice, and each record's history, replayed from nothing, gives exactly what
 * is stored, for the record and for each of its usages.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class RacesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int RECORDS = 24;
    static final String BODY = "mern";

    @Test
    void bulkDeclarationsEditsArchivesAndUsageDeclarationsLoseNothing() throws Exception {
        String curator = Keys.curator();
        String contributor = Keys.contributor(BODY);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            ids.add(api(curator).contentType("application/json")
                    .body(Map.of("name", "Course concurrente " + i, "description", Map.of("fr", "Version initiale.")))
                    .post("/api/v1/software").then().statusCode(201).extract().<String> path("id"));
        }
        Map<String, String> lastDescription = new ConcurrentHashMap<>();
        Map<String, Boolean> archived = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        // A body's whole inventory, four times over, each time changing every usage.
        work.add(pool.submit(() -> {
            for (int round = 0; round < 4; round++) {
                String installations = round % 2 == 0 ? "1-10" : "11-50";
                List<Map<String, Object>> items = ids.stream().map(id -> Map.<String, Object> of("software", id, "installations", installations))
                        .toList();
                int status = api(contributor).contentType("application/json").body(Map.of("mode", "merge", "usages", items))
                        .post("/api/v1/organizations/" + BODY + "/usages/bulk").then().extract().statusCode();
                expect(unexpected, "bulk", status, 200, 409, 429);
            }
        }));
        // A curator edits every record twice, each time from what it read.
        work.add(pool.submit(() -> {
            for (int pass = 0; pass < 2; pass++) {
                for (String id : ids) {
                    String description = "Édition " + pass + " de " + id + ".";
                    if (retry(unexpected, "patch " + id, () -> {
                        String etag = api(curator).get("/api/v1/software/" + id).then().extract().header("ETag");
                        return api(curator).header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                                .body(Map.of("description", Map.of("fr", description))).patch("/api/v1/software/" + id).then().extract();
                    })) {
                        lastDescription.put(id, description);
                    }
                }
            }
        }));
        // A curator archives a third of them.
        work.add(pool.submit(() -> {
            for (String id : ids.subList(0, RECORDS / 3)) {
                if (retry(unexpected, "archive " + id, () -> api(curator).contentType("application/json")
                        .body(Map.of("reason", "Fin de l’essai.")).post("/api/v1/software/" + id + "/archive").then().extract())) {
                    archived.put(id, true);
                }
            }
        }));
        // The body declares versions one usage at a time, with If-Match when the usage exists.
        work.add(pool.submit(() -> {
            for (int pass = 0; pass < 3; pass++) {
                for (String id : ids.subList(RECORDS / 3, 2 * RECORDS / 3)) {
                    String path = "/api/v1/software/" + id + "/usages/" + BODY;
                    List<String> versions = List.of("v" + pass);
                    retry(unexpected, "usage " + id, () -> {
                        ExtractableResponse<Response> current = api(contributor).get(path).then().extract();
                        var request = api(contributor).contentType("application/json").body(Map.of("status", "production", "versions", versions));
                        if (current.statusCode() == 200) {
                            request = request.header("If-Match", current.header("ETag"));
                        }
                        return request.put(path).then().extract();
                    });
                }
            }
        }));
        for (Future<?> future : work) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(List.of(), unexpected.subList(0, Math.min(5, unexpected.size())), "every answer is a success or a refusal that asks to retry");

        for (String id : ids) {
            JsonNode stored = JSON.readTree(api(curator).get("/api/v1/software/" + id).then().statusCode(200).extract().asString());
            assertEquals(lastDescription.get(id), stored.path("description").path("fr").asText(), id + ": the last acknowledged edit");
            assertEquals(archived.containsKey(id) ? "archived" : "published", stored.path("status").asText(), id + ": the archive stays");
            List<JsonNode> history = history(curator, id);
            assertReplays(id, history, null, state(stored, "revision", "createdAt", "updatedAt", "usageCount"),
                    stored.path("revision").asLong());
            ExtractableResponse<Response> usage = api(curator).get("/api/v1/software/" + id + "/usages/" + BODY).then().extract();
            JsonNode usageState = usage.statusCode() == 200
                    ? state(JSON.readTree(usage.asString()), "revision", "createdAt", "updatedAt", "software", "solution", "organization")
                    : NullNode.getInstance();
            long usageRevision = usage.statusCode() == 200 ? JSON.readTree(usage.asString()).path("revision").asLong() : -1;
            assertReplays(id, history, "usages/" + BODY, usageState, usageRevision);
        }
    }

    /** The subject's changes, in order: revisions 1, 2, 3… with none reused, and their patches rebuild the stored state. */
    private static void assertReplays(String id, List<JsonNode> history, String subject, JsonNode stored, long storedRevision) {
        JsonNode replayed = null;
        long revision = 0;
        for (JsonNode change : history) {
            boolean mine = subject == null ? change.path("subject").isNull() : subject.equals(change.path("subject").asText(null));
            if (!mine) {
                continue;
            }
            assertEquals(revision + 1, change.path("revision").asLong(), id + " " + subject + ": revisions follow each other");
            revision = change.path("revision").asLong();
            JsonNode patch = change.path("patch");
            replayed = patch.isNull() || patch.isMissingNode() ? NullNode.getInstance() : MergePatch.apply(replayed, patch);
        }
        if (storedRevision >= 0) {
            assertEquals(storedRevision, revision, id + " " + subject + ": the stored revision is the last logged one");
        }
        // A merge patch cannot say "null" (it means "remove"), so states compare without their null members.
        assertEquals(withoutNulls(stored), replayed == null ? NullNode.getInstance() : replayed,
                id + " " + subject + ": the history replays to the stored state");
    }

    private static List<JsonNode> history(String key, String id) throws Exception {
        List<JsonNode> changes = new ArrayList<>();
        String next = "/api/v1/software/" + id + "/history?limit=100";
        while (next != null) {
            JsonNode page = JSON.readTree(api(key).get(next).then().statusCode(200).extract().asString());
            page.path("data").forEach(changes::add);
            next = page.path("links").path("next").asText(null);
        }
        return changes;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        return node.isObject() ? MergePatch.apply(null, node) : node;
    }

    private static JsonNode state(JsonNode view, String... bookkeeping) {
        ObjectNode state = ((ObjectNode) view).deepCopy();
        state.remove(List.of(bookkeeping));
        return state;
    }

    /** A write retried while it is refused for a concurrent one (409, 412, 428 on a usage created meanwhile); true once acknowledged. */
    private static boolean retry(List<String> unexpected, String what, java.util.function.Supplier<ExtractableResponse<Response>> write) {
        for (int attempt = 0; attempt < 50; attempt++) {
            ExtractableResponse<Response> answer = write.get();
            int status = answer.statusCode();
            if (status == 200 || status == 201) {
                return true;
            }
            if (status != 409 && status != 412 && status != 428) {
                unexpected.add(what + ": " + status + " " + answer.asString());
                return false;
            }
        }
        unexpected.add(what + ": never acknowledged");
        return false;
    }

    private static void expect(List<String> unexpected, String what, int status, int... allowed) {
        for (int ok : allowed) {
            if (status == ok) {
                return;
            }
        }
        unexpected.add(what + ": " + status);
    }

    @Test
    void theReplayCheckCanFail() {
        JsonNode created = JSON.valueToTree(Map.of("name", "A", "status", "published"));
        ObjectNode change = JSON.createObjectNode();
        change.put("revision", 1).set("patch", created);
        change.putNull("subject");
        assertReplays("x", List.of(change), null, created, 1);
        assertThrows(AssertionError.class,
                () -> assertReplays("x", List.of(change), null, JSON.valueToTree(Map.of("name", "A", "status", "archived")), 1),
                "a stored state the history does not give is caught");
        ObjectNode reused = change.deepCopy();
        assertThrows(AssertionError.class, () -> assertReplays("x", List.of(change, reused), null, created, 1),
                "a revision used twice is caught");
    }
}
