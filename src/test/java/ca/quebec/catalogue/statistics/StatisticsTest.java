package ca.quebec.catalogue.statistics;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.solution.SolutionTestData;
import ca.quebec.catalogue.testing.WritesProfile;

/** GET /api/v1/statistics: the figures agree with the lists, follow the catalogue, and are computed once per position. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class StatisticsTest {

    private static final String PATH = "/api/v1/statistics";

    @Inject
    StatisticsService service;

    private static JsonPath statistics() {
        return api().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static long total(String list) {
        return api().get(list + (list.contains("?") ? "&" : "?") + "limit=1").then().statusCode(200).extract().jsonPath().getLong("meta.total");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                    | 200",
            "?limit=10             | 400",
            "?kind=software        | 400" })
    void answersOrRefuses(String query, int status) {
        var answer = badRequest().get(PATH + query).then().statusCode(status);
        if (status == 400) {
            answer.contentType("application/problem+json").body("type", equalTo("/problems/invalid-parameter"));
            badRequest().header("Accept-Language", "en").get(PATH + query).then().statusCode(400).header("Content-Language", "en")
                    .body("title", equalTo("Invalid parameter"));
        } else {
            answer.header("ETag", startsWith("\""));
        }
    }

    @Test
    void theFiguresAgreeWithTheLists() {
        JsonPath figures = statistics();
        assertEquals(total("/api/v1/software"), figures.getLong("totals.software"));
        assertEquals(total("/api/v1/solutions"), figures.getLong("totals.solutions"));
        assertEquals(total("/api/v1/organizations"), figures.getLong("totals.organizations"));
        assertEquals(total("/api/v1/categories"), figures.getLong("totals.categories"));
        for (String category : List.of("navigateur-web", "suite-bureautique-et-collaboration")) {
            long software = total("/api/v1/software?category=" + category);
            assertEquals(software, figures.getLong("byCategory.find { it.category == '" + category + "' }.software"), category);
        }
        for (String licence : List.of("MIT", "GPL-2.0-only", "Apache-2.0")) {
            Map<String, Object> row = figures.getMap("byLicence.find { it.licence == '" + licence + "' }");
            assertEquals(total("/api/v1/software?licence=" + licence), ((Number) row.get("software")).longValue(), licence);
            assertEquals(total("/api/v1/solutions?licence=" + licence), ((Number) row.get("solutions")).longValue(), licence);
            assertEquals(true, row.get("osiApproved"), licence);
        }
        long bodies = figures.getList("byOrganizationType.organizations", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(figures.getLong("totals.organizations"), bodies, "every body has a type");
        long softwareUsages = figures.getList("byOrganizationType.softwareUsages", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(figures.getLong("totals.softwareUsages"), softwareUsages);
        Map<String, Object> share = figures.getMap("licenceApproval.software");
        long records = ((Number) share.get("records")).longValue();
        assertEquals(figures.getLong("totals.software"), records);
        assertTrue(((Number) share.get("unknownLicence")).longValue() > 0, "the seed keeps some licences unknown");
        assertEquals(Math.round(((Number) share.get("osiApproved")).longValue() * 10_000.0 / records) / 10_000.0,
                ((Number) share.get("osiApprovedShare")).doubleValue(), 1e-6);
    }

    @Test
    void theMostUsedSoftwareAreTheListsFirstByUsage() {
        JsonPath figures = statistics();
        List<String> mostUsed = figures.getList("mostUsedSoftware.id", String.class);
        assertEquals(StatisticsService.MOST_USED, mostUsed.size());
        List<Integer> counts = figures.getList("mostUsedSoftware.usageCount", Integer.class);
        List<Integer> byList = api().get("/api/v1/software?sort=-usageCount&limit=20").then().extract().jsonPath()
                .getList("data.usageCount", Integer.class);
        assertEquals(byList, counts, "the same counts as the list sorted by usage");
        assertEquals(api().get("/api/v1/software/" + mostUsed.get(0)).then().extract().jsonPath().getInt("usageCount"), counts.get(0));
    }

    /** A reuse and a declaration made now show; a submission does not; and the figures are computed once per position. */
    @Test
    void theFiguresFollowTheChangeLogAndAreComputedOncePerPosition() {
        var before = api().get(PATH).then().statusCode(200).extract();
        long computed = service.computations();
        String tag = before.header("ETag");
        api().header("If-None-Match", tag).get(PATH).then().statusCode(304);
        api().get(PATH).then().statusCode(200).header("ETag", tag);
        assertEquals(computed, service.computations(), "answered from the last computation");

        asContributor("mtess").contentType("application/json").body(Map.of("name", "Statistique Soumise",
                "description", Map.of("fr", "Une soumission qui ne compte pas."))).post("/api/v1/software").then().statusCode(201);
        JsonPath afterSubmission = statistics();
        assertEquals(before.jsonPath().getLong("totals.software"), afterSubmission.getLong("totals.software"), "a submission is not counted");
        assertEquals(computed + 1, service.computations(), "the log moved: computed again");

        String solution = asContributor("mern").contentType("application/json")
                .body(SolutionTestData.solution("Réservations statistiques", "https://git.exemple.qc.ca/reservations-statistiques"))
                .post("/api/v1/solutions").then().statusCode(201).extract().path("id");
        asCurator().contentType("application/json").body(Map.of()).post("/api/v1/solutions/" + solution + "/approve").then().statusCode(200);
        asContributor("mtess").contentType("application/json").body(Map.of("status", "production"))
                .put("/api/v1/solutions/" + solution + "/usages/mtess").then().statusCode(201);
        JsonPath after = statistics();
        assertNotEquals(tag, api().get(PATH).then().extract().header("ETag"));
        assertEquals(List.of("mtess"), after.getList("reusedSolutions.find { it.id == '" + solution + "' }.reusedBy", String.class));
        assertEquals("mern", after.getString("reusedSolutions.find { it.id == '" + solution + "' }.owner"));
        assertEquals(before.jsonPath().getLong("totals.solutionReuses") + 1, after.getLong("totals.solutionReuses"));
        assertEquals(before.jsonPath().getLong("totals.solutions") + 1, after.getLong("totals.solutions"));
        String month = YearMonth.now(StatisticsService.QUEBEC).toString();
        long declaredBefore = declared(before.jsonPath(), month);
        assertEquals(declaredBefore + 1, declared(after, month), "the declaration counts in this month");
        assertFalse(after.getList("declarationsPerMonth.month", String.class).isEmpty());
    }

    private static long declared(JsonPath figures, String month) {
        Object declared = figures.get("declarationsPerMonth.find { it.month == '" + month + "' }.declared");
        return declared == null ? 0 : ((Number) declared).longValue();
    }
}
