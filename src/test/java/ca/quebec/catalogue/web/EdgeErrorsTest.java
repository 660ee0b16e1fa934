package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.RawHttp;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Requests that fail below the REST layer, or that an HTTP client would not
 * send: each answers problem+json in the caller's language, with the right
 * status, and changes nothing.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class EdgeErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fingerprint fingerprint;

    /** What is sent: the request line, extra headers, the body and whether it is chunked; what comes back. */
    static Stream<Arguments> requests() {
        byte[] bigBulk = ("{\"mode\":\"merge\",\"usages\":[" + "{\"software\":\"gimp\"},".repeat(60_000) + "{\"software\":\"gimp\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("bad escape in the path", "GET /api/v1/software/%zz HTTP/1.1", "", null, false, 400, "bad-uri"),
                Arguments.of("bad escape in the query", "GET /api/v1/software?category=%zz HTTP/1.1", "", null, false, 400, "bad-uri"),
                Arguments.of("cut escape", "GET /api/v1/software?category=%2 HTTP/1.1", "", null, false, 400, "bad-uri"),
                Arguments.of("URI over 4 KiB", "GET /api/v1/software/" + "a".repeat(5000) + " HTTP/1.1", "", null, false, 414, "uri-too-long"),
                Arguments.of("body over 1 MiB with a length", "POST /api/v1/organizations/mern/usages/bulk HTTP/1.1", "contributor",
                        bigBulk, false, 413, "payload-too-large"),
                Arguments.of("body over 1 MiB, chunked", "POST /api/v1/organizations/mern/usages/bulk HTTP/1.1", "contributor",
                        bigBulk, true, 413, "payload-too-large"),
                Arguments.of("malformed content type", "POST /api/v1/software HTTP/1.1\r\nContent-Type: a/b/c", "contributor",
                        "{}".getBytes(StandardCharsets.UTF_8), false, 415, "unsupported-media-type"),
                Arguments.of("key given twice", "POST /api/v1/software/gimp/archive HTTP/1.1\r\nContent-Type: application/json", "curator",
                        "{\"reason\":\"a\",\"reason\":\"b\"}".getBytes(StandardCharsets.UTF_8), false, 400, "malformed-json"),
                Arguments.of("nested key given twice", "POST /api/v1/software HTTP/1.1\r\nContent-Type: application/json", "contributor",
                        "{\"name\":\"X\",\"description\":{\"fr\":\"a\",\"fr\":\"b\"}}".getBytes(StandardCharsets.UTF_8), false, 400, "malformed-json"),
                Arguments.of("unknown query parameter", "GET /api/v1/software?categorie=navigateur-web HTTP/1.1", "", null, false, 400,
                        "invalid-parameter"),
                Arguments.of("half a surrogate pair", "POST /api/v1/software HTTP/1.1\r\nContent-Type: application/json", "contributor",
                        "{\"name\":\"A\\ud800B\",\"description\":{\"fr\":\"x\"}}".getBytes(StandardCharsets.UTF_8), false, 422,
                        "validation-failed"));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("requests")
    void answeredWithAProblemInTheCallersLanguageAndNothingChanges(String what, String line, String caller, byte[] body, boolean chunked,
            int status, String type) throws IOException {
        String authorization = authorization(caller);
        for (String language : new String[] { "fr", "en" }) {
            String before = fingerprint.take();
            String head = line + "\r\nAccept-Language: " + language + authorization;
            RawHttp.Answer answer = RawHttp.send(head, body, chunked);
            assertEquals(status, answer.status(), what + ": " + answer.body());
            assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/problem+json"), what);
            assertEquals(language, answer.headers().get("content-language"), what);
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals("/problems/" + type, problem.path("type").asText(), what);
            assertEquals(status, problem.path("status").asInt(), what);
            assertEquals(Messages.get(language.equals("en") ? Messages.ENGLISH : Messages.FRENCH, "problem." + type + ".title"),
                    problem.path("title").asText(), what);
            String field = field(what);
            if (field != null) {
                assertEquals(field, problem.path("errors").path(0).path("field").asText(), what + ": " + problem);
            }
            assertEquals(before, fingerprint.take(), what + ": a refused request changes nothing");
        }
    }

    /** The field a refusal names, when there is one. */
    private static String field(String what) {
        return switch (what) {
            case "key given twice" -> "/reason";
            case "nested key given twice" -> "/description/fr";
            case "unknown query parameter" -> "categorie";
            case "half a surrogate pair" -> "/name";
            default -> null;
        };
    }

    private static String authorization(String caller) {
        return switch (caller) {
            case "contributor" -> "\r\nAuthorization: Bearer " + Keys.contributor("mern");
            case "curator" -> "\r\nAuthorization: Bearer " + Keys.curator();
            default -> "";
        };
    }
}
