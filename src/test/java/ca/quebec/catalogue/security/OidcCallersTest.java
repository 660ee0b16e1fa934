package ca.quebec.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How claims are read, and what identity a subject becomes, without a running service. */
class OidcCallersTest {

    @Test
    void aClaimIsReadByItsDottedPath() {
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("curator")),
                "resource_access", Map.of("catalogue-api", Map.of("roles", List.of("admin"))),
                "https://catalogue.quebec.ca/organization", "sct",
                "roles", "contributor");
        assertEquals(List.of("curator"), OidcCallers.path(claims, "realm_access.roles"));
        assertEquals(List.of("admin"), OidcCallers.path(claims, "resource_access.catalogue-api.roles"));
        assertEquals("contributor", OidcCallers.path(claims, "roles"));
        // A claim whose own name holds dots is read as it is.
        assertEquals("sct", OidcCallers.path(claims, "https://catalogue.quebec.ca/organization"));
        assertNull(OidcCallers.path(claims, "realm_access.groups"));
        assertNull(OidcCallers.path(claims, "roles.contributor"));
    }

    @Test
    void aSubjectBecomesAnIdentityThatFitsWhereKeyIdsAreKept() {
        assertEquals("oidc:3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11", OidcCallers.identity("3f1c1a52-0c4e-4bb8-9a57-5f2f1e0d7a11"));
        String long1 = OidcCallers.identity("a".repeat(60));
        String long2 = OidcCallers.identity("a".repeat(61));
        assertTrue(long1.startsWith("oidc:sha256:") && long1.length() <= 64, long1);
        assertFalse(long1.equals(long2));
        assertEquals(long1, OidcCallers.identity("a".repeat(60)), "the same subject, the same identity");
        assertTrue(OidcCallers.identity("Jean Tremblay").startsWith("oidc:sha256:"), "no space in an identity");
        assertEquals("oidc:" + "b".repeat(59), OidcCallers.identity("b".repeat(59)));
    }

    @Test
    void onlyWhatLooksLikeAJwtAndIsNotAKeyIsReadAsAToken() {
        assertTrue(AuthenticationFilter.looksLikeJwt("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        assertFalse(AuthenticationFilter.looksLikeJwt("qc_abc.def.ghi"));
        assertFalse(AuthenticationFilter.looksLikeJwt("test-admin-key-for-the-test-suite-only"));
        assertFalse(AuthenticationFilter.looksLikeJwt("a.b.c.d.e"));
        assertFalse(AuthenticationFilter.looksLikeJwt(null));
    }
}
