package ca.quebec.catalogue.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sign-in with OIDC access tokens (prefix {@code catalogue.oidc}). Off unless the
 * identity provider's address is set: {@code catalogue.oidc.auth-server-url}
 * (CATALOGUE_OIDC_AUTH_SERVER_URL), which application.properties takes by default from
 * QUARKUS_OIDC_AUTH_SERVER_URL, the variable Quarkus' own OIDC extension reads. (The
 * extension is not used, see {@link OidcTokens}; a {@code quarkus.oidc.*} key in a
 * configuration file or system property would make Quarkus warn that it does not know it.)
 */
@ConfigMapping(prefix = "catalogue.oidc")
interface OidcConfig {

    /** The issuer's address (Keycloak: https://host/realms/name). Unset or empty: sign-in with OIDC is off. */
    Optional<String> authServerUrl();

    /**
     * The {@code iss} tokens must carry. Unset: the {@code issuer} of the discovery
     * document (which differs from the address above when the service reaches the
     * provider by an internal name).
     */
    Optional<String> issuer();

    /** When set, tokens must name it in {@code aud} (Keycloak: an "Audience" mapper). */
    Optional<String> audience();

    /** The claim that names the caller's organization (an id of the register); a dotted path reads nested objects. */
    @WithDefault("organization")
    String organizationClaim();

    /** The claim that lists the caller's roles: a dotted path such as realm_access.roles; an array or a string. */
    @WithDefault("roles")
    String rolesClaim();

    /** The provider's role names that make a contributor. */
    @WithDefault("contributor")
    List<String> contributorRoles();

    /** The provider's role names that make a curator. */
    @WithDefault("curator")
    List<String> curatorRoles();

    /** The provider's role names that make an admin. */
    @WithDefault("admin")
    List<String> adminRoles();

    /** How far the clocks of the provider and the service may disagree when exp and nbf are checked. */
    @WithDefault("30S")
    Duration clockSkew();

    /** The longest wait for the discovery document or the key set (connect, then read). */
    @WithDefault("3S")
    Duration httpTimeout();

    /** How long the provider's key set is kept before it is fetched again (an unknown key id fetches it at once, at most every 30 s). */
    @WithDefault("5M")
    Duration jwksCacheTtl();
}
