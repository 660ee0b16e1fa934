package ca.quebec.catalogue.usage;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import ca.quebec.catalogue.persistence.StringListConverter;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.ContactListConverter;

/**
 * A usage declaration: one organization uses one software, or reuses one
 * solution. A withdrawn usage is kept, with the time it was withdrawn.
 */
@Entity
@Table(name = "record_usage")
public class Usage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_usage_seq")
    @SequenceGenerator(name = "record_usage_seq", sequenceName = "record_usage_seq", allocationSize = 50)
    public Long pk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_pk")
    public CatalogueRecord record;

    @Column(name = "organization_id")
    public String organizationId;

    /** One of {@link InstallationRange}'s wire names, or null when unknown. */
    public String installations;

    @Convert(converter = StringListConverter.class)
    public List<String> versions = List.of();

    /** One of {@link UsageStatus}'s wire names, or null when unknown. */
    public String status;

    /** A year, year-month or date (ISO 8601): when the organization started using it. */
    public String since;

    @Column(name = "use_case_fr")
    public String useCaseFr;

    @Column(name = "use_case_en")
    public String useCaseEn;

    /** Referent contacts as JSON; shown to authenticated callers only. */
    @Convert(converter = ContactListConverter.class)
    public List<Contact> contacts = List.of();

    /** Where the declaration came from: a seed inventory or the API. */
    public String source;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    public long revision;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean active() {
        return withdrawnAt == null;
    }
}
