package ca.quebec.catalogue.usage;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.software.SoftwareRepository;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** Declaring, updating and withdrawing usages, one at a time and in bulk. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class UsageWriteTest {

    static int usageCount(String software) {
        return api().get("/api/v1/software/" + software).then().statusCode(200).extract().path("usageCount");
    }

    @Test
    void aContributorDeclaresUpdatesAndWithdrawsItsOwnUsage() {
        String key = Keys.contributor("calq");
        int before = usageCount("blender");
        String etag = api(key).contentType("application/json")
                .body(Map.of("installations", "1-10", "versions", List.of("4.2"), "status", "production", "since", "2021-03",
                        "useCase", Map.of("fr", "Animation 3D pour des capsules éducatives.")))
                .put("/api/v1/software/blender/usages/calq").then().statusCode(201)
                .header("Location", "/api/v1/software/blender/usages/calq")
                .body("organization", equalTo("calq")).body("since", equalTo("2021-03")).body("source", equalTo("api"))
                .extract().header("ETag");
        assertEquals(before + 1, usageCount("blender"));
        api().get("/api/v1/organizations/calq/usages?limit=100").then().body("data.software", hasItem("blender"));

        badRequest(key).contentType("application/json").body(Map.of("installations", "11-50"))
                .put("/api/v1/software/blender/usages/calq").then().statusCode(428);
        String newer = api(key).header("If-Match", etag).contentType("application/json")
                .body(Map.of("installations", "11-50", "status", "production"))
                .put("/api/v1/software/blender/usages/calq").then().statusCode(200)
                .body("installations", equalTo("11-50")).body("useCase", nullValue()).body("revision", equalTo(2))
                .extract().header("ETag");
        api(key).header("If-Match", etag).delete("/api/v1/software/blender/usages/calq").then().statusCode(412);
        api(key).header("If-Match", newer).delete("/api/v1/software/blender/usages/calq").then().statusCode(204);
        assertEquals(before, usageCount("blender"));
        api().get("/api/v1/software/blender/usages/calq").then().statusCode(404);
        api(key).delete("/api/v1/software/blender/usages/calq").then().statusCode(404);
        // Withdrawn, not deleted: the history keeps every step.
        List<String> actions = api().get("/api/v1/software/blender/history?limit=100").then().extract().jsonPath().getList("data.action");
        assertEquals(List.of("usage-declared", "usage-updated", "usage-withdrawn"), actions.subList(actions.size() - 3, actions.size()));
    }

    @Test
    void aContributorCannotTouchAnotherOrganizationsUsagesButACuratorCan() {
        asContributor("calq").contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/gimp/usages/sepaq").then().statusCode(403).body("type", equalTo("/problems/forbidden-organization"));
        asContributor("calq").delete("/api/v1/software/firefox/usages/sct").then().statusCode(403);
        badRequest().contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/gimp/usages/sepaq").then().statusCode(401);
        String curator = Keys.curator();
        api(curator).contentType("application/json")
                .body(Map.of("name", "Réservation Des Campings", "description", Map.of("fr", "Réservation d’emplacements de camping.")))
                .post("/api/v1/software").then().statusCode(201);
        api(curator).contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/reservation-des-campings/usages/sepaq").then().statusCode(201)
                .body("organization", equalTo("sepaq"));
    }

    @Test
    void personalContactsAreShownToAuthenticatedCallersOnly() {
        String key = Keys.contributor("ithq");
        api(key).contentType("application/json")
                .body(Map.of("contacts", List.of(
                        Map.of("name", "Personne Fictive", "email", "personne@ithq.exemple.quebec", "phone", "418 555-0100", "role", "référent"),
                        Map.of("name", "Soutien TI", "email", "soutien@ithq.exemple.quebec", "role", "boîte fonctionnelle", "public", true))))
                .put("/api/v1/software/moodle/usages/ithq").then().statusCode(201);
        String anonymous = api().get("/api/v1/software/moodle/usages/ithq").then().statusCode(200)
                .body("contacts[0].role", equalTo("référent"))
                .body("contacts[0].public", equalTo(false))
                .body("contacts[1].email", equalTo("soutien@ithq.exemple.quebec"))
                .extract().asString();
        assertFalse(anonymous.contains("Personne Fictive") || anonymous.contains("personne@ithq.exemple.quebec") || anonymous.contains("555-0100"));
        assertFalse(api().get("/api/v1/organizations/ithq/usages?limit=100").then().extract().asString().contains("personne@ithq.exemple.quebec"));
        asContributor("msp").get("/api/v1/software/moodle/usages/ithq").then().statusCode(200)
                .body("contacts[0].email", equalTo("personne@ithq.exemple.quebec"));
    }

    @Test
    void bulkMergeAppliesEveryItemAndCounts() {
        String key = Keys.contributor("conservatoire");
        List<String> used = new ArrayList<>();
        for (Map<String, Object> usage : api().get("/api/v1/organizations/conservatoire/usages?limit=100").then().extract().jsonPath()
                .<Map<String, Object>> getList("data")) {
            used.add((String) usage.get("software"));
        }
        List<String> fresh = Stream.of("audacity", "inkscape", "blender", "gimp", "scribus", "vlc-media-player", "gnupg")
                .filter(s -> !used.contains(s)).limit(2).toList();
        String existing = used.get(0);
        String installations = "51-100".equals(api().get("/api/v1/software/" + existing + "/usages/conservatoire").then()
                .extract().path("installations")) ? "101-500" : "51-100";
        api(key).contentType("application/json")
                .body(Map.of("mode", "merge", "usages", List.of(
                        Map.of("software", fresh.get(0), "installations", "1-10", "status", "production"),
                        Map.of("software", fresh.get(1), "since", "2024"),
                        Map.of("software", existing, "installations", installations))))
                .post("/api/v1/organizations/conservatoire/usages/bulk").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(1)).body("withdrawn", equalTo(0)).body("unchanged", equalTo(0));
        api().get("/api/v1/organizations/conservatoire/usages?limit=1").then().body("meta.total", equalTo(used.size() + 2));
        // Sending the same item again changes nothing.
        api(key).contentType("application/json")
                .body(Map.of("mode", "merge", "usages", List.of(Map.of("software", existing, "installations", installations))))
                .post("/api/v1/organizations/conservatoire/usages/bulk").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("updated", equalTo(0)).body("created", equalTo(0));
    }

    @Test
    void bulkReplaceSendsAWholeInventory() {
        String key = Keys.contributor("tmf");
        List<String> used = new ArrayList<>();
        for (Map<String, Object> usage : api().get("/api/v1/organizations/tmf/usages?limit=100").then().extract().jsonPath()
                .<Map<String, Object>> getList("data")) {
            used.add((String) usage.get("software"));
        }
        int firefox = usageCount("firefox");
        api(key).contentType("application/json")
                .body(Map.of("mode", "replace", "usages", List.of(Map.of("software", "libreoffice", "status", "production"))))
                .post("/api/v1/organizations/tmf/usages/bulk").then().statusCode(200)
                .body("withdrawn", equalTo(used.size() - (used.contains("libreoffice") ? 1 : 0)));
        api().get("/api/v1/organizations/tmf/usages?limit=100").then().body("meta.total", equalTo(1))
                .body("data[0].software", equalTo("libreoffice"));
        assertEquals(firefox - (used.contains("firefox") ? 1 : 0), usageCount("firefox"));
    }

    @Inject
    SoftwareRepository software;

    /** A thousand published software to declare, put straight in the database: what is under test is the bulk call. */
    @Transactional
    List<String> loadSoftware(int count) {
        List<String> ids = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < count; i++) {
            String id = String.format("charge-%04d", i);
            ids.add(id);
            if (software.find("id", id).firstResult() == null) {
                Software s = new Software();
                s.id = id;
                s.name = "Logiciel de charge " + id;
                s.normalizedName = RecordNames.normalize(s.name);
                s.descriptionFr = "Fiche de charge pour les essais.";
                s.status = "published";
                s.revision = 1;
                s.createdAt = now;
                s.updatedAt = now;
                software.persist(s);
            }
        }
        return ids;
    }

    @Test
    void bulkTakesAThousandItemsAllOrNothing() {
        List<String> ids = loadSoftware(1000);
        String key = Keys.contributor("fondation-de-la-faune");
        List<Map<String, Object>> items = new ArrayList<>();
        ids.forEach(id -> items.add(Map.of("software", id, "installations", "1-10")));
        List<Map<String, Object>> broken = new ArrayList<>(items);
        broken.set(17, Map.of("software", "does-not-exist"));
        broken.set(503, Map.of("software", "charge-0503", "installations", "beaucoup"));
        broken.set(998, Map.of("software", "charge-0998", "since", "hier"));
        badRequest(key).contentType("application/json").body(Map.of("mode", "merge", "usages", broken))
                .post("/api/v1/organizations/fondation-de-la-faune/usages/bulk").then().statusCode(422)
                .body("errors.field", equalTo(List.of("/usages/17/software", "/usages/503/installations", "/usages/998/since")));
        api().get("/api/v1/software/charge-0000/usages").then().body("meta.total", equalTo(0));

        api(key).contentType("application/json").body(Map.of("mode", "merge", "usages", items))
                .post("/api/v1/organizations/fondation-de-la-faune/usages/bulk").then().statusCode(200)
                .body("created", equalTo(1000));
        api().get("/api/v1/software/charge-0999/usages").then().body("data[0].organization", equalTo("fondation-de-la-faune"));
    }

    /**
     * Twenty whole inventories at once from one key, while others read and write: the
     * excess bulks are refused at once (429 with Retry-After), nobody else gets a 5xx.
     */
    @Test
    void oneCallerCannotStarveTheOthers() throws Exception {
        List<String> ids = loadSoftware(600);
        String key = Keys.contributor("cspq");
        String curator = Keys.curator();
        List<Map<String, Object>> items = new ArrayList<>();
        ids.forEach(id -> items.add(Map.of("software", id, "status", "production")));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<Integer>> bulks = new ArrayList<>();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bulks.add(pool.submit(() -> api(key).contentType("application/json").body(Map.of("mode", "merge", "usages", items))
                    .post("/api/v1/organizations/cspq/usages/bulk").then().extract().statusCode()));
        }
        for (int i = 0; i < 30; i++) {
            int n = i;
            others.add(pool.submit(() -> n % 3 == 0
                    ? api(curator).contentType("application/json").body(Map.of("status", "production"))
                            .put("/api/v1/software/" + ids.get(n) + "/usages/sct").then().extract().statusCode()
                    : api().get("/api/v1/software?limit=50&sort=-usageCount").then().extract().statusCode()));
        }
        List<Integer> bulkAnswers = new ArrayList<>();
        for (Future<Integer> bulk : bulks) {
            bulkAnswers.add(bulk.get(3, TimeUnit.MINUTES));
        }
        for (Future<Integer> other : others) {
            int status = other.get(3, TimeUnit.MINUTES);
            assertTrue(status == 200 || status == 201, "a read or a write of someone else: " + status);
        }
        pool.shutdown();
        assertTrue(bulkAnswers.contains(200), "a bulk went through: " + bulkAnswers);
        assertTrue(bulkAnswers.stream().allMatch(s -> s == 200 || s == 429), "the others were told to retry: " + bulkAnswers);
        badRequest(key).contentType("application/json").body(Map.of("mode", "merge", "usages", items))
                .post("/api/v1/organizations/cspq/usages/bulk").then().statusCode(200).body("unchanged", equalTo(600));
    }
}
