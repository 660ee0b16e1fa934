package ca.quebec.catalogue.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A digest of everything the catalogue stores, to check that a refused request
 * changed nothing at all.
 */
@ApplicationScoped
public class Fingerprint {

    private static final List<String> TABLES = List.of(
            "select * from organization order by id",
            "select * from category order by id",
            "select * from catalogue_record order by pk",
            "select * from record_category order by record_pk, category_id",
            "select * from record_licence order by record_pk, licence_id",
            "select * from record_usage order by pk",
            "select * from change_log order by seq",
            "select * from change_sequence",
            "select id, key_hash, organization_id, role, label, revoked_at from api_key order by id",
            "select * from idempotency_record order by caller, idempotency_key",
            // Not the positions and attempts the webhook worker moves in the background.
            "select id, owner_key_id, url, events, secret, disabled_at from webhook_subscription order by id",
            "select id, subscription_id, seq, payload from webhook_delivery order by id");

    private final EntityManager em;

    public Fingerprint(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public String take() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String sql : TABLES) {
                for (Object row : em.createNativeQuery(sql).getResultList()) {
                    String text = row instanceof Object[] columns ? java.util.Arrays.deepToString(columns) : String.valueOf(row);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
