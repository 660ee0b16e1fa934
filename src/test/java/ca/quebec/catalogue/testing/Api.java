package ca.quebec.catalogue.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Requests whose answers are checked against the contract checked in under
 * openapi/ ({@link ContractCheck}): an answer that the contract does not
 * describe fails the test. Callers are chosen here ({@link #asContributor},
 * {@link #asCurator}, {@link #asAdmin}, {@link #api(String)} for a key at hand)
 * rather than by hand-written Authorization headers.
 */
public final class Api {

    public static final String CONTRACT = ContractCheck.CONTRACT;

    private Api() {
    }

    /** A request whose answer is checked against the contract. */
    public static RequestSpecification api() {
        return given().filter(ContractCheck.instance());
    }

    /** A request that is bad on purpose; its answer must still be one the contract describes. */
    public static RequestSpecification badRequest() {
        return given().filter(ContractCheck.instance());
    }
    /**
     * The Authorization header that carries an API key. (RestAssured's own
     * {@code auth().oauth2()} is applied after filters, so the contract check would not see it.)
     */
    public static Header bearer(String key) {
        return new Header("Authorization", "Bearer " + key);
    }

    /** A request validated against the contract, sent with an API key. */
    public static RequestSpecification api(String key) {
        return api().header(bearer(key));
    }

    /** A request that is bad on purpose, sent with an API key. */
    public static RequestSpecification badRequest(String key) {
        return badRequest().header(bearer(key));
    }

    /** As a contributor of the organization (its key is issued once per test run). */
    public static RequestSpecification asContributor(String organization) {
        return api(Keys.contributor(organization));
    }

    /** As a curator (of sct). */
    public static RequestSpecification asCurator() {
        return api(Keys.curator());
    }

    /** As the bootstrap admin of the test profile. */
    public static RequestSpecification asAdmin() {
        return api(Keys.ADMIN);
    }

    /** Follows links.next from a first page and returns every id (or organization, for usages) seen. */
    public static List<String> walk(String first) {
        List<String> seen = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>> getList("data")) {
                seen.add((String) (item.containsKey("id") ? item.get("id") : item.get("organization")));
            }
            next = page.getString("links.next");
            assertTrue(++pages < 1000, "pagination must end");
        }
        return seen;
    }
}
