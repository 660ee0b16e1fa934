package ca.quebec.catalogue.software;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static ca.quebec.catalogue.testing.Api.walk;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class SoftwareResourceTest {

    /** 401 software of the 2017 inventory and 51 that only Ville de Montréal reports. */
    static final int SOFTWARE = 452;

    @Test
    void aSoftwareCarriesItsFacts() {
        api().get("/api/v1/software/firefox").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo("firefox"))
                .body("name", equalTo("Mozilla Firefox"))
                .body("aliases", hasItem("Firefox"))
                .body("licence.expression", equalTo("MPL-2.0"))
                .body("licence.osiApproved", equalTo(true))
                .body("licence.fsfLibre", equalTo(true))
                .body("categories", equalTo(List.of("navigateur-web")))
                .body("usageCount", equalTo(63))
                .body("status", equalTo("published"))
                .body("revision", equalTo(1))
                .body("description.fr", containsString("Navigateur"))
                .body("description.en", notNullValue())
                .body("homepage", containsString("mozilla.org"));
    }

    @Test
    void aNonFreeProductIsMarkedAsSuchWithoutALicence() {
        api().get("/api/v1/software/barracuda-email-security-gateway").then().statusCode(200)
                .body("licence", nullValue())
                .body("freeSoftware", equalTo(false))
                .body("curatorNote.fr", notNullValue());
    }

    @Test
    void etagAnswers304WhenTheClientCopyIsCurrent() {
        String etag = api().get("/api/v1/software/libreoffice").then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/software/libreoffice").then().statusCode(304).header("ETag", etag);
        api().header("If-None-Match", "\"0.0\"").get("/api/v1/software/libreoffice").then().statusCode(200);
    }

    @Test
    void unknownIdIsAProblemInFrenchByDefaultAndEnglishOnRequest() {
        api().get("/api/v1/software/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "fr")
                .body("status", equalTo(404))
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Ressource introuvable"))
                .body("detail", containsString("does-not-exist"));
        api().header("Accept-Language", "en-CA,en;q=0.9,fr;q=0.5").get("/api/v1/software/does-not-exist").then().statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "id", "name", "-name", "usageCount", "-usageCount", "updatedAt", "-updatedAt" })
    void everySortPagesThroughTheWholeCatalogueWithoutLossOrRepetition(String sort) {
        List<String> ids = walk("/api/v1/software?limit=100&sort=" + sort);
        assertEquals(SOFTWARE, ids.size());
        assertEquals(SOFTWARE, new HashSet<>(ids).size(), "no record twice");
    }

    @Test
    void usageCountSortPutsTheMostUsedFirst() {
        api().get("/api/v1/software?sort=-usageCount&limit=3").then().statusCode(200)
                .body("data.id", equalTo(List.of("firefox", "apache-http", "mysql")))
                .body("data.usageCount", equalTo(List.of(63, 57, 55)));
    }

    @Test
    void listEnvelopeHasTotalLinksAndLinkHeader() {
        Response first = api().get("/api/v1/software?limit=5");
        first.then().statusCode(200)
                .body("data", hasSize(5))
                .body("meta.total", equalTo(SOFTWARE))
                .body("links.self", containsString("/api/v1/software?limit=5"))
                .body("links.next", containsString("cursor="))
                .header("Link", containsString("rel=\"next\""));
        api().get("/api/v1/software?limit=100&category=navigateur-web").then().statusCode(200)
                .body("links.next", nullValue());
    }

    @Test
    void filtersNarrowTheListAndTheTotal() {
        api().get("/api/v1/software?category=navigateur-web&limit=100").then().statusCode(200)
                .body("data.categories", everyItem(hasItem("navigateur-web")))
                .body("data.id", hasItem("firefox"));
        JsonPath mpl = api().get("/api/v1/software?licence=mpl-2.0&limit=100").then().statusCode(200).extract().jsonPath();
        assertTrue(mpl.getList("data.licence.expression", String.class).stream().allMatch(e -> e.contains("MPL-2.0")));
        assertEquals(mpl.getInt("meta.total"), mpl.getList("data").size());
        // Ville de Montréal's 73 rows are 73 different software.
        api().get("/api/v1/software?organization=ville-de-montreal&limit=1").then().statusCode(200).body("meta.total", equalTo(73));
        api().get("/api/v1/software?organization=sct&category=navigateur-web&limit=100").then().statusCode(200)
                .body("data.id", hasItem("firefox"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=101", "limit=abc", "limit=-1", "cursor=not-a-cursor", "cursor=WyJuYW1lIiwiIiwiZmlyZWZveCJd",
            "sort=popularity", "category=no-such-category", "licence=GPL-9.9", "organization=no-such-body" })
    void badQueryParametersAre400ProblemsNamingTheParameter(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        badRequest().get("/api/v1/software?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void theSoftwareUsagesListsWhoUsesIt() {
        List<String> organizations = walk("/api/v1/software/firefox/usages?limit=20");
        assertEquals(63, organizations.size());
        api().get("/api/v1/software/putty/usages?limit=100").then().statusCode(200)
                .body("data.find { it.organization == 'cspq' }.installations", equalTo("500+"))
                .body("data[0].software", equalTo("putty"));
        api().get("/api/v1/software/does-not-exist/usages").then().statusCode(404);
    }

    @Test
    void montrealUsagesKeepStatusAndYear() {
        api().get("/api/v1/software/wordpress/usages?limit=100").then().statusCode(200)
                .body("data.find { it.organization == 'ville-de-montreal' }.status", equalTo("production"))
                .body("data.find { it.organization == 'ville-de-montreal' }.since", equalTo("2010"))
                .body("data.find { it.organization == 'ville-de-montreal' }.source", equalTo("ville-de-montreal"));
    }
}
