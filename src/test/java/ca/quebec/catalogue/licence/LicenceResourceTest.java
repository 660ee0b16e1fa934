package ca.quebec.catalogue.licence;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static ca.quebec.catalogue.testing.Api.walk;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LicenceResourceTest {

    @Test
    void theBundledSpdxListIsServed() {
        api().get("/api/v1/licences?limit=1").then().statusCode(200).body("meta.total", equalTo(680));
        api().get("/api/v1/licences/LiLiQ-R-1.1").then().statusCode(200)
                .body("name", equalTo("Licence Libre du Québec – Réciprocité version 1.1"))
                .body("osiApproved", equalTo(true))
                .body("deprecated", equalTo(false));
    }

    @Test
    void idsAreMatchedWithoutRegardToCaseAndCountCatalogueUse() {
        int mit = (int) api().get("/api/v1/software?licence=MIT&limit=1").then().extract().path("meta.total")
                + (int) api().get("/api/v1/solutions?licence=MIT&limit=1").then().extract().path("meta.total");
        api().get("/api/v1/licences/mit").then().statusCode(200)
                .body("id", equalTo("MIT"))
                .body("recordCount", equalTo(mit))
                .body("recordCount", greaterThan(0));
        api().get("/api/v1/licences/GPL-2.0").then().statusCode(200).body("deprecated", equalTo(true));
        api().get("/api/v1/licences/No-Such-Licence").then().statusCode(404);
    }

    @Test
    void usedFilterListsOnlyLicencesTheCatalogueUses() {
        List<String> used = walk("/api/v1/licences?used=true&limit=50");
        assertEquals(used.size(), (int) api().get("/api/v1/licences?used=true").then().extract().path("meta.total"));
        api().get("/api/v1/licences?used=true&limit=100").then().statusCode(200).body("data.recordCount", everyItem(greaterThan(0)));
        api().get("/api/v1/licences?osiApproved=true&limit=100").then().statusCode(200)
                .body("data.osiApproved", everyItem(equalTo(true)));
        badRequest().get("/api/v1/licences?used=maybe").then().statusCode(400).body("errors[0].field", equalTo("used"));
    }
}
