package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.badRequest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every error is problem+json in the caller's language, and no read request ends in a 500. */
@QuarkusTest
class ProblemsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,    /api/v1/nothing-here,          404, /problems/no-such-path",
            "DELETE, /api/v1/organizations/sct,      405, /problems/method-not-allowed",
            "PUT,    /api/v1/categories,             405, /problems/method-not-allowed" })
    void httpLevelErrorsAreProblems(String method, String path, int status, String type) {
        given().request(method, path).then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = { "text/html", "application/xml", "image/png" })
    void anUnavailableFormatIs406(String accept) {
        badRequest().accept(accept).get("/api/v1/software/firefox").then().statusCode(406)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-acceptable"));
    }

    @ParameterizedTest(name = "Accept-Language: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "fr                    | fr",
            "fr-CA                 | fr",
            "en                    | en",
            "en-US,en;q=0.9        | en",
            "de-DE,en;q=0.5        | en",
            "de                    | fr",
            "*                     | fr",
            "en;q=0.2,fr;q=0.8     | fr",
            "not a language!!      | fr" })
    void frenchUnlessEnglishIsPreferred(String acceptLanguage, String expected) {
        given().header("Accept-Language", acceptLanguage).get("/api/v1/organizations/none").then().statusCode(404)
                .header("Content-Language", expected);
    }

    /** Odd input on read endpoints: always a 4xx (or a 200), never a 500 or a stack trace. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/software/%00", "/api/v1/software/%C3%A9%E2%82%AC", "/api/v1/software/..%2F..%2Fetc", "/api/v1/software/a%20b",
            "/api/v1/software?limit=99999999999999999999", "/api/v1/software?limit=1e3", "/api/v1/software?limit=%00",
            "/api/v1/software?cursor=%FF%FE", "/api/v1/software?cursor=eyJ9", "/api/v1/software?cursor=WzEsMiwzXQ",
            "/api/v1/software?sort=%27%3Bdrop%20table%20catalogue_record", "/api/v1/software?category=%27%20or%201%3D1",
            "/api/v1/software?licence=MIT%20OR%20Apache-2.0", "/api/v1/software?organization=",
            "/api/v1/organizations?type=%00", "/api/v1/licences/%2e%2e", "/api/v1/licences?osiApproved=TRUE",
            "/api/v1/categories?cursor=WyJpZCIsIiIsIid6In0", "/api/v1/organizations/sct/usages?cursor=WyJyZWNvcmQiLDEsMl0" })
    void noReadRequestEndsInAServerError(String path) {
        given().urlEncodingEnabled(false).get(path).then()
                .statusCode(lessThan(500))
                .body(not(containsString("Exception")))
                .contentType(anyOf(startsWith("application/json"), startsWith("application/problem+json")));
    }
}
