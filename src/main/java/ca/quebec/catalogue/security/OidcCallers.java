package ca.quebec.catalogue.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.nimbusds.jwt.JWTClaimsSet;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;
import ca.quebec.catalogue.organization.OrganizationRepository;

/**
 * The caller an accepted OIDC access token stands for: the organization its claim
 * names (which must be in the register), the highest catalogue role among the roles
 * its claim lists, and the subject as its identity ({@code oidc:<sub>}: what it owns,
 * its idempotency keys, and the changes it made are recorded under it). A token
 * without a known body or without a catalogue role is refused with 403, on reads too,
 * as an unknown key is refused with 401: the caller learns at once that its
 * provider's settings are wrong.
 */
@ApplicationScoped
class OidcCallers {

    static final String PREFIX = "oidc:";
    /** The identity is stored where key ids are (64 characters): a longer subject is replaced by its digest. */
    private static final int IDENTITY_MAX = 64;
    private static final int LABEL_MAX = 200;
    private static final int ORGANIZATION_MAX = 64;

    private final OrganizationRepository organizations;
    private final OidcConfig config;

    OidcCallers(OrganizationRepository organizations, OidcConfig config) {
        this.organizations = organizations;
        this.config = config;
    }

    @Transactional
    Caller caller(JWTClaimsSet claims) {
        Map<String, Object> all = claims.getClaims();
        Object named = path(all, config.organizationClaim());
        if (named instanceof List<?> list && list.size() == 1) {
            named = list.get(0);
        }
        if (!(named instanceof String organization) || organization.isBlank()) {
            throw ProblemException.variant(403, "token-organization-unknown", "missing", Map.of(), config.organizationClaim());
        }
        if (organization.length() > ORGANIZATION_MAX || organizations.findById(organization) == null) {
            throw new ProblemException(403, "token-organization-unknown", shorten(organization, ORGANIZATION_MAX));
        }
        Role role = role(path(all, config.rolesClaim()))
                .orElseThrow(() -> new ProblemException(403, "token-no-role", config.rolesClaim()));
        String subject = claims.getSubject();
        return new Caller(identity(subject), organization, role, label(all, subject), SignIn.OIDC);
    }

    /** The highest catalogue role that one of the provider's roles maps to. */
    private Optional<Role> role(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof String text) {
            names.addAll(List.of(text.strip().split("[\\s,]+")));
        } else if (value instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
        }
        if (names.stream().anyMatch(config.adminRoles()::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (names.stream().anyMatch(config.curatorRoles()::contains)) {
            return Optional.of(Role.CURATOR);
        }
        if (names.stream().anyMatch(config.contributorRoles()::contains)) {
            return Optional.of(Role.CONTRIBUTOR);
        }
        return Optional.empty();
    }

    /** A claim by its dotted path (realm_access.roles); a claim whose own name holds the dots is read first. */
    static Object path(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object at = claims;
        for (String step : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> object)) {
                return null;
            }
            at = object.get(step);
        }
        return at;
    }

    /** What /me shows: the person's name, else the user name, else the subject. */
    private static String label(Map<String, Object> claims, String subject) {
        for (String claim : List.of("name", "preferred_username")) {
            if (claims.get(claim) instanceof String text && !text.isBlank()) {
                return shorten(text.strip(), LABEL_MAX);
            }
        }
        return shorten(subject, LABEL_MAX);
    }

    /** oidc:<sub>, or oidc:sha256: and the subject's digest (base64url) when that would be over 64 characters. */
    static String identity(String subject) {
        String identity = PREFIX + subject;
        if (identity.length() <= IDENTITY_MAX && identity.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return identity;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return PREFIX + "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
