package ca.quebec.catalogue.organization;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asAdmin;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** The register of public bodies: admins add and edit them; search follows. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class OrganizationWriteTest {

    @Test
    void anAdminRegistersABodyThatThenDeclaresUsagesAndIsFoundBySearch() {
        String etag = asAdmin().contentType("application/json")
                .body(Map.of("id", "bureau-des-essais-numeriques", "name", Map.of("fr", "Bureau des essais numériques", "en", "Digital Trials Office"),
                        "acronym", "BEN", "aliases", List.of("Bureau des expérimentations"), "type", "budgetary-body",
                        "parent", "sct", "website", "https://www.quebec.ca/"))
                .post("/api/v1/organizations").then().statusCode(201)
                .header("Location", "/api/v1/organizations/bureau-des-essais-numeriques")
                .header("ETag", notNullValue())
                .body("id", equalTo("bureau-des-essais-numeriques"))
                .body("name.en", equalTo("Digital Trials Office"))
                .body("parent", equalTo("sct"))
                .body("usageCount", equalTo(0))
                .body("revision", equalTo(1))
                .extract().header("ETag");
        api().get("/api/v1/organizations/bureau-des-essais-numeriques").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("acronym", equalTo("BEN"));

        // Its own contributor declares a usage; search finds the software by the new body's name and acronym.
        String key = Keys.contributor("bureau-des-essais-numeriques");
        api(key).contentType("application/json").body(Map.of("status", "production"))
                .put("/api/v1/software/inkscape/usages/bureau-des-essais-numeriques").then().statusCode(201);
        api().queryParam("q", "bureau des essais numeriques").get("/api/v1/search").then().statusCode(200)
                .body("data.id", hasItem("inkscape"));
        api().get("/api/v1/search?organization=bureau-des-essais-numeriques").then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("meta.facets.organization.find { it.value == 'bureau-des-essais-numeriques' }.label.fr", equalTo("Bureau des essais numériques"));
        api().queryParam("q", "bureau des ess").get("/api/v1/suggest").then().statusCode(200)
                .body("data.id", hasItem("bureau-des-essais-numeriques"));
    }

    @Test
    void anAdminRenamesABodyWithIfMatchAndSearchFollows() {
        asAdmin().contentType("application/json")
                .body(Map.of("id", "office-des-registres", "name", Map.of("fr", "Office des registres"), "type", "non-budgetary-body"))
                .post("/api/v1/organizations").then().statusCode(201);
        asContributor("office-des-registres").contentType("application/json")
                .body(Map.of("status", "production")).put("/api/v1/software/gimp/usages/office-des-registres").then().statusCode(201);
        String etag = api().get("/api/v1/organizations/office-des-registres").then().extract().header("ETag");

        badRequest(Keys.ADMIN).contentType("application/merge-patch+json").body("{\"acronym\":\"ODR\"}")
                .patch("/api/v1/organizations/office-des-registres").then().statusCode(428);
        badRequest(Keys.ADMIN).header("If-Match", "\"stale\"").contentType("application/merge-patch+json")
                .body("{\"acronym\":\"ODR\"}").patch("/api/v1/organizations/office-des-registres").then().statusCode(412);
        badRequest(Keys.ADMIN).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"id\":\"autre\"}").patch("/api/v1/organizations/office-des-registres").then().statusCode(422)
                .body("errors.field", hasItem("/id"));
        badRequest(Keys.ADMIN).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"parent\":\"office-des-registres\"}").patch("/api/v1/organizations/office-des-registres").then().statusCode(422)
                .body("errors[0].field", equalTo("/parent")).body("errors[0].code", equalTo("parent-cycle"));

        asAdmin().header("If-Match", etag).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\":{\"fr\":\"Office québécois des registres publics\",\"en\":\"Quebec Public Registers Office\"},\"acronym\":\"OQRP\",\"aliases\":[\"Office des registres\"]}")
                .patch("/api/v1/organizations/office-des-registres").then().statusCode(200)
                .body("revision", equalTo(2))
                .body("name.fr", equalTo("Office québécois des registres publics"))
                .body("type", equalTo("non-budgetary-body"))
                .body("usageCount", equalTo(1));
        // The old ETag no longer matches.
        badRequest(Keys.ADMIN).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"website\":null}").patch("/api/v1/organizations/office-des-registres").then().statusCode(412);

        api().get("/api/v1/search?q=oqrp").then().statusCode(200).body("data.id", hasItem("gimp"));
        api().get("/api/v1/search?organization=office-des-registres").then().statusCode(200)
                .body("meta.facets.organization.find { it.value == 'office-des-registres' }.label.fr", equalTo("Office québécois des registres publics"));
        // A null in the patch removes the value.
        String current = api().get("/api/v1/organizations/office-des-registres").then().extract().header("ETag");
        asAdmin().header("If-Match", current).contentType("application/merge-patch+json")
                .body("{\"acronym\":null}").patch("/api/v1/organizations/office-des-registres").then().statusCode(200)
                .body("acronym", nullValue()).body("revision", equalTo(3));
    }
}
