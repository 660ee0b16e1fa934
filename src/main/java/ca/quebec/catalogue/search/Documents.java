package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;

/** A {@link SearchDocument} as Lucene fields, and back from the stored copy. */
final class Documents {

    private Documents() {
    }

    /** Ranked text with length normalization: a match in a short name counts more than in a long one. */
    private static final FieldType TEXT = TextField.TYPE_NOT_STORED;

    /**
     * Organization names without length normalization: software used by fifty bodies is
     * no less "used by the MTQ" than software used by the MTQ alone.
     */
    private static final FieldType TEXT_NO_NORMS = new FieldType(TextField.TYPE_NOT_STORED);

    /** Vocabulary only: which records hold a word, nothing to score. */
    private static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_NO_NORMS.setOmitNorms(true);
        TEXT_NO_NORMS.freeze();
        WORDS.setOmitNorms(true);
        WORDS.setIndexOptions(IndexOptions.DOCS);
        WORDS.freeze();
    }

    static Document toLucene(SearchDocument record, SharedTokens shared) {
        Document doc = new Document();
        String key = record.key();
        doc.add(new StringField(Fields.KEY, key, Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
        doc.add(new BinaryDocValuesField(Fields.STORED, encode(record)));

        doc.add(new StringField(Fields.STATUS, record.status(), Field.Store.NO));
        if (record.submittedBy() != null) {
            doc.add(new StringField(Fields.SUBMITTED_BY, record.submittedBy(), Field.Store.NO));
        }
        if (record.osiApproved() != null) {
            doc.add(new StringField(Fields.OSI, record.osiApproved().toString(), Field.Store.NO));
        }
        if (record.owner() != null) {
            doc.add(new StringField(Fields.OWNER, record.owner().id(), Field.Store.NO));
        }
        for (String platform : record.platforms()) {
            doc.add(new StringField(Fields.PLATFORM, platform, Field.Store.NO));
        }

        facet(doc, Fields.KIND, record.kind());
        record.categories().forEach(c -> facet(doc, Fields.CATEGORY, c.id()));
        record.licenceIds().forEach(id -> facet(doc, Fields.LICENCE, id));
        record.usedBy().forEach(o -> facet(doc, Fields.ORGANIZATION, o.id()));
        facet(doc, Fields.DEVELOPMENT_STATUS, record.developmentStatus());

        doc.add(new NumericDocValuesField(Fields.USAGE, record.usageCount()));
        doc.add(new FloatDocValuesField(Fields.USAGE_BOOST, usageBoost(record.usageCount())));
        doc.add(new NumericDocValuesField(Fields.UPDATED, record.updatedAt() == null ? 0 : record.updatedAt().toEpochMilli()));
        doc.add(new SortedDocValuesField(Fields.NAME_SORT, new BytesRef(nameSortKey(record.name()))));

        doc.add(new StringField(Fields.NAME_KEY, RecordNames.normalize(record.name()), Field.Store.NO));
        for (String alias : record.aliases()) {
            doc.add(new StringField(Fields.ALIAS_KEY, RecordNames.normalize(alias), Field.Store.NO));
        }

        List<String> names = new ArrayList<>();
        names.add(record.name());
        names.addAll(record.aliases());
        text(doc, Fields.NAMES, names, TEXT);
        names.forEach(n -> doc.add(new Field(Fields.SUGGEST, n, WORDS)));

        List<String> tags = new ArrayList<>(record.keywords());
        text(doc, Fields.TAGS, tags, TEXT);
        List<String> labels = new ArrayList<>();
        for (CategoryRef category : record.categories()) {
            add(labels, category.nameFr());
            add(labels, category.nameEn());
        }
        labels.forEach(label -> doc.add(shared.bilingual(Fields.TAGS, label, TEXT)));

        List<String> organizations = new ArrayList<>();
        record.usedBy().forEach(o -> organizationNames(organizations, o));
        if (record.owner() != null) {
            organizationNames(organizations, record.owner());
        }
        organizations.forEach(name -> doc.add(shared.bilingual(Fields.ORGS, name, TEXT_NO_NORMS)));

        List<String> body = new ArrayList<>();
        add(body, record.descriptionFr());
        add(body, record.descriptionEn());
        add(body, record.licence());
        body.addAll(record.platforms());
        text(doc, Fields.BODY, body, TEXT);

        for (List<String> values : List.of(names, tags, body)) {
            values.forEach(v -> doc.add(new Field(Fields.SPELL, v, WORDS)));
        }
        for (List<String> values : List.of(labels, organizations)) {
            values.forEach(v -> doc.add(shared.words(Fields.SPELL, v, WORDS)));
        }
        return doc;
    }

    /** The name as the name sort compares it: the same normal form as the record lists' sort. */
    static String nameSortKey(String name) {
        return RecordNames.normalize(name);
    }

    /**
     * Popularity as a factor of the relevance score: 0 usages ×1, 10 ×1.24, 60 ×1.41. Enough
     * for the browser 63 bodies use to pass one that merely has "browser" in its name, not
     * enough for a popular record to pass a clearly better match.
     */
    static float usageBoost(int usageCount) {
        return (float) (1 + 0.1 * Math.log1p(Math.max(0, usageCount)));
    }

    static void organizationNames(List<String> into, OrganizationRef organization) {
        add(into, organization.nameFr());
        add(into, organization.nameEn());
        add(into, organization.acronym());
        organization.aliases().forEach(a -> add(into, a));
        add(into, organization.id());
    }

    private static void text(Document doc, String field, List<String> values, FieldType type) {
        for (String value : values) {
            doc.add(new Field(field, value, type));
        }
    }

    private static void facet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void add(List<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value);
        }
    }

    // The stored copy: a compact binary form, read back for hits and highlights. Organizations
    // and categories are stored by id (see References).

    private static final byte FORMAT = 2;

    static BytesRef encode(SearchDocument d) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(FORMAT);
            out.writeString(d.kind());
            out.writeString(d.id());
            out.writeString(d.name());
            strings(out, d.aliases());
            nullable(out, d.descriptionFr());
            nullable(out, d.descriptionEn());
            strings(out, d.keywords());
            out.writeVInt(d.categories().size());
            for (CategoryRef c : d.categories()) {
                out.writeString(c.id());
            }
            nullable(out, d.licence());
            strings(out, d.licenceIds());
            out.writeByte((byte) (d.osiApproved() == null ? 0 : d.osiApproved() ? 1 : 2));
            out.writeVInt(d.usedBy().size());
            for (OrganizationRef o : d.usedBy()) {
                out.writeString(o.id());
            }
            nullable(out, d.owner() == null ? null : d.owner().id());
            nullable(out, d.developmentStatus());
            strings(out, d.platforms());
            out.writeVInt(d.usageCount());
            out.writeByte((byte) (d.updatedAt() == null ? 0 : 1));
            if (d.updatedAt() != null) {
                out.writeZLong(d.updatedAt().getEpochSecond());
                out.writeVInt(d.updatedAt().getNano());
            }
            out.writeString(d.status());
            nullable(out, d.submittedBy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The stored copy back; organization and category names come from {@code references}. */
    static SearchDocument decode(BytesRef bytes, References references) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), references);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchDocument read(ByteArrayDataInput in, References references) throws IOException {
        if (in.readByte() != FORMAT) {
            throw new IllegalStateException("Unknown stored record format");
        }
        String kind = in.readString();
        String id = in.readString();
        String name = in.readString();
        List<String> aliases = strings(in);
        String descriptionFr = nullable(in);
        String descriptionEn = nullable(in);
        List<String> keywords = strings(in);
        int categoryCount = in.readVInt();
        List<CategoryRef> categories = new ArrayList<>(categoryCount);
        for (int i = 0; i < categoryCount; i++) {
            categories.add(references.category(in.readString()));
        }
        String licence = nullable(in);
        List<String> licenceIds = strings(in);
        byte osi = in.readByte();
        Boolean osiApproved = osi == 0 ? null : osi == 1;
        int usedByCount = in.readVInt();
        List<OrganizationRef> usedBy = new ArrayList<>(usedByCount);
        for (int i = 0; i < usedByCount; i++) {
            usedBy.add(references.organization(in.readString()));
        }
        String ownerId = nullable(in);
        OrganizationRef owner = ownerId == null ? null : references.organization(ownerId);
        String developmentStatus = nullable(in);
        List<String> platforms = strings(in);
        int usageCount = in.readVInt();
        Instant updatedAt = in.readByte() == 0 ? null : Instant.ofEpochSecond(in.readZLong(), in.readVInt());
        String status = in.readString();
        String submittedBy = nullable(in);
        return new SearchDocument(kind, id, name, aliases, descriptionFr, descriptionEn, keywords, categories, licence,
                licenceIds, osiApproved, usedBy, owner, developmentStatus, platforms, usageCount, updatedAt, status,
                submittedBy);
    }

    private static void strings(ByteBuffersDataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static List<String> strings(ByteArrayDataInput in) throws IOException {
        int size = in.readVInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readString());
        }
        return values;
    }

    private static void nullable(ByteBuffersDataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String nullable(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
