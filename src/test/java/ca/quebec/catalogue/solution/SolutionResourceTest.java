package ca.quebec.catalogue.solution;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.walk;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The seeded solutions: the 67 code releases of Canada's Open Resource Exchange. */
@QuarkusTest
class SolutionResourceTest {

    @Test
    void allSolutionsArePagedWithoutLossOrRepetition() {
        List<String> ids = walk("/api/v1/solutions?limit=10&sort=name");
        assertEquals(67, ids.size());
        assertEquals(67, new HashSet<>(ids).size());
    }

    @Test
    void aSolutionHasItsOwnerStatusMaintenanceAndContacts() {
        api().get("/api/v1/solutions/workit").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("owner", equalTo("ville-de-montreal"))
                .body("licence.expression", notNullValue())
                .body("repository", notNullValue())
                .body("description.fr", notNullValue())
                .body("longDescription.fr", notNullValue())
                .body("maintenance.type", notNullValue())
                .body("importedFromPubliccode", equalTo(false));
        api().get("/api/v1/solutions/nothing-like-this").then().statusCode(404).body("detail", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "owner=tbs-sct,                 owner,             tbs-sct,    13",
            "owner=ville-de-montreal,       owner,             ville-de-montreal, 2",
            "developmentStatus=obsolete,    developmentStatus, obsolete,   2",
            "maintenance=community,         maintenance.type,  community,  3",
            "licence=AGPL-3.0-only,         licence.expression, AGPL-3.0-only, 6" })
    void filtersNarrowTheListAndTheTotal(String query, String field, String value, int total) {
        api().get("/api/v1/solutions?limit=100&" + query).then().statusCode(200)
                .body("meta.total", equalTo(total))
                .body("data." + field, everyItem(equalTo(value)));
    }

    @Test
    void ownersAreOrganizationsOfTheCatalogue() {
        api().get("/api/v1/organizations/city-of-edmonton-ab").then().statusCode(200)
                .body("type", equalTo("municipality")).body("name.en", equalTo("City of Edmonton"));
        api().get("/api/v1/solutions?limit=100&sort=-name").then().statusCode(200).body("data.owner", hasItem("tbs-sct"));
    }
}
