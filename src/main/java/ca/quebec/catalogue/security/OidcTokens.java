package ca.quebec.catalogue.security;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;

import ca.quebec.catalogue.kernel.ProblemException;

/**
 * Checks OIDC access tokens against the identity provider set by configuration
 * ({@link OidcConfig}): its discovery document gives the issuer and the address of
 * its keys (JWKS), fetched on the first token rather than at start-up, so that the
 * service starts while the provider is down. Keys are cached and fetched again when
 * they expire or when a token names a key id the cache lacks (the provider rotated
 * its keys), at most every 30 s. A token must be signed (RSA or EC; never "none" nor
 * a shared secret) by one of those keys, come from the issuer, be within its
 * validity (exp required, nbf, with a small clock skew), name the audience when one
 * is configured, and have a subject.
 *
 * <p>A refused token is a 401 {@code invalid-token} whose {@code WWW-Authenticate}
 * says why (RFC 6750); a provider that cannot be reached is a 503 with Retry-After.
 * Tokens are never logged.
 */
@ApplicationScoped
class OidcTokens {

    private static final Logger LOG = Logger.getLogger(OidcTokens.class);
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    /** Access tokens are typed JWT (Keycloak), at+jwt (RFC 9068), or not typed. */
    private static final Set<JOSEObjectType> TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
            new JOSEObjectType("application/at+jwt"));
    /** After a failed discovery, requests are answered 503 at once for this long before it is tried again. */
    private static final Duration RETRY_DISCOVERY = Duration.ofSeconds(5);
    static final String RETRY_AFTER = "5";
    private static final int SIZE_LIMIT = 512 * 1024;

    /** Why a token was refused: the problem's detail, and the RFC 6750 error_description (ASCII). */
    enum Reason {
        MALFORMED("malformed", "The access token is malformed"),
        SIGNATURE("signature", "The access token is not signed with a key of the identity provider"),
        EXPIRED("expired", "The access token expired"),
        NOT_YET_VALID("not-yet-valid", "The access token is not valid yet"),
        ISSUER("issuer", "The access token comes from another issuer"),
        AUDIENCE("audience", "The access token is meant for another audience"),
        MISSING_CLAIM("missing-claim", "The access token lacks the claim ");

        final String variant;
        final String description;

        Reason(String variant, String description) {
            this.variant = variant;
            this.description = description;
        }
    }

    /** A refusal met while checking a token, with its reason. */
    static final class Refused extends BadJWTException {
        private static final long serialVersionUID = 1L;
        final transient Reason reason;
        final String claim;

        Refused(Reason reason, String claim) {
            super(reason.description);
            this.reason = reason;
            this.claim = claim;
        }

        Refused(Reason reason) {
            this(reason, null);
        }
    }

    /** What discovery found: the issuer to expect and the processor that checks tokens with its keys. */
    private record Provider(String issuer, DefaultJWTProcessor<SecurityContext> processor) {
    }

    private final Optional<String> serverUrl;
    private final OidcConfig config;
    private final Clock clock;
    private final ResourceRetriever retriever;
    private volatile Provider provider;
    private volatile long failedAt;
    private volatile long keysWarnedAt;

    OidcTokens(OidcConfig config, Clock clock) {
        this.serverUrl = config.authServerUrl().map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        this.config = config;
        this.clock = clock;
        int timeout = (int) config.httpTimeout().toMillis();
        this.retriever = new DefaultResourceRetriever(timeout, timeout, SIZE_LIMIT);
    }

    /** Says at start-up whether tokens are accepted, and from whom (the provider is first asked on the first token). */
    void started(@Observes StartupEvent event) {
        serverUrl.ifPresent(url -> LOG.infof("Sign-in with OIDC access tokens from %s, beside API keys", url));
    }

    /** Whether sign-in with OIDC is configured. */
    boolean enabled() {
        return serverUrl.isPresent();
    }

    /** The claims of a token the provider signed and that is valid now; a 401 or a 503 {@link ProblemException} otherwise. */
    JWTClaimsSet verify(String token) {
        Provider current = provider();
        try {
            return current.processor().process(token, null);
        } catch (Refused refused) {
            throw refusal(refused.reason, refused.claim);
        } catch (ParseException malformed) {
            throw refusal(Reason.MALFORMED, null);
        } catch (BadJOSEException | RateLimitReachedException unknownKeyOrBadSignature) {
            // No key of the provider matches (another signer, or a key id met again before the rate limit lets the
            // set be fetched anew), the signature does not verify, an algorithm we refuse, or an unsigned token.
            throw refusal(Reason.SIGNATURE, null);
        } catch (KeySourceException unreachable) {
            long now = System.nanoTime();
            if (now - keysWarnedAt > Duration.ofSeconds(30).toNanos()) {
                keysWarnedAt = now;
                LOG.warnf("OIDC: the identity provider's keys cannot be fetched: %s", unreachable.getMessage());
            }
            throw unavailable();
        } catch (JOSEException unusable) {
            // A key of the wrong type for the algorithm, say: no signature of the provider's.
            throw refusal(Reason.SIGNATURE, null);
        }
    }

    /** The discovered provider; discovery runs on the first token, and again after a failure once a few seconds passed. */
    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider != null) {
                return provider;
            }
            if (failedAt != 0 && System.nanoTime() - failedAt < RETRY_DISCOVERY.toNanos()) {
                throw unavailable();
            }
            String address = serverUrl.orElseThrow() + "/.well-known/openid-configuration";
            try {
                Map<String, Object> document = JSONObjectUtils.parse(retriever.retrieveResource(URI.create(address).toURL()).getContent());
                String issuer = config.issuer().orElse(JSONObjectUtils.getString(document, "issuer"));
                String jwksUri = JSONObjectUtils.getString(document, "jwks_uri");
                if (issuer == null || jwksUri == null) {
                    throw new IOException("the discovery document has no issuer or no jwks_uri");
                }
                provider = new Provider(issuer, processor(issuer, URI.create(jwksUri).toURL()));
                failedAt = 0;
                LOG.infof("OIDC: tokens of the issuer %s, checked with the keys at %s", issuer, jwksUri);
                return provider;
            } catch (IOException | ParseException | IllegalArgumentException e) {
                failedAt = System.nanoTime();
                LOG.warnf("OIDC: discovery at %s failed: %s", address, e.getMessage());
                throw unavailable();
            }
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(String issuer, URL jwksUri) {
        long ttl = config.jwksCacheTtl().toMillis();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext> create(jwksUri, retriever)
                .cache(ttl, config.httpTimeout().toMillis() + 1000)
                .rateLimited(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL)
                // The cached keys keep serving for an hour past their time while the provider is down.
                .outageTolerant(Duration.ofHours(1).toMillis())
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWSTypeVerifier(types());
        processor.setJWTClaimsSetVerifier(claims(issuer));
        return processor;
    }

    private static JOSEObjectTypeVerifier<SecurityContext> types() {
        return (type, context) -> {
            if (type != null && !TYPES.contains(type) && !TYPES.contains(new JOSEObjectType(type.getType().toLowerCase(java.util.Locale.ROOT)))) {
                throw new Refused(Reason.MALFORMED);
            }
        };
    }

    private JWTClaimsSetVerifier<SecurityContext> claims(String issuer) {
        Duration skew = config.clockSkew();
        Optional<String> audience = config.audience().map(String::strip).filter(a -> !a.isEmpty());
        return (claims, context) -> {
            Instant now = clock.instant();
            if (claims.getExpirationTime() == null) {
                throw new Refused(Reason.MISSING_CLAIM, "exp");
            }
            if (now.isAfter(claims.getExpirationTime().toInstant().plus(skew))) {
                throw new Refused(Reason.EXPIRED);
            }
            if (claims.getNotBeforeTime() != null && now.plus(skew).isBefore(claims.getNotBeforeTime().toInstant())) {
                throw new Refused(Reason.NOT_YET_VALID);
            }
            if (!issuer.equals(claims.getIssuer())) {
                throw new Refused(Reason.ISSUER);
            }
            if (audience.isPresent() && (claims.getAudience() == null || !claims.getAudience().contains(audience.get()))) {
                throw new Refused(Reason.AUDIENCE);
            }
            if (claims.getSubject() == null || claims.getSubject().isBlank()) {
                throw new Refused(Reason.MISSING_CLAIM, "sub");
            }
        };
    }

    /** 401 invalid-token, with the RFC 6750 challenge that says why. */
    static ProblemException refusal(Reason reason, String claim) {
        String description = reason.description + (claim == null ? "" : claim);
        String challenge = "Bearer realm=\"catalogue\", error=\"invalid_token\", error_description=\"" + description + "\"";
        return ProblemException.variant(401, "invalid-token", reason.variant, Map.of("WWW-Authenticate", challenge),
                claim == null ? new Object[0] : new Object[] { claim });
    }

    static ProblemException unavailable() {
        return new ProblemException(503, "identity-provider-unavailable", List.of(), List.of(), null, Map.of("Retry-After", RETRY_AFTER));
    }
}
