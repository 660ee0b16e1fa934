package ca.quebec.catalogue.organization;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ca.quebec.catalogue.persistence.StringListConverter;

/** A public body (organisme public) that uses software and owns solutions. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public String id;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_en")
    public String nameEn;

    public String acronym;

    @Convert(converter = StringListConverter.class)
    public List<String> aliases = List.of();

    /** One of {@link OrganizationType}'s wire names. */
    public String type;

    @Column(name = "parent_id")
    public String parentId;

    public String website;

    public long revision;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
