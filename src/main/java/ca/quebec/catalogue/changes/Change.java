package ca.quebec.catalogue.changes;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One committed change: to a record, to one of its usages, or to an
 * organization. The change log is the history of every record, the feed that
 * keeps each instance's search index current, and the harvesters' change feed.
 */
@Entity
@Table(name = "change_log")
public class Change {

    /** Global, gap-free within a commit, and in commit order (see {@link ChangeLog}). */
    @Id
    public long seq;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** "software", "solution" or "organization". */
    @Column(name = "record_kind")
    public String recordKind;

    @Column(name = "record_id")
    public String recordId;

    /** What inside the record changed, when not the record itself: "usages/{organization}". */
    public String subject;

    public String action;

    /** The revision of the record (or of the usage) after the change. */
    public long revision;

    @Column(name = "actor_organization")
    public String actorOrganization;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_label")
    public String actorLabel;

    /** What changed, as an RFC 7386 JSON merge patch from the previous state. */
    public String patch;
}
