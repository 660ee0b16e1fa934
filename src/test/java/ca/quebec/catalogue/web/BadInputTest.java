package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.badRequest;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * Malformed, oversized and hostile writes: each gets a 4xx problem+json that
 * names the field (when there is one), and leaves every table exactly as it was.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class BadInputTest {

    @Inject
    Fingerprint fingerprint;

    static final String CONTRIBUTOR = "contributor:mern";
    static final String CURATOR = "curator";
    static final String NONE = "none";
    static final String ADMIN = "admin";
    static final String SOFTWARE = "/api/v1/software";
    static final String USAGE = "/api/v1/software/gimp/usages/mern";
    static final String BULK = "/api/v1/organizations/mern/usages/bulk";
    static final String JSON = "application/json";
    static final String PATCH_JSON = "application/merge-patch+json";
    static final String VALID = "{\"name\":\"Nouvel Outil\",\"description\":{\"fr\":\"Un outil.\"}}";

    static Stream<Arguments> badWrites() {
        String longName = "x".repeat(201);
        String huge = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        return Stream.of(
                // method, path, caller, content type, body, status, field
                Arguments.of("POST", SOFTWARE, NONE, JSON, VALID, 401, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":", 400, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"a\",}", 400, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "[]", 400, ""),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "\"text\"", 400, ""),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, "text/plain", VALID, 415, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, "application/xml", "<software/>", 415, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, huge, 413, null),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{}", 422, "/name"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"colour\":\"red\"}", 422, "/colour"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":5,\"description\":{\"fr\":\"x\"}}", 422, "/name"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":\"x\"}", 422, "/description"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"en\":\"only English\"}}", 422, "/description/fr"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"" + longName + "\",\"description\":{\"fr\":\"x\"}}", 422, "/name"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\\u0000B\",\"description\":{\"fr\":\"x\"}}", 422, "/name"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"---\",\"description\":{\"fr\":\"x\"}}", 422, "/name"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"id\":\"Bad Id!\",\"name\":\"A\",\"description\":{\"fr\":\"x\"}}", 422, "/id"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"licence\":\"GPL-2.0\"}", 422, "/licence"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"licence\":\"MIT OR\"}", 422, "/licence"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"licence\":\"Licence libre\"}", 422, "/licence"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"licence\":\"(MIT\"}", 422, "/licence"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"homepage\":\"javascript:alert(1)\"}", 422, "/homepage"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"repository\":\"ftp://example.org/x\"}", 422, "/repository"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"homepage\":\"not a url\"}", 422, "/homepage"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"categories\":[\"nope\"]}", 422, "/categories/0"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"platforms\":[\"amiga\"]}", 422, "/platforms/0"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"keywords\":[\"a\",\"a\"]}", 422, "/keywords/1"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"freeSoftware\":\"yes\"}", 422, "/freeSoftware"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"curatorNote\":{\"fr\":\"x\"}}", 422, "/curatorNote"),
                Arguments.of("POST", SOFTWARE, CONTRIBUTOR, JSON, "{\"name\":\"A\",\"description\":{\"fr\":\"x\"},\"aliases\":[" + "\"a\",".repeat(50) + "\"b\"]}", 422, "/aliases"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"installations\":\"beaucoup\"}", 422, "/installations"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"status\":\"used\"}", 422, "/status"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"since\":\"2019-13\"}", 422, "/since"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"since\":\"last year\"}", 422, "/since"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"contacts\":[{\"email\":\"not-an-email\"}]}", 422, "/contacts/0/email"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"contacts\":[{\"phone\":\"call me\"}]}", 422, "/contacts/0/phone"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"contacts\":[{}]}", 422, "/contacts/0"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"useCase\":{\"en\":\"no French\"}}", 422, "/useCase/fr"),
                Arguments.of("PUT", USAGE, CONTRIBUTOR, JSON, "{\"versions\":\"1.0\"}", 422, "/versions"),
                Arguments.of("PUT", "/api/v1/software/no-such-software/usages/mern", CONTRIBUTOR, JSON, "{}", 404, null),
                Arguments.of("PUT", "/api/v1/software/gimp/usages/no-such-body", CURATOR, JSON, "{}", 404, null),
                Arguments.of("PUT", "/api/v1/software/gimp/usages/sct", CONTRIBUTOR, JSON, "{}", 403, null),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"usages\":[]}", 422, "/mode"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"overwrite\",\"usages\":[]}", 422, "/mode"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":{}}", 422, "/usages"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[],\"dryRun\":true}", 422, "/dryRun"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[{\"software\":\"gimp\"},{\"software\":\"nope\"}]}", 422, "/usages/1/software"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[{\"software\":\"gimp\",\"installations\":5}]}", 422, "/usages/0/installations"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[7]}", 422, "/usages/0"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[{\"software\":\"gi\\u0000mp\"}]}", 422, "/usages/0/software"),
                Arguments.of("POST", "/api/v1/admin/api-keys", CURATOR, JSON, "{\"organization\":\"s\\u0000ct\"}", 422, "/organization"),
                Arguments.of("POST", BULK, CONTRIBUTOR, JSON, "{\"mode\":\"replace\",\"usages\":[{}]}", 422, "/usages/0/software"),
                Arguments.of("POST", "/api/v1/organizations/sct/usages/bulk", CONTRIBUTOR, JSON, "{\"mode\":\"merge\",\"usages\":[]}", 403, null),
                Arguments.of("PATCH", "/api/v1/software/gimp", CURATOR, JSON, "{\"name\":\"GIMP 3\"}", 415, null),
                Arguments.of("PATCH", "/api/v1/software/gimp", CURATOR, PATCH_JSON, "{\"name\":\"GIMP 3\"}", 428, null),
                Arguments.of("PATCH", "/api/v1/software/gimp", CONTRIBUTOR, PATCH_JSON, "{\"name\":\"GIMP 3\"}", 403, null),
                Arguments.of("POST", "/api/v1/software/gimp/approve", CONTRIBUTOR, JSON, "{}", 403, null),
                Arguments.of("POST", "/api/v1/software/gimp/approve", CURATOR, JSON, "{}", 409, null),
                Arguments.of("POST", "/api/v1/software/gimp/archive", CURATOR, JSON, "{\"reason\":\"\"}", 422, "/reason"),
                Arguments.of("POST", "/api/v1/software/gimp/archive", CURATOR, JSON, "{\"reason\":5}", 422, "/reason"),
                Arguments.of("POST", "/api/v1/admin/api-keys", CONTRIBUTOR, JSON, "{}", 403, null),
                Arguments.of("DELETE", "/api/v1/software/gimp/usages/sct", NONE, JSON, "", 401, null),
                // The register of public bodies: admins only, every field checked.
                Arguments.of("POST", ORGANIZATIONS, NONE, JSON, organization("\"id\":\"mcn\""), 401, null),
                Arguments.of("POST", ORGANIZATIONS, CONTRIBUTOR, JSON, organization("\"id\":\"mcn\""), 403, null),
                Arguments.of("POST", ORGANIZATIONS, CURATOR, JSON, organization("\"id\":\"mcn\""), 403, null),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, "{}", 422, "/id"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"Bad Id\""), 422, "/id"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"" + "a".repeat(65) + "\""), 422, "/id"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mern\""), 409, null),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, "{\"id\":\"mcn\",\"type\":\"ministry\"}", 422, "/name"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, "{\"id\":\"mcn\",\"type\":\"ministry\",\"name\":{\"fr\":\" \"}}", 422, "/name/fr"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, "{\"id\":\"mcn\",\"type\":\"ministere\",\"name\":{\"fr\":\"X\"}}", 422, "/type"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"parent\":\"nope\""), 422, "/parent"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"website\":\"ftp://mcn.gouv.qc.ca\""), 422, "/website"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"acronym\":\"" + "A".repeat(33) + "\""), 422, "/acronym"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"aliases\":[" + "\"a\",".repeat(20) + "\"b\"]"), 422, "/aliases"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"aliases\":[\"a\",\"a\"]"), 422, "/aliases/1"),
                Arguments.of("POST", ORGANIZATIONS, ADMIN, JSON, organization("\"id\":\"mcn\",\"colour\":\"red\""), 422, "/colour"),
                Arguments.of("PATCH", ORGANIZATIONS + "/mern", ADMIN, PATCH_JSON, "{\"acronym\":\"MERN\"}", 428, null),
                Arguments.of("PATCH", ORGANIZATIONS + "/mern", CONTRIBUTOR, PATCH_JSON, "{\"acronym\":\"MERN\"}", 403, null));
    }

    static final String ORGANIZATIONS = "/api/v1/organizations";

    /** A valid organization body with the given members first. */
    static String organization(String members) {
        return "{" + members + ",\"name\":{\"fr\":\"Ministère de la Cybersécurité et du Numérique\"},\"type\":\"ministry\"}";
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {5} {6}")
    @MethodSource("badWrites")
    void refusedWithAProblemAndNothingChanges(String method, String path, String caller, String contentType, String body, int status,
            String field) {
        String before = fingerprint.take();
        var answer = as(caller, badRequest()).contentType(contentType).body(body).request(method, path).then().statusCode(status)
                .contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
        if (field != null) {
            answer.body("errors.field", hasItem(field));
        }
        assertEquals(before, fingerprint.take(), "a refused request changes nothing");
    }

    /** Every refusal, whatever its status, speaks English when asked: its title is the English one for its type, not the French. */
    @ParameterizedTest(name = "English: {0} {1} as {2}: {5}")
    @MethodSource("badWrites")
    void theSameRefusalsInEnglish(String method, String path, String caller, String contentType, String body, int status, String field) {
        var answer = as(caller, badRequest().header("Accept-Language", "en")).contentType(contentType).body(body)
                .request(method, path).then().statusCode(status).header("Content-Language", "en")
                .contentType("application/problem+json").extract().jsonPath();
        String type = answer.getString("type").substring("/problems/".length());
        String english = Messages.get(Messages.ENGLISH, "problem." + type + ".title");
        assertEquals(english, answer.getString("title"));
        assertNotEquals(Messages.get(Messages.FRENCH, "problem." + type + ".title"), english, "the bundles differ for " + type);
        if (field != null) {
            assertTrue(answer.getList("errors.field").contains(field));
        }
    }

    private static RequestSpecification as(String caller, RequestSpecification request) {
        if (caller.startsWith("contributor:")) {
            return request.header(bearer(Keys.contributor(caller.substring("contributor:".length()))));
        }
        return switch (caller) {
            case CURATOR -> request.header(bearer(Keys.curator()));
            case ADMIN -> request.header(bearer(Keys.ADMIN));
            case NONE -> request;
            default -> throw new IllegalArgumentException(caller);
        };
    }
}
