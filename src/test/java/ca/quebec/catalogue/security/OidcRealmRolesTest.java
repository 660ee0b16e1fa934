package ca.quebec.catalogue.security;

import static ca.quebec.catalogue.security.OidcProvider.claims;
import static ca.quebec.catalogue.security.OidcProvider.sign;
import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;

/**
 * Keycloak's shape of token: realm roles under realm_access.roles (read with
 * {@code catalogue.oidc.roles-claim=realm_access.roles}), the provider's own role names
 * mapped to the catalogue's, no audience required. The provider starts down: tokens
 * get 503 with Retry-After while API keys keep working, and are accepted once it is back.
 */
@QuarkusTest
@TestProfile(OidcRealmRolesTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcRealmRolesTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.oidc.roles-claim", "realm_access.roles",
                    "catalogue.oidc.curator-roles", "catalogue-curator,curator");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProvider.class, Map.of("down", "true")));
        }
    }

    static String token(String subject, String organization, List<String> realmRoles) {
        return sign(claims(subject).audience("account").claim("organization", organization)
                .claim("realm_access", Map.of("roles", realmRoles)).claim("preferred_username", subject).build());
    }

    @Test
    @Order(1)
    void whileTheProviderIsDownTokensGet503AndKeysStillWork() {
        badRequest(token("alice", "calq", List.of("contributor"))).get("/api/v1/software/firefox").then().statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("/problems/identity-provider-unavailable"))
                .header("Retry-After", "5");
        api(Keys.ADMIN).get("/api/v1/me").then().statusCode(200).body("signedInWith", equalTo("api-key"));
    }

    @Test
    @Order(2)
    void onceItIsBackRealmRolesMakeTheRole() throws InterruptedException {
        OidcProvider.control("up");
        String contributor = token("alice", "calq", List.of("offline_access", "default-roles-catalogue", "contributor"));
        int status = 0;
        for (int tries = 0; tries < 40 && status != 200; tries++) {
            // Discovery is tried again a few seconds after it failed; meanwhile tokens get 503.
            status = badRequest(contributor).get("/api/v1/me").then().extract().statusCode();
            if (status != 200) {
                assertEquals(503, status);
                Thread.sleep(250);
            }
        }
        api(contributor).get("/api/v1/me").then().statusCode(200).body("signedInWith", equalTo("oidc"))
                .body("role", equalTo("contributor")).body("organization", equalTo("calq")).body("label", equalTo("alice"));
        api(token("bob", "sct", List.of("catalogue-curator"))).get("/api/v1/me").then().statusCode(200).body("role", equalTo("curator"));
        // Roles at the top level are not read when the claim is realm_access.roles.
        badRequest(sign(claims("carol").claim("organization", "calq").claim("roles", List.of("admin")).build()))
                .get("/api/v1/me").then().statusCode(403).body("type", equalTo("/problems/token-no-role"));
    }
}
