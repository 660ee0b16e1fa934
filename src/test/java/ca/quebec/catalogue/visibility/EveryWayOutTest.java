package ca.quebec.catalogue.visibility;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Every way out of the catalogue asks the one visibility policy: four solutions
 * of one body, one in each lifecycle state, each with a private and a public
 * contact and a usage with a private contact, read through every channel. An
 * anonymous caller never sees a private contact or a record that is not public;
 * the body's own contributor, another body's and a curator see what the policy says.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class EveryWayOutTest {

    static final String OWNER = "mern";
    static final String OTHER = "mtess";
    static final String PRIVATE = "@prive.exemple.qc.ca";
    static final Map<RecordStatus, String> ids = new HashMap<>();
    static long before;

    /** Once for the class (RestAssured knows the test port only once a test runs). */
    @BeforeEach
    void oneSolutionInEachState() {
        if (!ids.isEmpty()) {
            return;
        }
        before = api().get("/q/health/ready").then().extract().jsonPath().getLong("checks.find { it.name == 'search-index' }.data.lastSeq");
        // The other body has a submission of its own: seeing its own must not open everyone's.
        asContributor(OTHER).contentType("application/json").body(Map.of("name", "Témoin de l'autre organisme",
                "description", Map.of("fr", "Une soumission de l'autre organisme."))).post("/api/v1/software").then().statusCode(201);
        for (RecordStatus status : RecordStatus.values()) {
            String id = asContributor(OWNER).contentType("application/json").body(solution(status)).post("/api/v1/solutions")
                    .then().statusCode(201).extract().path("id");
            ids.put(status, id);
            switch (status) {
                case PUBLISHED -> decide(id, "approve", null);
                case REJECTED -> decide(id, "reject", "Hors du périmètre.");
                case ARCHIVED -> {
                    decide(id, "approve", null);
                    decide(id, "archive", "Remplacée.");
                }
                default -> {
                }
            }
            asContributor(OWNER).contentType("application/json")
                    .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Usager Privé", "email", "usager" + PRIVATE))))
                    .put("/api/v1/solutions/" + id + "/usages/" + OWNER).then().statusCode(201);
        }
    }

    private static void decide(String id, String decision, String reason) {
        asCurator().contentType("application/json").body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/solutions/" + id + "/" + decision).then().statusCode(200);
    }

    private static Map<String, Object> solution(RecordStatus status) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Témoin de visibilité " + status.wire());
        body.put("description", Map.of("fr", "Une solution témoin pour vérifier qui voit quoi."));
        body.put("longDescription", Map.of("fr", "Cette solution témoin existe pour que les essais vérifient, par chaque voie de sortie du "
                + "catalogue, que seuls les appelants autorisés voient une fiche soumise ou rejetée et les coordonnées privées."));
        body.put("features", Map.of("fr", List.of("Témoigner")));
        body.put("licence", "MIT");
        body.put("repository", "https://git.exemple.qc.ca/temoin-" + status.wire());
        body.put("platforms", List.of("web"));
        body.put("developmentStatus", "beta");
        body.put("softwareType", "standalone/web");
        body.put("maintenance", Map.of("type", "internal"));
        body.put("contacts", List.of(Map.of("name", "Personne Privée", "email", status.wire() + PRIVATE, "role", "responsable"),
                Map.of("name", "Boîte des solutions", "email", "solutions@exemple.qc.ca", "public", true)));
        body.put("availableLanguages", List.of("fr"));
        body.put("localisationReady", false);
        return body;
    }

    /** Who reads, with what request. */
    static final Map<String, Supplier<RequestSpecification>> CALLERS = Map.of(
            "anonymous", () -> api(),
            "owner", () -> asContributor(OWNER),
            "other", () -> asContributor(OTHER),
            "curator", () -> asCurator());

    /** What each caller may see, by state: the policy's table, read through HTTP. */
    static final Map<String, Set<RecordStatus>> SEES = Map.of(
            "anonymous", Set.of(RecordStatus.PUBLISHED, RecordStatus.ARCHIVED),
            "owner", Set.of(RecordStatus.values()),
            "other", Set.of(RecordStatus.PUBLISHED, RecordStatus.ARCHIVED),
            "curator", Set.of(RecordStatus.values()));

    @Test
    void aRecordItsHistoryItsUsagesAndItsPubliccodeAreSeenByWhomThePolicySays() {
        for (var caller : CALLERS.entrySet()) {
            boolean personal = !caller.getKey().equals("anonymous");
            for (RecordStatus status : RecordStatus.values()) {
                String id = ids.get(status);
                int expected = SEES.get(caller.getKey()).contains(status) ? 200 : 404;
                String where = caller.getKey() + " reading the " + status.wire() + " solution";
                for (String path : List.of("", "/history", "/usages", "/usages/" + OWNER, "/publiccode.yml")) {
                    var answer = caller.getValue().get().get("/api/v1/solutions/" + id + path).then().extract();
                    assertEquals(expected, answer.statusCode(), where + path);
                    if (expected == 200) {
                        assertEquals(personal, answer.asString().contains(PRIVATE), where + path + ": private contacts");
                    }
                }
            }
        }
    }

    @Test
    void listsShowPublishedRecordsByDefaultAndAskedStatesToThoseWhoMaySeeThem() {
        for (var caller : CALLERS.entrySet()) {
            assertEquals(Set.of(ids.get(RecordStatus.PUBLISHED)), witnesses(caller.getValue().get(), "/api/v1/solutions?limit=100"),
                    caller.getKey() + ", default list");
            for (RecordStatus status : RecordStatus.values()) {
                String path = "/api/v1/solutions?limit=100&status=" + status.wire();
                if (caller.getKey().equals("anonymous") && !SEES.get("anonymous").contains(status)) {
                    badRequest().get(path).then().statusCode(401);
                    continue;
                }
                Set<String> expected = SEES.get(caller.getKey()).contains(status) ? Set.of(ids.get(status)) : Set.of();
                assertEquals(expected, witnesses(caller.getValue().get(), path), caller.getKey() + ", " + path);
            }
        }
    }

    @Test
    void searchAndSuggestionsShowWhatThePolicyLetsEachCallerFind() {
        Map<String, Set<RecordStatus>> finds = Map.of(
                "anonymous", Set.of(RecordStatus.PUBLISHED),
                "owner", Set.of(RecordStatus.PUBLISHED, RecordStatus.SUBMITTED),
                "other", Set.of(RecordStatus.PUBLISHED),
                "curator", Set.of(RecordStatus.values()));
        for (var caller : CALLERS.entrySet()) {
            Set<String> expected = new TreeSet<>();
            finds.get(caller.getKey()).forEach(s -> expected.add(ids.get(s)));
            assertEquals(expected, witnesses(caller.getValue().get(), "/api/v1/search?q=témoin visibilité&kind=solution&limit=100"),
                    caller.getKey() + " searching");
            Set<String> suggested = new TreeSet<>(caller.getValue().get().get("/api/v1/suggest?q=témoin de visi").then()
                    .statusCode(200).extract().jsonPath().getList("data.id", String.class));
            assertEquals(expected, suggested, caller.getKey() + " typing");
        }
    }

    @Test
    void theChangeFeedAndABodysUsagesShowOnlyWhatTheCallerMaySee() {
        for (var caller : CALLERS.entrySet()) {
            boolean personal = !caller.getKey().equals("anonymous");
            String feed = caller.getValue().get().get("/api/v1/changes?limit=100&since=" + before).then().statusCode(200).extract().asString();
            String usages = allPages(caller.getValue(), "/api/v1/organizations/" + OWNER + "/usages?limit=100");
            for (RecordStatus status : RecordStatus.values()) {
                boolean visible = SEES.get(caller.getKey()).contains(status);
                assertEquals(visible, feed.contains("\"" + ids.get(status) + "\""), caller.getKey() + ", feed, " + status.wire());
                assertEquals(visible, usages.contains("\"" + ids.get(status) + "\""), caller.getKey() + ", usages, " + status.wire());
            }
            assertEquals(personal, feed.contains(PRIVATE), caller.getKey() + ", feed: private contacts");
            assertEquals(personal, usages.contains(PRIVATE), caller.getKey() + ", usages: private contacts");
        }
    }

    @Test
    void anAnonymousCallerNeverReadsAPrivateContactAnywhere() {
        for (String path : List.of("/api/v1/solutions?limit=100", "/api/v1/solutions?limit=100&status=archived",
                "/api/v1/changes?limit=100&since=" + before, "/api/v1/organizations/" + OWNER + "/usages?limit=100",
                "/api/v1/search?q=témoin&limit=100")) {
            String body = api().get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(PRIVATE), path);
            assertFalse(body.contains("Personne Privée"), path);
        }
        assertTrue(asContributor("mtess").get("/api/v1/solutions/" + ids.get(RecordStatus.PUBLISHED)).then().extract().asString()
                .contains(RecordStatus.PUBLISHED.wire() + PRIVATE), "authenticated callers see personal details");
    }

    /** Exports and statistics show every caller what an anonymous caller sees: published records, no personal detail. */
    @Test
    void exportsAndStatisticsShowEveryCallerThePublicCatalogueOnly() {
        List<String> channels = List.of("/api/v1/export/catalogue.json", "/api/v1/export/code.json", "/api/v1/export/solutions.csv",
                "/api/v1/export/usages.csv", "/api/v1/statistics");
        for (var caller : CALLERS.entrySet()) {
            for (String path : channels) {
                String body = caller.getValue().get().get(path).then().statusCode(200).extract().asString();
                String where = caller.getKey() + " reading " + path;
                assertFalse(body.contains(PRIVATE), where + ": private contacts");
                assertFalse(body.contains("Personne Privée") || body.contains("Usager Privé"), where + ": private names");
                for (RecordStatus status : RecordStatus.values()) {
                    boolean shown = body.contains(ids.get(status));
                    if (status != RecordStatus.PUBLISHED) {
                        assertFalse(shown, where + ": the " + status.wire() + " solution");
                    } else if (!path.endsWith("statistics")) {
                        assertTrue(shown, where + ": the published solution");
                    }
                }
            }
        }
    }

    @Test
    void theDcatExportAndTheAtomFeedShowWhatAnonymousCallersSeeWhoeverAsks() {
        for (var caller : CALLERS.entrySet()) {
            for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
                String dcat = caller.getValue().get().accept(accept).get("/api/v1/export/dcat").then().statusCode(200).extract().asString();
                for (RecordStatus status : RecordStatus.values()) {
                    // Published records only: an archived one is no longer offered for reuse.
                    assertEquals(status == RecordStatus.PUBLISHED, dcat.contains("/api/v1/solutions/" + ids.get(status)),
                            caller.getKey() + ", DCAT " + accept + ", " + status.wire());
                }
                assertFalse(dcat.contains(PRIVATE) || dcat.contains("Personne Privée"), caller.getKey() + ", DCAT " + accept);
                assertTrue(dcat.contains("solutions@exemple.qc.ca"), "the public contact is the contact point");
            }
            String atom = caller.getValue().get().get("/api/v1/feeds/changes.atom?limit=100&organization=" + OWNER).then().statusCode(200)
                    .extract().asString();
            for (RecordStatus status : RecordStatus.values()) {
                assertEquals(SEES.get("anonymous").contains(status), atom.contains("/api/v1/solutions/" + ids.get(status) + "\""),
                        caller.getKey() + ", Atom, " + status.wire());
            }
            assertFalse(atom.contains(PRIVATE) || atom.contains("Personne Privée") || atom.contains("Usager Privé"), caller.getKey() + ", Atom");
        }
    }

    /**
     * The portal's pages read the same services through the same policy: a record's page in
     * both languages answers as its JSON does, the search page finds what the API's search
     * finds, a body's page lists what its usages list, and no page shows an anonymous caller
     * a private contact. The site map lists the published records only, whoever asks.
     */
    @Test
    void thePortalsPagesShowWhatThePolicyLetsEachCallerSee() {
        Map<String, Set<RecordStatus>> finds = Map.of(
                "anonymous", Set.of(RecordStatus.PUBLISHED),
                "owner", Set.of(RecordStatus.PUBLISHED, RecordStatus.SUBMITTED),
                "other", Set.of(RecordStatus.PUBLISHED),
                "curator", Set.of(RecordStatus.values()));
        for (var caller : CALLERS.entrySet()) {
            boolean personal = !caller.getKey().equals("anonymous");
            for (RecordStatus status : RecordStatus.values()) {
                String id = ids.get(status);
                int expected = SEES.get(caller.getKey()).contains(status) ? 200 : 404;
                for (String path : List.of("/solutions/" + id, "/en/solutions/" + id)) {
                    var answer = caller.getValue().get().get(path).then().extract();
                    String where = caller.getKey() + " reading " + path + " (" + status.wire() + ")";
                    assertEquals(expected, answer.statusCode(), where);
                    assertTrue(answer.contentType().startsWith("text/html"), where);
                    String page = answer.asString();
                    if (expected == 200) {
                        assertEquals(personal, page.contains(PRIVATE), where + ": private contacts");
                        assertEquals(personal, page.contains("Personne Privée"), where + ": private names");
                        assertTrue(page.contains("solutions@exemple.qc.ca"), where + ": the public contact");
                    } else {
                        assertFalse(page.contains("Témoin de visibilité"), where + ": nothing of the record");
                    }
                }
            }
            Set<String> expected = new TreeSet<>();
            finds.get(caller.getKey()).forEach(s -> expected.add(ids.get(s)));
            for (String path : List.of("/recherche?q=t%C3%A9moin+visibilit%C3%A9&kind=solution", "/en/search?q=t%C3%A9moin+visibilit%C3%A9&kind=solution")) {
                String page = caller.getValue().get().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString();
                Set<String> found = new TreeSet<>();
                for (RecordStatus status : RecordStatus.values()) {
                    if (page.contains("id=\"hit-solution-" + ids.get(status) + "\"")) {
                        found.add(ids.get(status));
                    }
                }
                assertEquals(expected, found, caller.getKey() + " searching on " + path);
                assertFalse(page.contains(PRIVATE), caller.getKey() + ", " + path);
            }
            for (String path : List.of("/organismes/" + OWNER, "/en/organizations/" + OWNER)) {
                String page = caller.getValue().get().get(path).then().statusCode(200).extract().asString();
                for (RecordStatus status : RecordStatus.values()) {
                    assertEquals(SEES.get(caller.getKey()).contains(status), page.contains("/solutions/" + ids.get(status) + "\""),
                            caller.getKey() + ", " + path + ", " + status.wire());
                }
                assertEquals(personal, page.contains(PRIVATE) || page.contains("Usager Privé"), caller.getKey() + ", " + path + ": private contacts");
            }
            String sitemap = caller.getValue().get().get("/sitemap.xml").then().statusCode(200).extract().asString();
            for (RecordStatus status : RecordStatus.values()) {
                assertEquals(status == RecordStatus.PUBLISHED, sitemap.contains("/solutions/" + ids.get(status) + "<"),
                        caller.getKey() + ", site map, " + status.wire());
            }
        }
    }

    /** Every page of a list, as one text: the body's usages are many, and other tests add more. */
    private static String allPages(Supplier<RequestSpecification> caller, String first) {
        StringBuilder all = new StringBuilder();
        String next = first;
        while (next != null) {
            var page = caller.get().get(next).then().statusCode(200).extract();
            all.append(page.asString());
            next = page.jsonPath().getString("links.next");
        }
        return all.toString();
    }

    private static Set<String> witnesses(RequestSpecification request, String path) {
        Set<String> found = new TreeSet<>();
        for (String id : request.get(path).then().statusCode(200).extract().jsonPath().getList("data.id", String.class)) {
            if (id.startsWith("temoin-de-visibilite")) {
                found.add(id);
            }
        }
        return found;
    }
}
