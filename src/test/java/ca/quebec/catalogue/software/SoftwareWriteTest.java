package ca.quebec.catalogue.software;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/** Submitting, moderating and editing software: who may do what, and in which state. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SoftwareWriteTest {

    static Map<String, Object> software(String name) {
        return Map.of("name", name,
                "description", Map.of("fr", "Outil de gestion des demandes de permis.", "en", "Tool for managing permit requests."),
                "licence", "AGPL-3.0-or-later",
                "homepage", "https://example.org/" + name.toLowerCase().replace(' ', '-'),
                "categories", List.of("gestion-de-contenu-et-commerce-en-ligne"),
                "keywords", List.of("permis", "permits"),
                "platforms", List.of("web", "linux"));
    }

    static String submit(String key, Map<String, Object> body) {
        return api(key).contentType("application/json").body(body).post("/api/v1/software").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aContributorsSubmissionWaitsForACurator() {
        String mtess = Keys.contributor("mtess");
        String id = api(mtess).contentType("application/json").body(software("Permis Express")).post("/api/v1/software")
                .then().statusCode(201)
                .header("Location", "/api/v1/software/permis-express")
                .header("ETag", notNullValue())
                .body("id", equalTo("permis-express"))
                .body("status", equalTo("submitted"))
                .body("revision", equalTo(1))
                .extract().path("id");
        // Visible to its organization and to curators only.
        api().get("/api/v1/software/" + id).then().statusCode(404);
        asContributor("msp").get("/api/v1/software/" + id).then().statusCode(404);
        api(mtess).get("/api/v1/software/" + id).then().statusCode(200);
        asCurator().get("/api/v1/software?status=submitted&limit=100").then().statusCode(200)
                .body("data.id", hasItem(id));
        api(mtess).get("/api/v1/software?status=submitted&limit=100").then().statusCode(200)
                .body("data.id", hasItem(id));
        asContributor("msp").get("/api/v1/software?status=submitted&limit=100").then().statusCode(200)
                .body("data.id", not(hasItem(id)));
        api().get("/api/v1/software?limit=100&sort=-updatedAt").then().body("data.id", not(hasItem(id)));

        // A contributor cannot approve; a curator can, once.
        api(mtess).contentType("application/json").body("{}").post("/api/v1/software/" + id + "/approve").then().statusCode(403);
        asCurator().contentType("application/json").body("{}").post("/api/v1/software/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("published")).body("revision", equalTo(2));
        asCurator().contentType("application/json").body("{}").post("/api/v1/software/" + id + "/approve").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
        api().get("/api/v1/software/" + id).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void aCuratorsSubmissionIsPublishedAtOnce() {
        asCurator().contentType("application/json").body(software("Registre des Avis")).post("/api/v1/software")
                .then().statusCode(201).body("status", equalTo("published"));
        api().get("/api/v1/software/registre-des-avis").then().statusCode(200);
    }

    @Test
    void rejectingAndArchivingNeedAReason() {
        String id = submit(Keys.contributor("isq"), software("Tableau Statistique"));
        String curator = Keys.curator();
        badRequest(curator).contentType("application/json").body(Map.of()).post("/api/v1/software/" + id + "/reject")
                .then().statusCode(422).body("errors[0].field", equalTo("/reason"));
        api(curator).contentType("application/json").body(Map.of("reason", "Doublon d’un logiciel existant."))
                .post("/api/v1/software/" + id + "/reject").then().statusCode(200)
                .body("status", equalTo("rejected")).body("statusReason", containsString("Doublon"));
        api(curator).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/software/" + id + "/archive").then().statusCode(409);

        String published = submit(curator, software("Gestion Des Salles"));
        api(curator).contentType("application/json").body(Map.of("reason", "Plus maintenu depuis 2020."))
                .post("/api/v1/software/" + published + "/archive").then().statusCode(200).body("status", equalTo("archived"));
        // Archived records stay readable but leave the default list.
        api().get("/api/v1/software/" + published).then().statusCode(200).body("status", equalTo("archived"));
        api().get("/api/v1/software?status=archived").then().statusCode(200).body("data.id", hasItem(published));
    }

    @Test
    void contributorsEditTheirOwnSubmissionsOnlyUntilModerated() {
        String sqi = Keys.contributor("sqi");
        String id = submit(sqi, software("Suivi Des Chantiers"));
        String etag = api(sqi).get("/api/v1/software/" + id).then().extract().header("ETag");
        api(sqi).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("chantier", "construction"))).patch("/api/v1/software/" + id).then().statusCode(200)
                .body("keywords", equalTo(List.of("chantier", "construction"))).body("revision", equalTo(2));
        // Another organization's contributor may not.
        String etag2 = api(sqi).get("/api/v1/software/" + id).then().extract().header("ETag");
        asContributor("msp").header("If-Match", etag2).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("x"))).patch("/api/v1/software/" + id).then().statusCode(404);
        // Once published, only curators edit it.
        asCurator().contentType("application/json").body("{}").post("/api/v1/software/" + id + "/approve").then().statusCode(200);
        String etag3 = api().get("/api/v1/software/" + id).then().extract().header("ETag");
        api(sqi).header("If-Match", etag3).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("x"))).patch("/api/v1/software/" + id).then().statusCode(403);
        asCurator().header("If-Match", etag3).contentType("application/merge-patch+json")
                .body(Map.of("homepage", "https://chantiers.example.org/", "description", Map.of("en", "Tracks building sites.")))
                .patch("/api/v1/software/" + id).then().statusCode(200)
                .body("homepage", equalTo("https://chantiers.example.org/"))
                .body("description.fr", equalTo("Outil de gestion des demandes de permis."))
                .body("description.en", equalTo("Tracks building sites."));
    }

    @Test
    void editsNeedTheCurrentEtag() {
        String curator = Keys.curator();
        String id = submit(curator, software("Agenda Partagé"));
        String etag = api().get("/api/v1/software/" + id).then().extract().header("ETag");
        badRequest(curator).contentType("application/merge-patch+json").body(Map.of("keywords", List.of("agenda")))
                .patch("/api/v1/software/" + id).then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api(curator).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("agenda"))).patch("/api/v1/software/" + id).then().statusCode(200);
        api(curator).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("keywords", List.of("calendrier"))).patch("/api/v1/software/" + id).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
        api().get("/api/v1/software/" + id).then().body("keywords", equalTo(List.of("agenda")));
    }

    @Test
    void duplicatesAreRefusedWithALinkToTheExistingRecord() {
        String key = Keys.contributor("revenu-quebec");
        api(key).contentType("application/json").body(software("mozilla  FIREFOX")).post("/api/v1/software").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-name"))
                .body("existing", equalTo("/api/v1/software/firefox"))
                .header("Link", containsString("</api/v1/software/firefox>"));
        Map<String, Object> sameRepository = new java.util.HashMap<>(software("Un Autre Nom"));
        sameRepository.put("repository", "http://www.GitHub.com/389ds/389-ds-base.git/");
        api(key).contentType("application/json").body(sameRepository).post("/api/v1/software").then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-repository"))
                .body("existing", equalTo("/api/v1/software/389-directory-server"));
        Map<String, Object> sameId = new java.util.HashMap<>(software("Nom Tout Neuf"));
        sameId.put("id", "gimp");
        api(key).contentType("application/json").body(sameId).post("/api/v1/software").then()
                .statusCode(409).body("type", equalTo("/problems/duplicate-id"));
    }
}
