package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ca.quebec.catalogue.testing.RawHttp;

/** Every answer carries the request's id: the caller's when safe, else a new one; the logs of the request carry it too. */
@QuarkusTest
class RequestIdsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void aSafeIdIsEchoed() {
        String id = "portail-7f3a.2b_1";
        api().header(RequestIds.HEADER, id).get("/api/v1/software/libreoffice").then().statusCode(200).header(RequestIds.HEADER, id);
        String longest = "a".repeat(128);
        api().header(RequestIds.HEADER, longest).get("/api/v1/categories").then().statusCode(200).header(RequestIds.HEADER, longest);
    }

    @Test
    void withoutOneANewIdIsGiven() {
        String first = api().get("/api/v1/software/libreoffice").then().statusCode(200).extract().header(RequestIds.HEADER);
        String second = api().get("/api/v1/software/libreoffice").then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(first.matches(UUID), first);
        assertTrue(second.matches(UUID), second);
        assertNotEquals(first, second);
    }

    @Test
    void anUnsafeIdIsReplacedNotRefused() {
        for (String unsafe : List.of("a".repeat(129), "deux mots", "a\"b", "{x}", "é", "<script>", "a/b", "a%0Ab")) {
            String answered = api().header(RequestIds.HEADER, unsafe).get("/api/v1/software/libreoffice").then().statusCode(200)
                    .extract().header(RequestIds.HEADER);
            assertTrue(answered.matches(UUID), unsafe + " → " + answered);
        }
        String empty = api().header(RequestIds.HEADER, "").get("/api/v1/categories").then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(empty.matches(UUID), empty);
    }

    /** Refusals at the edge, unknown paths, Quarkus' own endpoints and CORS preflights carry one too. */
    @Test
    void everyAnswerCarriesOne() throws Exception {
        badRequest().header(RequestIds.HEADER, "refused-1").get("/api/v1/software/nope-nope").then().statusCode(404)
                .header(RequestIds.HEADER, "refused-1");
        given().header(RequestIds.HEADER, "unknown-1").get("/nulle-part").then().statusCode(404).header(RequestIds.HEADER, "unknown-1");
        badRequest().header(RequestIds.HEADER, "long-1").get("/api/v1/software/" + "a".repeat(5000)).then().statusCode(414)
                .header(RequestIds.HEADER, "long-1");
        assertEquals("escape-1", RawHttp.send("GET /api/v1/software/%zz HTTP/1.1\r\nX-Request-Id: escape-1", null, false).headers()
                .get("x-request-id"));
        api().header(RequestIds.HEADER, "health-1").get("/q/health/live").then().statusCode(200).header(RequestIds.HEADER, "health-1");
        given().header("Origin", "https://portail.exemple.qc.ca").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type").header(RequestIds.HEADER, "preflight-1")
                .options("/api/v1/software/libreoffice").then().statusCode(200).header(RequestIds.HEADER, "preflight-1");
        given().header("Origin", "https://portail.exemple.qc.ca").get("/api/v1/software/libreoffice").then().statusCode(200)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString(RequestIds.HEADER));
    }

    /**
     * A line logged while a request is served, on the worker thread that serves it, carries
     * the request's id in its logging context: here Hibernate's SQL statements, turned on for
     * the test.
     */
    @Test
    void theLogsOfARequestCarryItsId() {
        Logger sql = LogContext.getLogContext().getLogger("org.hibernate.SQL");
        Level level = sql.getLevel();
        List<ExtLogRecord> captured = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // The logging context as it is on the thread that logs (read later, it would be the test's).
                ExtLogRecord kept = ExtLogRecord.wrap(record);
                kept.copyAll();
                synchronized (captured) {
                    captured.add(kept);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        sql.addHandler(capture);
        sql.setLevel(Level.FINE);
        try {
            api().header(RequestIds.HEADER, "journal-1").get("/api/v1/software/libreoffice/usages").then().statusCode(200);
            api().get("/api/v1/software/gimp/usages").then().statusCode(200);
        } finally {
            sql.setLevel(level);
            sql.removeHandler(capture);
        }
        Set<String> ids = new HashSet<>();
        synchronized (captured) {
            captured.forEach(r -> ids.add(r.getMdc(RequestIds.MDC_KEY)));
        }
        assertTrue(ids.contains("journal-1"), "the statements of the first request carry its id: " + ids);
        assertTrue(ids.stream().anyMatch(id -> id != null && id.matches(UUID)), "the second's, a new one: " + ids);
    }

    @Test
    void idsAreCheckedAsDocumented() {
        assertEquals("a.B-9_z", RequestIds.idFor("a.B-9_z"));
        assertEquals("x".repeat(128), RequestIds.idFor("x".repeat(128)));
        assertTrue(RequestIds.idFor("x".repeat(129)).matches(UUID));
        assertTrue(RequestIds.idFor(null).matches(UUID));
        assertTrue(RequestIds.idFor("a\nb").matches(UUID));
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(RequestIds.generate());
        }
        assertEquals(10_000, many.size());
    }
}
