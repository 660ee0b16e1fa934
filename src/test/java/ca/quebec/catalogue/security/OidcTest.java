package ca.quebec.catalogue.security;

import static ca.quebec.catalogue.security.OidcProvider.claims;
import static ca.quebec.catalogue.security.OidcProvider.key;
import static ca.quebec.catalogue.security.OidcProvider.sign;
import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import ca.quebec.catalogue.testing.Keys;

/**
 * OIDC access tokens beside API keys, against an identity provider served by the test
 * ({@link OidcProvider}) that signs with keys generated for the run: the body and the
 * role come from the token's claims (here "organization" and "roles", and an audience
 * is required), refusals are 401 with a challenge, 403 with a clear problem; keys still work.
 */
@QuarkusTest
@TestProfile(OidcTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcTest {

    /** A freshly seeded catalogue, signing in against the test's provider; tokens must name the audience. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.oidc.audience", OidcProvider.AUDIENCE);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProvider.class));
        }
    }

    @Inject
    EntityManager em;

    static String token(String subject, String organization, Object roles) {
        return sign(claims(subject).claim("organization", organization).claim("roles", roles)
                .claim("name", "Agent " + subject).claim("preferred_username", subject + "@exemple.quebec").build());
    }

    /** Runs first: the key set is fetched once, then again when a token names a key it lacked (two fetches in 30 s). */
    @Test
    @Order(1)
    void aRotatedKeyIsFetchedWhenATokenFirstNamesIt() {
        api(token("rotation", "calq", List.of("contributor"))).get("/api/v1/me").then().statusCode(200);
        int fetches = Integer.parseInt(OidcProvider.control("key-fetches"));
        api(token("rotation", "calq", List.of("contributor"))).get("/api/v1/me").then().statusCode(200);
        assertEquals(fetches, Integer.parseInt(OidcProvider.control("key-fetches")), "the key set is cached");

        OidcProvider.control("rotate");
        String rotated = sign(claims("rotation").claim("organization", "calq").claim("roles", List.of("contributor")).build(), key("rsa-2"));
        api(rotated).get("/api/v1/me").then().statusCode(200).body("signedInWith", equalTo("oidc"));
        assertEquals(fetches + 1, Integer.parseInt(OidcProvider.control("key-fetches")));
    }

    @Test
    void aContributorsTokenActsForItsBodyAndOnlyForIt() {
        String token = token("3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11", "calq", List.of("offline_access", "contributor"));
        api(token).get("/api/v1/me").then().statusCode(200)
                .body("authenticated", equalTo(true)).body("signedInWith", equalTo("oidc"))
                .body("keyId", equalTo("oidc:3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11"))
                .body("organization", equalTo("calq")).body("role", equalTo("contributor"))
                .body("label", equalTo("Agent 3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11"));

        api(token).contentType("application/json").body(Map.of("installations", "1-10", "status", "production"))
                .put("/api/v1/software/blender/usages/calq").then().statusCode(201).body("organization", equalTo("calq"));
        badRequest(token).contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/blender/usages/sepaq").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden-organization"));
        badRequest(token).get("/api/v1/admin/api-keys").then().statusCode(403).body("type", equalTo("/problems/forbidden-role"));

        // The change is recorded under the token's subject: never the token, nor the person's name.
        List<Map<String, Object>> history = api(token).get("/api/v1/software/blender/history?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("data");
        Map<String, Object> declared = history.get(history.size() - 1);
        assertEquals("usages/calq", declared.get("subject"));
        assertEquals("calq", declared.get("organization"));
        assertEquals("contributor", declared.get("role"));
        assertEquals("oidc:3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11", declared.get("keyLabel"));
        assertFalse(changeLogHolds(token.substring(token.lastIndexOf('.') + 1)), "no part of the token is stored");
        assertFalse(changeLogHolds("Agent 3f1c1a52"), "nor the name it carries");
    }

    @Test
    void aCuratorsTokenActsForEveryBodyAndAnAdminsKeepsTheKeys() {
        String curator = token("curator-1", "sct", "curator");
        api(curator).get("/api/v1/me").then().statusCode(200).body("role", equalTo("curator")).body("organization", equalTo("sct"));
        api(curator).contentType("application/json").body(Map.of("status", "planned"))
                .put("/api/v1/software/gimp/usages/sepaq").then().statusCode(201).body("organization", equalTo("sepaq"));
        badRequest(curator).get("/api/v1/admin/api-keys").then().statusCode(403);

        // The highest role wins.
        String admin = token("admin-1", "sct", List.of("contributor", "admin", "curator"));
        api(admin).get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin"));
        api(admin).get("/api/v1/admin/api-keys").then().statusCode(200);
        String issued = api(admin).contentType("application/json")
                .body(Map.of("organization", "calq", "role", "contributor", "label", "issued by a token"))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
        api(issued).get("/api/v1/me").then().statusCode(200).body("signedInWith", equalTo("api-key")).body("organization", equalTo("calq"));
    }

    @Test
    void anEcSignedTokenIsAcceptedToo() {
        String token = sign(claims("ec-user").claim("organization", "bape").claim("roles", List.of("contributor")).build(), key("ec-1"));
        api(token).get("/api/v1/me").then().statusCode(200).body("organization", equalTo("bape"))
                .body("label", equalTo("ec-user"));
    }

    @Test
    void apiKeysStillWorkBesideTokens() {
        String key = Keys.issue("calq", "contributor", "key beside tokens");
        api(key).get("/api/v1/me").then().statusCode(200)
                .body("signedInWith", equalTo("api-key")).body("organization", equalTo("calq"));
        api(Keys.ADMIN).get("/api/v1/me").then().statusCode(200).body("signedInWith", equalTo("api-key")).body("role", equalTo("admin"));
        api().get("/api/v1/me").then().statusCode(200).body("authenticated", equalTo(false)).body("signedInWith", nullValue());
        badRequest("qc_not.a.key").get("/api/v1/me").then().statusCode(401).body("type", equalTo("/problems/invalid-key"));
    }

    static ValidatableResponse refused(String token, String reason) {
        return badRequest(token).get("/api/v1/software/firefox").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-token"))
                .header("WWW-Authenticate", startsWith("Bearer realm=\"catalogue\", error=\"invalid_token\", error_description=\""))
                .header("WWW-Authenticate", containsString(reason));
    }

    @Test
    void anExpiredTokenIs401WithAChallenge() {
        Instant past = Instant.now().minusSeconds(3600);
        String expired = sign(claims("late").claim("organization", "calq").claim("roles", List.of("contributor"))
                .issueTime(Date.from(past)).notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build());
        refused(expired, "expired").body("detail", containsString("expiré"));
        badRequest(expired).header("Accept-Language", "en").get("/api/v1/me").then().statusCode(401)
                .body("detail", equalTo("The access token expired; get a new one."));
        // Within the clock skew (30 s), a token just past its time is still accepted.
        Instant now = Instant.now();
        String justExpired = sign(claims("late").claim("organization", "calq").claim("roles", List.of("contributor"))
                .expirationTime(Date.from(now.minusSeconds(5))).build());
        api(justExpired).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aTokenNotValidYetIs401() {
        Instant later = Instant.now().plusSeconds(600);
        refused(sign(claims("early").claim("organization", "calq").claim("roles", List.of("contributor"))
                .notBeforeTime(Date.from(later)).expirationTime(Date.from(later.plusSeconds(300))).build()), "not valid yet");
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        JWTClaimsSet claims = claims("intruder").claim("organization", "sct").claim("roles", List.of("admin")).build();
        // Another key under the provider's key id: the signature does not verify.
        JWK impostor = new RSAKeyGenerator(2048).keyID("rsa-1").algorithm(JWSAlgorithm.RS256).generate();
        refused(sign(claims, impostor), "not signed with a key of the identity provider")
                .body("detail", containsString("signé"));
        // Another key id altogether: the provider's set has no such key.
        JWK foreign = new RSAKeyGenerator(2048).keyID("elsewhere").algorithm(JWSAlgorithm.RS256).generate();
        refused(sign(claims, foreign), "not signed");
        // Unsigned.
        refused(new PlainJWT(claims).serialize(), "not signed");
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIs401() {
        refused(sign(claims("other").issuer("https://login.exemple.com/realms/catalogue").claim("organization", "calq")
                .claim("roles", List.of("contributor")).build()), "another issuer");
        refused(sign(claims("other").audience("another-api").claim("organization", "calq")
                .claim("roles", List.of("contributor")).build()), "another audience");
        refused(sign(claims("other").subject(null).claim("organization", "calq").claim("roles", List.of("contributor")).build()),
                "lacks the claim sub");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "a.b.c", "..", "eyJhbGciOiJub25lIn0.e30.", "%%%.%%%.%%%" })
    void aMalformedTokenIs401(String token) {
        badRequest(token).get("/api/v1/software/firefox").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-token"))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void aTokenOfAnUnknownBodyOrWithoutABodyIs403() {
        badRequest(token("nobody", "ministere-inexistant", List.of("contributor"))).get("/api/v1/software/firefox").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/token-organization-unknown"))
                .body("detail", containsString("ministere-inexistant"));
        String anonymousBody = sign(claims("nobody").claim("roles", List.of("contributor")).build());
        badRequest(anonymousBody).header("Accept-Language", "en").get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("/problems/token-organization-unknown"))
                .body("detail", equalTo("The token lacks the claim \"organization\" that names the organization."));
    }

    @Test
    void aTokenWithoutACatalogueRoleIs403() {
        badRequest(token("reader", "calq", List.of("offline_access", "uma_authorization"))).get("/api/v1/software").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/token-no-role"))
                .body("detail", containsString("roles"));
        badRequest(sign(claims("reader").claim("organization", "calq").build())).get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("/problems/token-no-role"));
    }

    @Test
    void webhooksNeedAnApiKey() {
        badRequest(token("hooks", "calq", List.of("contributor"))).contentType("application/json")
                .body(Map.of("url", "https://hooks.exemple.quebec/catalogue", "events", List.of("record.approved")))
                .post("/api/v1/webhooks").then().statusCode(403).body("type", equalTo("/problems/webhook-needs-key"));
    }

    @Test
    void thePortalShowsRefusedTokensAsPages() {
        badRequest(token("reader", "calq", List.of("nothing"))).accept("text/html").get("/").then().statusCode(403)
                .contentType(startsWith("text/html")).body(containsString("Accès refusé"));
        Instant past = Instant.now().minusSeconds(3600);
        badRequest(sign(claims("late").claim("organization", "calq").claim("roles", "contributor").expirationTime(Date.from(past)).build()))
                .accept("text/html").get("/en/").then().statusCode(401).contentType(startsWith("text/html"))
                .header("WWW-Authenticate", containsString("expired"));
    }

    @Test
    void theNewProblemTypesHaveTheirPages() {
        for (String type : List.of("invalid-token", "token-organization-unknown", "token-no-role", "identity-provider-unavailable",
                "webhook-needs-key")) {
            api().accept("application/json").get("/problems/" + type).then().statusCode(200).body("type", equalTo(type));
        }
    }

    @Transactional
    boolean changeLogHolds(String text) {
        Number rows = (Number) em.createNativeQuery("select count(*) from change_log where actor_label like ?1 or patch like ?1")
                .setParameter(1, "%" + text + "%").getSingleResult();
        return rows.longValue() > 0;
    }
}
