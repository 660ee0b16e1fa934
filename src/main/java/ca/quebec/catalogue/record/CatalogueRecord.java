package ca.quebec.catalogue.record;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import ca.quebec.catalogue.persistence.StringListConverter;

/**
 * What software and solutions share: the descriptive core, the moderation state
 * and the revision that every write bumps. One table holds both kinds, so that
 * usages, the change log and search treat them alike.
 */
@Entity
@Table(name = "catalogue_record")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class CatalogueRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_record_seq")
    @SequenceGenerator(name = "catalogue_record_seq", sequenceName = "catalogue_record_seq", allocationSize = 50)
    public Long pk;

    /** The discriminator ("software" or "solution"), readable in queries. */
    @Column(name = "kind", insertable = false, updatable = false)
    public String kindName;

    /** The public, stable slug. */
    public String id;

    public String name;

    /** {@link RecordNames#normalize} of the name, for duplicate detection. */
    @Column(name = "normalized_name")
    public String normalizedName;

    @Convert(converter = StringListConverter.class)
    public List<String> aliases = List.of();

    @Column(name = "description_fr")
    public String descriptionFr;

    @Column(name = "description_en")
    public String descriptionEn;

    /** A canonical SPDX expression, or null when the licence is unknown. */
    public String licence;

    /** False for the few non-free products the 2017 inventory lists; null when nobody knows. */
    @Column(name = "free_software")
    public Boolean freeSoftware;

    @Column(name = "curator_note_fr")
    public String curatorNoteFr;

    @Column(name = "curator_note_en")
    public String curatorNoteEn;

    public String homepage;

    public String repository;

    @Column(name = "normalized_repository")
    public String normalizedRepository;

    @Convert(converter = StringListConverter.class)
    public List<String> keywords = List.of();

    @Convert(converter = StringListConverter.class)
    public List<String> platforms = List.of();

    @ElementCollection
    @CollectionTable(name = "record_category", joinColumns = @JoinColumn(name = "record_pk"))
    @Column(name = "category_id")
    public Set<String> categories = new LinkedHashSet<>();

    /** The SPDX ids the licence expression names, for the licence filter. */
    @ElementCollection
    @CollectionTable(name = "record_licence", joinColumns = @JoinColumn(name = "record_pk"))
    @Column(name = "licence_id")
    public Set<String> licenceIds = new LinkedHashSet<>();

    /** One of {@link ca.quebec.catalogue.visibility.RecordStatus}'s wire names. */
    public String status;

    @Column(name = "status_reason")
    public String statusReason;

    /** The organization whose key submitted the record, if it came through the API. */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** How many organizations declare an active usage: kept with each usage write, for sorting. */
    @Column(name = "usage_count")
    public int usageCount;

    public long revision;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public abstract RecordKind kind();
}
