package ca.quebec.catalogue.security;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asAdmin;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static ca.quebec.catalogue.testing.Api.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

@QuarkusTest
@TestProfile(WritesProfile.class)
class SecurityTest {

    @Inject
    EntityManager em;

    @Test
    void anonymousAndKeyHoldersAreToldWhoTheyAre() {
        api().get("/api/v1/me").then().statusCode(200).body("authenticated", equalTo(false)).body("organization", nullValue())
                .body("signedInWith", nullValue());
        asContributor("inspq").get("/api/v1/me").then().statusCode(200)
                .body("authenticated", equalTo(true)).body("organization", equalTo("inspq")).body("role", equalTo("contributor"))
                .body("signedInWith", equalTo("api-key"));
        asAdmin().get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin")).body("signedInWith", equalTo("api-key"));
    }

    @Test
    void aKeyIsShownOnceAndStoredOnlyAsAHash() {
        var issued = asAdmin().contentType("application/json")
                .body(Map.of("organization", "ramq", "role", "contributor", "label", "Système de la RAMQ"))
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .header("Location", startsWith("/api/v1/admin/api-keys/"))
                .body("key", startsWith("qc_"))
                .body("organization", equalTo("ramq"))
                .extract();
        String id = issued.path("id");
        String key = issued.path("key");
        assertEquals(43, key.length());
        asAdmin().get("/api/v1/admin/api-keys?limit=100").then().statusCode(200)
                .body("data.id", hasItem(id))
                .body("data.key", everyItem(nullValue()));
        assertEquals(List.of(), storedSecrets(key), "the secret itself is nowhere in the table");
        api(key).get("/api/v1/me").then().statusCode(200).body("keyId", equalTo(id));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        String key = Keys.issue("cnesst", "contributor", "to be revoked");
        String id = api(key).get("/api/v1/me").then().extract().path("keyId");
        asAdmin().delete("/api/v1/admin/api-keys/" + id).then().statusCode(200)
                .body("revokedAt", not(nullValue()));
        api(key).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer realm=\"catalogue\", error=\"invalid_token\"")
                .body("type", equalTo("/problems/invalid-key"));
        asAdmin().delete("/api/v1/admin/api-keys/no-such-key").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "Bearer not-a-key, /problems/invalid-key", "Basic dXNlcjpwYXNz, /problems/bad-authorization",
            "Bearer, /problems/bad-authorization",
            // Sign-in with OIDC is off here (no provider configured): what looks like a token is an unknown key.
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl, /problems/invalid-key" })
    void aBadAuthorizationHeaderIs401EvenOnReads(String header, String type) {
        badRequest().header("Authorization", header).get("/api/v1/software/firefox").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo(type));
    }

    /** Who may issue keys: admins only. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "anonymous, 401", "contributor, 403", "curator, 403", "admin, 201" })
    void onlyAdminsIssueKeys(String role, int status) {
        var request = (role.equals("anonymous") ? badRequest() : api()).contentType("application/json")
                .body(Map.of("organization", "sct", "role", "contributor", "label", "key by " + role));
        if (!role.equals("anonymous")) {
            request = request.header(bearer((role.equals("admin") ? Keys.ADMIN : Keys.of("sct", role))));
        }
        request.post("/api/v1/admin/api-keys").then().statusCode(status);
        var list = role.equals("anonymous") ? badRequest() : api();
        if (!role.equals("anonymous")) {
            list = list.header(bearer((role.equals("admin") ? Keys.ADMIN : Keys.of("sct", role))));
        }
        list.get("/api/v1/admin/api-keys").then().statusCode(status == 201 ? 200 : status);
    }

    @Test
    void aKeyRequestIsChecked() {
        badRequest(Keys.ADMIN).contentType("application/json")
                .body(Map.of("organization", "nobody", "role", "emperor", "label", ""))
                .post("/api/v1/admin/api-keys").then().statusCode(422)
                .body("errors.field", equalTo(List.of("/organization", "/role", "/label")));
    }

    @Transactional
    List<?> storedSecrets(String key) {
        List<?> rows = em.createNativeQuery("select id from api_key where key_hash = ?1 or key_prefix = ?1 or label = ?1")
                .setParameter(1, key).getResultList();
        String hash = (String) em.createNativeQuery("select key_hash from api_key where key_prefix = ?1")
                .setParameter(1, key.substring(0, 7)).getSingleResult();
        assertNotEquals(key, hash);
        return rows;
    }
}
