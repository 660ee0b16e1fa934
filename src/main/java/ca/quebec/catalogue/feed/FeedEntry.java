package ca.quebec.catalogue.feed;

import java.time.OffsetDateTime;
import java.util.List;

import ca.quebec.catalogue.record.RecordKind;

/**
 * One change as the feed shows it.
 *
 * @param name         the record's name now
 * @param organization for a change to a usage: the body that declares it, else null
 * @param fields       for an edit: the names of the fields it changed (never their values)
 */
public record FeedEntry(long seq, OffsetDateTime occurredAt, RecordKind kind, String id, String name, String action, long revision,
        Body organization, List<String> fields) {

    /** A public body, named in both languages (English when known). */
    public record Body(String id, String nameFr, String nameEn) {
    }
}
