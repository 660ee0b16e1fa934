package ca.quebec.catalogue.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Vocabulary;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.persistence.StoredJson;

/**
 * Issues, checks and revokes API keys. A key is 40 random base-62 characters
 * after a "qc_" prefix (about 238 bits): it is shown once and only its SHA-256
 * is kept.
 */
@ApplicationScoped
class ApiKeyService {

    static final String SORT = "id";
    static final String BOOTSTRAP_ID = "bootstrap";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final OrganizationRepository organizations;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Optional<String> bootstrapHash;
    private final String bootstrapOrganization;

    public ApiKeyService(ApiKeyRepository keys, OrganizationRepository organizations, ChangeLog changeLog, Clock clock,
            SecurityConfig config) {
        this.keys = keys;
        this.organizations = organizations;
        this.changeLog = changeLog;
        this.clock = clock;
        this.bootstrapHash = config.bootstrapAdminKey().filter(k -> !k.isBlank()).map(ApiKeyService::hash);
        this.bootstrapOrganization = config.bootstrapAdminOrganization();
    }

    /** The caller a bearer token stands for, or empty when no valid key matches. */
    @Transactional
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token);
        if (bootstrapHash.isPresent() && MessageDigest.isEqual(bootstrapHash.get().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Caller(BOOTSTRAP_ID, bootstrapOrganization, Role.ADMIN, "bootstrap", SignIn.API_KEY));
        }
        ApiKey key = keys.findActiveByHash(hash);
        return key == null ? Optional.empty()
                : Optional.of(new Caller(key.id, key.organizationId, Vocabulary.parse(Role.class, key.role).orElseThrow(), key.label, SignIn.API_KEY));
    }

    /** The caller a key stands for while it is valid, by its id (not its secret): empty once revoked. */
    @Transactional
    Optional<Caller> holder(String keyId) {
        if (BOOTSTRAP_ID.equals(keyId)) {
            return bootstrapHash.map(configured -> new Caller(BOOTSTRAP_ID, bootstrapOrganization, Role.ADMIN, "bootstrap", SignIn.API_KEY));
        }
        ApiKey key = keyId == null ? null : keys.findById(keyId);
        return key == null || key.revokedAt != null ? Optional.empty()
                : Optional.of(new Caller(key.id, key.organizationId, Vocabulary.parse(Role.class, key.role).orElseThrow(), key.label, SignIn.API_KEY));
    }

    @Transactional
    public Written<ApiKeyView> issue(Caller caller, ApiKeyRequest request) {
        caller.require(Role.ADMIN);
        Checks checks = new Checks();
        if (checks.required("/organization", request.organization())
                && organizations.findById(request.organization()) == null) {
            checks.add(Violation.of("/organization", "unknown-organization", request.organization()));
        }
        if (checks.required("/role", request.role())) {
            checks.oneOf("/role", request.role(), Role.class);
        }
        checks.text("/label", request.label(), Checks.NAME_MAX, true);
        checks.orThrow();

        String secret = "qc_" + random(40);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString();
        key.keyHash = hash(secret);
        key.keyPrefix = secret.substring(0, 7);
        key.organizationId = request.organization();
        key.role = request.role();
        key.label = request.label().strip();
        key.createdAt = Clocks.now(clock);
        key.createdBy = Actor.of(caller).label();
        keys.persist(key);
        changeLog.append(Actor.of(caller), key.createdAt, new ChangeLog.Entry("api-key", key.id, null, "issued", 1,
                MergePatch.diff(null, state(key))));
        return Written.created(ApiKeyView.of(key, secret), null, "/api/v1/admin/api-keys/" + key.id);
    }

    @Transactional
    public Listing<ApiKeyView> list(Caller caller, PageRequest page) {
        caller.require(Role.ADMIN);
        return keys.page(page, SORT).map(k -> ApiKeyView.of(k, null));
    }

    /** Revokes a key; it stays listed, with the time it was revoked. */
    @Transactional
    public ApiKeyView revoke(Caller caller, String id) {
        caller.require(Role.ADMIN);
        ApiKey key = keys.findById(id);
        if (key == null) {
            throw ProblemException.notFound("api-key", id);
        }
        if (key.revokedAt == null) {
            ObjectNode before = state(key);
            key.revokedAt = Clocks.now(clock);
            changeLog.append(Actor.of(caller), key.revokedAt, new ChangeLog.Entry("api-key", key.id, null, "revoked", 2,
                    MergePatch.diff(before, state(key))));
        }
        return ApiKeyView.of(key, null);
    }

    private static ObjectNode state(ApiKey key) {
        return StoredJson.MAPPER.valueToTree(ApiKeyView.of(key, null));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
