package ca.quebec.catalogue.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A digest of everything the catalogue stores, to check that a refused request
 * changed nothing at all. Rows are read as text straight from JDBC (no entity
 * mapping), so that a fuzz can afford one after each write.
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

    private final DataSource database;

    public Fingerprint(DataSource database) {
        this.database = database;
    }

    public String take() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String sql : TABLES) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            // A separator after each value, and a mark for null, so that no two rows digest alike.
                            digest.update(value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) 0x1e);
                    }
                }
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
