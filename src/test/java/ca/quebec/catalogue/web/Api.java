package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Requests whose responses are checked against the contract checked in under
 * openapi/: a response that the contract does not describe fails the test.
 */
public final class Api {

    public static final String CONTRACT = "openapi/openapi.yaml";

    private static final OpenApiValidationFilter CONTRACT_CHECK = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());

    /** For requests that break the contract on purpose: only the answer is checked. */
    private static final OpenApiValidationFilter RESPONSE_CHECK = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private Api() {
    }

    /** A request validated against the contract (response and request). */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_CHECK);
    }

    /** A request that is bad on purpose; its answer must still be one the contract describes. */
    public static RequestSpecification badRequest() {
        return given().filter(RESPONSE_CHECK);
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
