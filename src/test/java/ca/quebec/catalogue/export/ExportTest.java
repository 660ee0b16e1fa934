package ca.quebec.catalogue.export;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import ca.quebec.catalogue.solution.SolutionTestData;
import ca.quebec.catalogue.testing.RawHttp;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * The whole-catalogue exports over HTTP: each format and the failures, conditional
 * requests, compression, one build per change-log position, and what an anonymous
 * caller may see, nothing more.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ExportTest {

    private static final String EXPORT = "/api/v1/export/";

    @Inject
    ExportFiles files;

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "catalogue.json          | 200 | application/json",
            "code.json               | 200 | application/json",
            "software.csv            | 200 | text/csv",
            "solutions.csv           | 200 | text/csv",
            "usages.csv              | 200 | text/csv",
            "organizations.csv       | 200 | text/csv",
            "catalogue.xml           | 404 | application/problem+json",
            "SOFTWARE.CSV            | 404 | application/problem+json",
            "software.csv.gz         | 404 | application/problem+json",
            "software.csv?limit=10   | 400 | application/problem+json" })
    void eachExportOrAProblem(String file, int status, String type) {
        var answer = badRequest().get(EXPORT + file).then().statusCode(status).contentType(startsWith(type));
        if (status == 200) {
            answer.header("ETag", startsWith("\"")).header("Last-Modified", org.hamcrest.Matchers.notNullValue())
                    .header("Content-Disposition", containsString("filename=\"" + file + "\""));
        } else if (status == 404) {
            answer.body("type", equalTo("/problems/not-found")).body("detail", containsString("catalogue.json"))
                    .header("Content-Language", "fr");
        } else {
            answer.body("type", equalTo("/problems/invalid-parameter")).body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        badRequest().header("Accept-Language", "en").get(EXPORT + "catalogue.rdf").then().statusCode(404)
                .contentType("application/problem+json").header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("There is no export named \"catalogue.rdf\"; the exports are catalogue.json, code.json, "
                        + "software.csv, solutions.csv, usages.csv and organizations.csv."));
        badRequest().get(EXPORT + "catalogue.rdf").then().statusCode(404).header("Content-Language", "fr")
                .body("detail", startsWith("Aucun export ne s’appelle « catalogue.rdf »"));
    }

    /** What a harvester sends back, and what it gets: 304 when its copy is current, the export otherwise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the tag read                            | TAG                                 |                  | 304",
            "the tag of the gzip variant             | GZIP_TAG                            |                  | 304",
            "a list holding the tag                  | '\"other\", TAG'                    |                  | 304",
            "any version                             | *                                   |                  | 304",
            "another tag                             | '\"1.catalogue.json\"'              |                  | 200",
            "a tag without quotes                    | BARE_TAG                            |                  | 200",
            "the time read                           |                                     | LAST_MODIFIED    | 304",
            "a later time                            |                                     | LATER            | 304",
            "an earlier time                         |                                     | EARLIER          | 200",
            "not a date (ignored, RFC 9110)          |                                     | hier             | 200",
            "a date in another format (ignored)      |                                     | 2024-01-01       | 200",
            "a tag that differs, and the time read   | '\"1.catalogue.json\"'              | LAST_MODIFIED    | 200",
            "the tag read, and an earlier time       | TAG                                 | EARLIER          | 304" })
    void conditionalRequests(String what, String ifNoneMatch, String ifModifiedSince, int expected) {
        String path = EXPORT + "software.csv";
        ExtractableResponse<Response> first = api().get(path).then().statusCode(200).extract();
        String tag = first.header("ETag").replace("-gzip\"", "\"");
        ZonedDateTime lastModified = ZonedDateTime.parse(first.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
        var request = badRequest();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch.replace("GZIP_TAG", tag.replaceAll("\"$", "-gzip\"")).replace("BARE_TAG", tag.replace("\"", ""))
                    .replace("TAG", tag));
        }
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", switch (ifModifiedSince) {
                case "LAST_MODIFIED" -> first.header("Last-Modified");
                case "LATER" -> http(lastModified.plusDays(1));
                case "EARLIER" -> http(lastModified.minusSeconds(1));
                default -> ifModifiedSince;
            });
        }
        var answer = request.get(path).then().statusCode(expected);
        if (expected == 304) {
            answer.header("ETag", startsWith(tag.substring(0, tag.length() - 1))).header("Last-Modified", first.header("Last-Modified"));
        }
    }

    private static String http(ZonedDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC));
    }

    @Test
    void theTagIsTheChangeLogPositionAndMovesWithTheCatalogueOnly() {
        var before = api().get(EXPORT + "catalogue.json").then().statusCode(200).extract();
        long seq = before.jsonPath().getLong("lastSeq");
        assertEquals("\"" + seq + ".catalogue.json\"", before.header("ETag").replace("-gzip\"", "\""), "a strong tag: the position and the file");
        String id = asCurator().contentType("application/json")
                .body(Map.of("name", "Étiquette D'Export", "description", Map.of("fr", "Un logiciel pour déplacer le journal.")))
                .post("/api/v1/software").then().statusCode(201).extract().path("id");
        var after = api().get(EXPORT + "catalogue.json").then().statusCode(200).extract();
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(after.jsonPath().getLong("lastSeq") > seq);
        assertTrue(after.jsonPath().getList("software.id", String.class).contains(id), "the new software is in");
        api().header("If-None-Match", before.header("ETag")).get(EXPORT + "catalogue.json").then().statusCode(200);
    }

    /** A thousand harvesters cost one build: the second request at a position is served from the first one's file. */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void oneBuildPerPosition(ExportFormat format) {
        api().get(EXPORT + format.file).then().statusCode(200);
        long built = files.builds();
        byte[] first = api().get(EXPORT + format.file).then().statusCode(200).extract().asByteArray();
        byte[] second = api().get(EXPORT + format.file).then().statusCode(200).extract().asByteArray();
        assertEquals(built, files.builds(), "no build while the change log stands still");
        assertArrayEquals(first, second);
        asCurator().contentType("application/json").body(Map.of("name", "Témoin De Construction " + format.ordinal(),
                "description", Map.of("fr", "Un logiciel pour déplacer le journal des changements."))).post("/api/v1/software")
                .then().statusCode(201);
        api().get(EXPORT + format.file).then().statusCode(200);
        api().get(EXPORT + format.file).then().statusCode(200);
        assertEquals(built + 1, files.builds(), "one build for the new position, whatever the number of requests");
    }

    /** The server compresses every export when asked (CSV is not among Quarkus' default types), with its own tag. */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void compressedWhenAsked(ExportFormat format) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RawHttp.port() + EXPORT + format.file);
        HttpResponse<byte[]> identity = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzip.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        String tag = identity.headers().firstValue("ETag").orElseThrow();
        assertEquals(tag.replaceAll("\"$", "-gzip\""), gzip.headers().firstValue("ETag").orElseThrow());
        byte[] inflated;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            inflated = in.readAllBytes();
        }
        assertArrayEquals(identity.body(), inflated);
        assertTrue(gzip.body().length * 3 < inflated.length, "compressed: " + gzip.body().length + " of " + inflated.length);
    }

    /** The JSON export holds what the API shows, in the same shapes. */
    @Test
    void catalogueJsonHoldsTheSingleResourceViews() throws IOException {
        var catalogue = api().get(EXPORT + "catalogue.json").then().statusCode(200).extract().jsonPath();
        assertEquals(api().get("/api/v1/software?limit=1").then().extract().jsonPath().getInt("meta.total"),
                catalogue.getList("software").size());
        assertEquals(api().get("/api/v1/solutions?limit=1").then().extract().jsonPath().getInt("meta.total"),
                catalogue.getList("solutions").size());
        assertEquals(api().get("/api/v1/organizations?limit=1").then().extract().jsonPath().getInt("meta.total"),
                catalogue.getList("organizations").size());
        assertEquals(api().get("/api/v1/categories?limit=1").then().extract().jsonPath().getInt("meta.total"),
                catalogue.getList("categories").size());
        for (String path : List.of("software/firefox", "organizations/sct", "categories/navigateur-web")) {
            String collection = path.substring(0, path.indexOf('/'));
            String id = path.substring(path.indexOf('/') + 1);
            Map<String, Object> single = api().get("/api/v1/" + path).then().statusCode(200).extract().jsonPath().getMap("");
            Map<String, Object> exported = catalogue.getMap(collection + ".find { it.id == '" + id + "' }");
            assertEquals(single, exported, path);
        }
        List<Map<String, Object>> firefoxUsages = catalogue.getList("usages.findAll { it.software == 'firefox' }");
        assertEquals(api().get("/api/v1/software/firefox/usages?limit=1").then().extract().jsonPath().getInt("meta.total"),
                firefoxUsages.size());
    }

    /**
     * What an anonymous caller may not read is in no export, whoever asks: a submission,
     * a private contact on a published solution and on a usage.
     */
    @Test
    void noExportHoldsASubmissionOrAPrivateContact() {
        String submitted = asContributor("mtess").contentType("application/json").body(Map.of("name", "Soumission Non Publiée",
                "description", Map.of("fr", "Une soumission qui attend un conservateur."))).post("/api/v1/software")
                .then().statusCode(201).extract().path("id");
        String published = asCurator().contentType("application/json")
                .body(SolutionTestData.solution("Réservations exportées", "https://git.exemple.qc.ca/reservations-exportees"))
                .post("/api/v1/solutions").then().statusCode(201).extract().path("id");
        asContributor("mtess").contentType("application/json")
                .body(Map.of("status", "production", "contacts", List.of(Map.of("name", "Référente Secrète", "email", "referente@secret.exemple.qc.ca"))))
                .put("/api/v1/solutions/" + published + "/usages/mtess").then().statusCode(201);
        for (ExportFormat format : ExportFormat.values()) {
            for (var caller : List.of(api(), asCurator(), asContributor("mtess"))) {
                String body = caller.get(EXPORT + format.file).then().statusCode(200).extract().asString();
                assertFalse(body.contains(submitted) || body.contains("Soumission Non Publiée"), format.file + ": a submission");
                for (String personal : List.of("responsable@exemple.qc.ca", "Responsable Fictif", "referente@secret.exemple.qc.ca", "Référente Secrète")) {
                    assertFalse(body.contains(personal), format.file + ": " + personal);
                }
                if (format != ExportFormat.ORGANIZATIONS_CSV && format != ExportFormat.SOFTWARE_CSV) {
                    assertTrue(body.contains(published), format.file + ": the published solution");
                }
                if (format == ExportFormat.SOLUTIONS_CSV || format == ExportFormat.CODE_JSON || format == ExportFormat.CATALOGUE_JSON) {
                    assertTrue(body.contains("solutions@exemple.qc.ca"), format.file + ": the public contact");
                }
            }
        }
    }
}
