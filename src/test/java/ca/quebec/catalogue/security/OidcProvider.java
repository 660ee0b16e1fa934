package ca.quebec.catalogue.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An identity provider for the tests, on the loopback interface: the JDK's HTTP server
 * serves one realm's discovery document and its key set (JWKS), as Keycloak does under
 * {@code /realms/<realm>}. Its keys are generated at start: an RSA key {@code rsa-1}
 * and an EC key {@code ec-1} published from the start, and an RSA key {@code rsa-2}
 * published only when a test rotates the keys. The service under test is pointed at it
 * with {@code catalogue.oidc.auth-server-url} (what QUARKUS_OIDC_AUTH_SERVER_URL sets in production).
 *
 * <p>The tests run in another class loader than this manager, so they receive what they
 * need through configuration (the private keys as a JWK set, the control address) and
 * steer the provider over HTTP: {@code POST /control/up} (a provider started with
 * {@code down=true} answers 503 until then), {@code POST /control/rotate}. Static
 * helpers sign tokens with those keys.
 */
public class OidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "catalogue";
    static final String AUDIENCE = "catalogue-api";

    private HttpServer server;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicBoolean rotated = new AtomicBoolean(false);
    private final AtomicInteger keyFetches = new AtomicInteger();
    private JWKSet keys;

    @Override
    public void init(Map<String, String> args) {
        up.set(!"true".equals(args.get("down")));
    }

    @Override
    public Map<String, String> start() {
        try {
            keys = new JWKSet(List.of(
                    new RSAKeyGenerator(2048).keyID("rsa-1").algorithm(JWSAlgorithm.RS256).generate(),
                    new ECKeyGenerator(Curve.P_256).keyID("ec-1").algorithm(JWSAlgorithm.ES256).generate(),
                    new RSAKeyGenerator(2048).keyID("rsa-2").algorithm(JWSAlgorithm.RS256).generate()));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String issuer = base + "/realms/" + REALM;
        server.createContext("/realms/" + REALM + "/.well-known/openid-configuration", exchange -> {
            if (!up.get()) {
                answer(exchange, 503, "{}");
                return;
            }
            answer(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\",\"ES256\"]}");
        });
        server.createContext("/realms/" + REALM + "/protocol/openid-connect/certs", exchange -> {
            keyFetches.incrementAndGet();
            List<JWK> published = keys.getKeys().stream().filter(k -> rotated.get() || !k.getKeyID().equals("rsa-2"))
                    .map(JWK::toPublicJWK).toList();
            answer(exchange, up.get() ? 200 : 503, new JWKSet(published).toString());
        });
        server.createContext("/control/up", exchange -> {
            up.set(true);
            answer(exchange, 200, "{}");
        });
        server.createContext("/control/rotate", exchange -> {
            rotated.set(true);
            answer(exchange, 200, "{}");
        });
        server.createContext("/control/key-fetches", exchange -> answer(exchange, 200, String.valueOf(keyFetches.get())));
        server.start();
        return Map.of(
                "catalogue.oidc.auth-server-url", issuer,
                "oidc-test.control", base + "/control",
                // The private keys, for the tests to sign with (they live in another class loader).
                "oidc-test.keys", keys.toString(false));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    // ---- what the tests use, in the application's class loader ----

    /** The issuer the service was pointed at. */
    static String issuer() {
        return ConfigProvider.getConfig().getValue("catalogue.oidc.auth-server-url", String.class);
    }

    /** One of the provider's private keys: rsa-1, ec-1, rsa-2 (published once rotated). */
    static JWK key(String id) {
        try {
            return JWKSet.parse(ConfigProvider.getConfig().getValue("oidc-test.keys", String.class)).getKeyByKeyId(id);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks the provider to do something (up, rotate), or what it counted (key-fetches). */
    static String control(String what) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(ConfigProvider.getConfig().getValue("oidc-test.control", String.class) + "/" + what))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Claims as the provider writes them: issuer, audience, subject, a validity of five minutes from now. */
    static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(List.of(AUDIENCE, "account")).subject(subject)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "catalogue-portal").claim("typ", "Bearer");
    }

    /** The claims, signed with a key of the provider (or any other key, for a foreign token). */
    static String sign(JWTClaimsSet claims, JWK key) {
        try {
            SignedJWT jwt;
            if (key instanceof ECKey ec) {
                jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
                jwt.sign(new ECDSASigner(ec));
            } else {
                jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
                jwt.sign(new RSASSASigner((RSAKey) key));
            }
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWTClaimsSet claims) {
        return sign(claims, key("rsa-1"));
    }
}
