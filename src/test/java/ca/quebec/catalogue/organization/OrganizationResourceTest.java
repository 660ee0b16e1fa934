package ca.quebec.catalogue.organization;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static ca.quebec.catalogue.testing.Api.walk;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void allBodiesArePagedWithoutLossOrRepetition() {
        // The 73 of the 2017 inventory, Ville de Montréal, and the 20 other administrations that own Open Resource Exchange code.
        List<String> ids = walk("/api/v1/organizations?limit=7");
        assertEquals(94, ids.size());
        assertEquals(94, new HashSet<>(ids).size());
        assertEquals(ids.stream().sorted().toList(), ids, "ordered by id");
    }

    @Test
    void anOrganizationHasItsNamesTypeAndUsageCount() {
        api().get("/api/v1/organizations/sct").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name.fr", equalTo("Secrétariat du Conseil du trésor"))
                .body("name.en", notNullValue())
                .body("acronym", equalTo("SCT"))
                .body("usageCount", equalTo(72));
        api().get("/api/v1/organizations/ville-de-montreal").then().statusCode(200)
                .body("type", equalTo("municipality"))
                .body("usageCount", equalTo(73));
    }

    @Test
    void theUsagesOfAllOrganizationsAddUpToTheInventories() {
        JsonPath organizations = api().get("/api/v1/organizations?limit=100").then().statusCode(200).extract().jsonPath();
        int total = organizations.getList("data.usageCount", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(2399 + 73, total);
    }

    @Test
    void anOrganizationsUsagesArePaged() {
        List<String> software = walk("/api/v1/organizations/msp/usages?limit=25").stream().toList();
        // msp reports 148 rows in the 2017 inventory
        assertEquals(148, software.size());
        api().get("/api/v1/organizations/msp/usages?limit=5").then().statusCode(200)
                .body("data.organization", everyItem(equalTo("msp")))
                .body("meta.total", equalTo(148));
        api().get("/api/v1/organizations/nobody/usages").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void typeFilter() {
        api().get("/api/v1/organizations?type=municipality").then().statusCode(200)
                .body("meta.total", equalTo(3)).body("data.id", hasItem("ville-de-montreal"))
                .body("data.type", everyItem(equalTo("municipality")));
        badRequest().get("/api/v1/organizations?type=kingdom").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void etagAndUnknownId() {
        String etag = api().get("/api/v1/organizations/revenu-quebec").then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/organizations/revenu-quebec").then().statusCode(304);
        api().header("Accept-Language", "en").get("/api/v1/organizations/nobody").then().statusCode(404)
                .body("detail", equalTo("No organization has the id \"nobody\"."));
    }
}
