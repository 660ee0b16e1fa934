package ca.quebec.catalogue.category;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.walk;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void theFortyEightCategoriesAreBilingual() {
        List<String> ids = walk("/api/v1/categories?limit=10");
        assertEquals(48, ids.size());
        api().get("/api/v1/categories?limit=100").then().statusCode(200)
                .body("meta.total", equalTo(48))
                .body("data.findAll { it.name.en == null }.size()", equalTo(0));
    }

    @Test
    void aCategoryCountsItsRecords() {
        int inCategory = api().get("/api/v1/software?category=navigateur-web&limit=1").then().extract().path("meta.total");
        api().get("/api/v1/categories/navigateur-web").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name.fr", equalTo("Navigateur Web"))
                .body("recordCount", equalTo(inCategory))
                .body("recordCount", greaterThan(0));
        api().get("/api/v1/categories/nothing-here").then().statusCode(404);
    }
}
