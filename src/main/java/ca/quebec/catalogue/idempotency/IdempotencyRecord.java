package ca.quebec.catalogue.idempotency;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The first successful answer to a POST sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    /** Keys are scoped to the API key that sent them: two callers never share one. */
    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String method;

    public String path;

    /** SHA-256 of the request as it was understood (canonical JSON), to tell a retry from a different request. */
    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String location;

    public String etag;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static class Key implements Serializable {
        public String caller;
        public String idempotencyKey;

        public Key() {
        }

        public Key(String caller, String idempotencyKey) {
            this.caller = caller;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller) && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }
}
