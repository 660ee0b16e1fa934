package ca.quebec.catalogue.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys for tests, issued through the API with the test profile's bootstrap
 * admin key. Keys live in the database of one application start: the tests
 * that use them all run under {@code WritesProfile}.
 */
public final class Keys {

    /** The bootstrap admin key set for the test profile in application.properties. */
    public static final String ADMIN = "test-admin-key-for-the-test-suite-only";

    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private Keys() {
    }

    /** A key for the organization and role, issued once per test run. */
    public static String of(String organization, String role) {
        return ISSUED.computeIfAbsent(organization + "/" + role, k -> issue(organization, role, "tests " + k));
    }

    public static String issue(String organization, String role, String label) {
        return given().header("Authorization", "Bearer " + ADMIN).contentType("application/json")
                .body(Map.of("organization", organization, "role", role, "label", label))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
    }

    public static String contributor(String organization) {
        return of(organization, "contributor");
    }

    public static String curator() {
        return of("sct", "curator");
    }
}
