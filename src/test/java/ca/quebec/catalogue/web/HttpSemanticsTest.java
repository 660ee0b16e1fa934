package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.RawHttp;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * What caches, browsers and clients rely on besides the body: Vary, one strong
 * tag per encoding, tags and 304s on lists, Allow on 405 and OPTIONS,
 * WWW-Authenticate on every 401, preflights kept for a while, problem types that
 * resolve to a page.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class HttpSemanticsTest {

    private static RawHttp.Answer get(String path, String... headers) throws IOException {
        return RawHttp.send("GET " + path + " HTTP/1.1" + Arrays.stream(headers).map(h -> "\r\n" + h).collect(Collectors.joining()),
                null, false);
    }

    private static Set<String> vary(RawHttp.Answer answer) {
        return Arrays.stream(answer.headers().getOrDefault("vary", "").split(",")).map(String::trim)
                .map(v -> v.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCompressedAnswerVariesAndCarriesItsOwnStrongTag() throws IOException {
        RawHttp.Answer identity = get("/api/v1/software/gimp");
        RawHttp.Answer gzip = get("/api/v1/software/gimp", "Accept-Encoding: gzip");
        RawHttp.Answer deflate = get("/api/v1/software/gimp", "Accept-Encoding: deflate;q=1, gzip;q=0.5");
        assertEquals(null, identity.headers().get("content-encoding"));
        assertEquals("gzip", gzip.headers().get("content-encoding"));
        assertEquals("deflate", deflate.headers().get("content-encoding"));
        String tag = identity.headers().get("etag");
        assertTrue(tag.startsWith("\""), tag);
        assertEquals(tag.replaceAll("\"$", "-gzip\""), gzip.headers().get("etag"));
        assertEquals(tag.replaceAll("\"$", "-deflate\""), deflate.headers().get("etag"));
        for (RawHttp.Answer answer : new RawHttp.Answer[] { identity, gzip, deflate }) {
            assertEquals(Set.of("accept-encoding", "origin"), vary(answer), answer.headers().toString());
        }
        // Any variant's tag names the same version.
        assertEquals(304, get("/api/v1/software/gimp", "If-None-Match: " + gzip.headers().get("etag")).status());
        assertEquals(304, get("/api/v1/software/gimp", "Accept-Encoding: gzip", "If-None-Match: " + tag).status());
    }

    @Test
    void aWriteAcceptsTheTagOfTheCompressedVariantItRead() throws IOException {
        String curator = Keys.curator();
        RawHttp.Answer read = get("/api/v1/software/inkscape", "Accept-Encoding: gzip", "Authorization: Bearer " + curator);
        String tag = read.headers().get("etag");
        assertTrue(tag.endsWith("-gzip\""), tag);
        api(curator).header("If-Match", tag).contentType("application/merge-patch+json").body(Map.of("keywords", java.util.List.of("dessin vectoriel")))
                .patch("/api/v1/software/inkscape").then().statusCode(200);
        badRequest(curator).header("If-Match", tag).contentType("application/merge-patch+json").body(Map.of("keywords", java.util.List.of("svg")))
                .patch("/api/v1/software/inkscape").then().statusCode(412);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/api/v1/software?limit=3", "/api/v1/organizations/sct/usages?limit=3", "/api/v1/search?q=courriel",
            "/api/v1/categories", "/api/v1/changes?limit=2" })
    void listsHaveAWeakTagAndAnswer304(String path) {
        String tag = api().get(path).then().statusCode(200).header("ETag", startsWith("W/\"")).extract().header("ETag");
        api().header("If-None-Match", tag).get(path).then().statusCode(304);
        api().header("If-None-Match", "W/\"autre\"").get(path).then().statusCode(200);
    }

    @Test
    void aListsTagMovesWithItsContent() {
        String path = "/api/v1/software?limit=1&sort=-updatedAt";
        String before = api().get(path).then().extract().header("ETag");
        String id = api(Keys.curator()).contentType("application/json")
                .body(Map.of("name", "Étiquette De Liste", "description", Map.of("fr", "Un logiciel pour changer la liste.")))
                .post("/api/v1/software").then().statusCode(201).extract().path("id");
        String after = api().get(path).then().body("data[0].id", equalTo(id)).extract().header("ETag");
        assertNotEquals(before, after);
    }

    @ParameterizedTest(name = "OPTIONS {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/software                         | GET, HEAD, OPTIONS, POST",
            "/api/v1/software/gimp                    | GET, HEAD, OPTIONS, PATCH",
            "/api/v1/software/gimp/usages/sct         | DELETE, GET, HEAD, OPTIONS, PUT",
            "/api/v1/software/gimp/approve            | OPTIONS, POST",
            "/api/v1/solutions/import                 | GET, HEAD, OPTIONS, PATCH, POST",
            "/api/v1/categories                       | GET, HEAD, OPTIONS",
            "/api/v1/admin/api-keys/abc               | DELETE, OPTIONS" })
    void optionsListsOnlyTheMethodsThePathAnswers(String path, String methods) {
        api().options(path).then().statusCode(204).header("Allow", methods);
    }

    @Test
    void optionsOnAPathThatDoesNotExistIs404() {
        given().options("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/no-such-path"));
    }

    @ParameterizedTest(name = "{0} {1} -> Allow: {2}")
    @CsvSource(delimiter = '|', value = {
            "DELETE | /api/v1/organizations/sct | GET, HEAD, OPTIONS, PATCH",
            "PUT    | /api/v1/categories        | GET, HEAD, OPTIONS",
            "GET    | /api/v1/software/gimp/approve | OPTIONS, POST" })
    void a405SaysWhatIsAllowed(String method, String path, String allowed) {
        given().request(method, path).then().statusCode(405).header("Allow", allowed)
                .contentType("application/problem+json").body("type", equalTo("/problems/method-not-allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no key on a write             |                           | Bearer realm=\"catalogue\"",
            "an unknown key                | Bearer not-a-key          | Bearer realm=\"catalogue\", error=\"invalid_token\"",
            "another scheme                | Basic dXNlcjpwYXNz        | Bearer realm=\"catalogue\", error=\"invalid_request\"" })
    void every401SaysHowToAuthenticate(String why, String authorization, String challenge) {
        var request = given().contentType("application/json").body("{}");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.post("/api/v1/software/gimp/approve").then().statusCode(401).header("WWW-Authenticate", challenge)
                .contentType("application/problem+json");
    }

    @Test
    void aPreflightIsKeptForADayAndAnswersVaryOnOrigin() {
        given().header("Origin", "https://www.quebec.ca").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "if-match,content-type,authorization")
                .options("/api/v1/software/gimp").then().statusCode(200)
                .header("Access-Control-Max-Age", "86400")
                .header("Access-Control-Allow-Origin", "https://www.quebec.ca");
        api().header("Origin", "https://www.quebec.ca").get("/api/v1/software/gimp").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://www.quebec.ca").header("Vary", containsString("Origin"));
    }

    @Test
    void aProblemsTypeResolvesToAPageThatDescribesIt() {
        String type = badRequest().get("/api/v1/software/nothing-by-that-name").then().statusCode(404).extract().path("type");
        given().accept("application/json").get(type).then().statusCode(200)
                .body("type", equalTo(type.substring("/problems/".length())))
                .body("title.fr", equalTo("Ressource introuvable")).body("title.en", equalTo("Not found"))
                .body("about.fr", containsString("404")).body("about.en", containsString("404"));
        given().accept("text/html").get(type).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>Ressource introuvable</h1>")).body(containsString("lang=\"en\""));
        given().get("/problems/no-such-problem").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyProblemTypeTheServiceNamesHasItsPage() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/messages.properties"))) {
            if (line.matches("problem\\.[a-z-]+\\.title=.*")) {
                String type = line.substring("problem.".length(), line.indexOf(".title"));
                if (given().accept("application/json").get("/problems/" + type).statusCode() != 200) {
                    missing.add(type);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
