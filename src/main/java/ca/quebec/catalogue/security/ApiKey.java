package ca.quebec.catalogue.security;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API key as stored: its hash, never its secret. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    public String id;

    @Column(name = "key_hash")
    public String keyHash;

    /** The first characters of the secret, so that a holder can tell keys apart. */
    @Column(name = "key_prefix")
    public String keyPrefix;

    @Column(name = "organization_id")
    public String organizationId;

    public String role;

    public String label;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
