package ca.quebec.catalogue.export;

import static ca.quebec.catalogue.testing.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A build that outlasts the wait: the caller is told to come back (503, Retry-After,
 * a problem in its language) instead of holding a connection the idle timeout would
 * close with an empty reply; the build goes on, and a later request gets the file.
 */
@QuarkusTest
@TestProfile(ExportInPreparationTest.NoWaiting.class)
class ExportInPreparationTest {

    /** A wait no build can meet. */
    public static class NoWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.export.wait", "1ms", "catalogue.dcat.wait", "1ms");
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({ "catalogue.json, application/json, fr, L’export catalogue.json est en cours de construction",
            "usages.csv, text/csv, en, The export usages.csv is being built", "dcat, text/turtle, fr, L’export dcat est en cours" })
    void aSlowBuildAsksTheCallerToComeBackAndGoesOn(String file, String type, String language, String detail) throws Exception {
        Response first = api().header("Accept", type).header("Accept-Language", language).get("/api/v1/export/" + file);
        first.then().statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("type", containsString("export-in-preparation")).body("detail", containsString(detail));
        // The build went on without its caller: within a minute the file is there.
        Response later = first;
        for (int attempt = 0; attempt < 600 && later.statusCode() == 503; attempt++) {
            Thread.sleep(100);
            later = api().header("Accept", type).get("/api/v1/export/" + file);
        }
        assertEquals(200, later.statusCode(), later.asString());
        assertTrue(later.asByteArray().length > 1000);
    }
}
