package ca.quebec.catalogue.record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.function.Function;

import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.security.Role;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.JsonBodies;

import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.licence.LicenceExpression;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.web.BilingualText;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Violation;

/**
 * The write rules that software and solutions share: checking and applying the
 * descriptive core, refusing duplicates, locking a record for a write, and the
 * moderation lifecycle.
 */
@ApplicationScoped
public class RecordEditor {

    public static final List<String> PLATFORMS = List.of("windows", "macos", "linux", "unix", "bsd", "android", "ios", "web");
    public static final int ID_MAX = 80;

    private final EntityManager em;
    private final LicenceRegistry licences;
    private final CategoryRepository categories;
    private final ChangeLog changeLog;

    public RecordEditor(EntityManager em, LicenceRegistry licences, CategoryRepository categories, ChangeLog changeLog) {
        this.em = em;
        this.licences = licences;
        this.categories = categories;
        this.changeLog = changeLog;
    }

    /**
     * Stores a new record: published when a curator sends it, submitted for
     * moderation otherwise; logs its creation.
     */
    public <R extends CatalogueRecord> void create(Caller caller, R record, Function<R, ObjectNode> state) {
        record.status = caller.isCurator() ? RecordStatus.PUBLISHED.wire : RecordStatus.SUBMITTED.wire;
        record.submittedBy = caller.organization();
        record.revision = 1;
        record.createdAt = now();
        record.updatedAt = record.createdAt;
        em.persist(record);
        changeLog.append(caller.actor(), record.updatedAt, new ChangeLog.Entry(record.kind().wire, record.id, null,
                caller.isCurator() ? "created" : "submitted", 1, MergePatch.diff(null, state.apply(record))));
    }

    /** Records an edit, unless it changed nothing: bumps the revision and logs what changed. */
    public <R extends CatalogueRecord> void edited(Caller caller, R record, ObjectNode before, Function<R, ObjectNode> state) {
        ObjectNode after = state.apply(record);
        if (before.equals(after)) {
            return;
        }
        record.revision++;
        record.updatedAt = now();
        changeLog.append(caller.actor(), record.updatedAt, new ChangeLog.Entry(record.kind().wire, record.id, null, "updated",
                record.revision, MergePatch.diff(before, after)));
    }

    /** A curator's decision (approve, reject, archive) on a locked record. */
    public <R extends CatalogueRecord> R moderate(Caller caller, Class<R> type, RecordKind kind, String id, Moderation moderation,
            String reason, String ifMatch, Function<R, ObjectNode> state, Function<R, EntityTag> etag) {
        caller.require(Role.CURATOR);
        R record = lock(type, id);
        if (record == null) {
            throw ProblemException.notFound(kind.wire, id);
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, etag.apply(record));
        }
        ObjectNode before = state.apply(record);
        moderation.apply(record, reason);
        record.revision++;
        record.updatedAt = now();
        changeLog.append(caller.actor(), record.updatedAt, new ChangeLog.Entry(record.kind().wire, id, null, moderation.action,
                record.revision, MergePatch.diff(before, state.apply(record))));
        return record;
    }

    /** Checks a merge patch's shape and applies it to the editable fields (of a record or a body), giving the input to check. */
    public static <I> I patched(ObjectNode editable, JsonNode patch, List<String> readOnly, Class<I> inputType, ObjectMapper json) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        refuseReadOnly(patch, readOnly);
        return JsonBodies.bind(json, MergePatch.apply(editable, patch), inputType);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Checks the descriptive core; a curator note is for curators only. */
    public void check(DescriptiveInput in, Caller caller, Checks checks) {
        checks.slug("/id", in.id(), ID_MAX);
        checks.text("/name", in.name(), Checks.NAME_MAX, true);
        if (in.name() != null && !in.name().isBlank() && RecordNames.normalize(in.name()).isEmpty()) {
            checks.add(Violation.of("/name", "name-without-letters"));
        }
        checks.strings("/aliases", in.aliases(), Checks.NAME_MAX);
        if (checks.required("/description", in.description())) {
            checks.text("/description/fr", in.description().fr(), Checks.TEXT_MAX, true);
            checks.text("/description/en", in.description().en(), Checks.TEXT_MAX, false);
        }
        if (in.licence() != null) {
            licences.violation("/licence", in.licence()).ifPresent(checks::add);
        }
        if (in.curatorNote() != null) {
            if (!caller.isCurator()) {
                checks.add(Violation.of("/curatorNote", "curator-only"));
            } else {
                checks.text("/curatorNote/fr", in.curatorNote().fr(), Checks.TEXT_MAX, true);
                checks.text("/curatorNote/en", in.curatorNote().en(), Checks.TEXT_MAX, false);
            }
        }
        checks.url("/homepage", in.homepage());
        checks.url("/repository", in.repository());
        checks.strings("/categories", in.categories(), 64);
        if (in.categories() != null && in.categories().size() <= Checks.LIST_MAX) {
            for (int i = 0; i < in.categories().size(); i++) {
                String category = in.categories().get(i);
                if (category != null && categories.findById(category) == null) {
                    checks.add(Violation.of("/categories/" + i, "unknown-category", category));
                }
            }
        }
        checks.strings("/keywords", in.keywords(), Checks.ITEM_MAX);
        checks.stringsOneOf("/platforms", in.platforms(), PLATFORMS);
    }

    /** Copies a checked core onto a record. */
    public void apply(CatalogueRecord r, DescriptiveInput in) {
        r.name = in.name().strip();
        r.normalizedName = RecordNames.normalize(r.name);
        r.aliases = orEmpty(in.aliases());
        r.descriptionFr = in.description().fr();
        r.descriptionEn = in.description().en();
        if (in.licence() == null) {
            r.licence = null;
            r.licenceIds = new LinkedHashSet<>();
        } else {
            LicenceExpression expression = licences.parseValid(in.licence());
            r.licence = expression.canonical();
            r.licenceIds = new LinkedHashSet<>(expression.licenceIds());
        }
        r.freeSoftware = in.freeSoftware() != null ? in.freeSoftware() : r.licence != null ? freeByLicence(r.licence) : null;
        r.curatorNoteFr = in.curatorNote() == null ? null : in.curatorNote().fr();
        r.curatorNoteEn = in.curatorNote() == null ? null : in.curatorNote().en();
        r.homepage = in.homepage();
        r.repository = in.repository();
        r.normalizedRepository = RecordNames.normalizeRepository(in.repository());
        r.categories = new LinkedHashSet<>(orEmpty(in.categories()));
        r.keywords = orEmpty(in.keywords());
        r.platforms = orEmpty(in.platforms());
    }

    /** A licence the OSI or the FSF approves makes free software; otherwise nobody can say from the licence alone. */
    private Boolean freeByLicence(String expression) {
        var described = licences.describe(expression);
        return Boolean.TRUE.equals(described.osiApproved()) || Boolean.TRUE.equals(described.fsfLibre()) ? Boolean.TRUE : null;
    }

    /** The editable fields of a record, shaped like a submission, for merge-patching. */
    public ObjectNode editable(CatalogueRecord r) {
        ObjectNode node = StoredJson.MAPPER.createObjectNode();
        node.put("name", r.name);
        node.set("aliases", StoredJson.MAPPER.valueToTree(r.aliases));
        node.set("description", StoredJson.MAPPER.valueToTree(BilingualText.of(r.descriptionFr, r.descriptionEn)));
        node.put("licence", r.licence);
        node.put("freeSoftware", r.freeSoftware);
        node.set("curatorNote", StoredJson.MAPPER.valueToTree(BilingualText.of(r.curatorNoteFr, r.curatorNoteEn)));
        node.put("homepage", r.homepage);
        node.put("repository", r.repository);
        node.set("categories", StoredJson.MAPPER.valueToTree(r.categories.stream().sorted().toList()));
        node.set("keywords", StoredJson.MAPPER.valueToTree(r.keywords));
        node.set("platforms", StoredJson.MAPPER.valueToTree(r.platforms));
        return node;
    }

    /** Refuses a patch that tries to change what a patch cannot: the id, the status, bookkeeping. */
    public static void refuseReadOnly(JsonNode patch, List<String> readOnly) {
        Checks checks = new Checks();
        for (String field : readOnly) {
            if (patch.has(field)) {
                checks.add(Violation.of("/" + field, "read-only"));
            }
        }
        checks.orThrow();
    }

    /**
     * 409 when another record of the kind has the same id, normalized name or
     * repository: a retry or a second submission of the same thing.
     */
    public void refuseDuplicates(Class<? extends CatalogueRecord> type, RecordKind kind, String id, String normalizedName,
            String normalizedRepository, Long exceptPk) {
        if (id != null) {
            duplicate(type, "r.id = :value", id, exceptPk, kind, "duplicate-id");
        }
        duplicate(type, "r.normalizedName = :value", normalizedName, exceptPk, kind, "duplicate-name");
        if (normalizedRepository != null) {
            duplicate(type, "r.normalizedRepository = :value", normalizedRepository, exceptPk, kind, "duplicate-repository");
        }
    }

    private void duplicate(Class<? extends CatalogueRecord> type, String condition, String value, Long exceptPk, RecordKind kind,
            String problem) {
        var query = em.createQuery("select r.id from " + type.getSimpleName() + " r where " + condition
                + (exceptPk == null ? "" : " and r.pk <> :except"), String.class)
                .setParameter("value", value)
                .setMaxResults(1);
        if (exceptPk != null) {
            query.setParameter("except", exceptPk);
        }
        List<String> existing = query.getResultList();
        if (!existing.isEmpty()) {
            throw ProblemException.conflict(problem, kind.path(existing.get(0)), existing.get(0));
        }
    }

    /** The record, locked until the transaction ends: concurrent writers of one record take turns. */
    public <R extends CatalogueRecord> R lock(Class<R> type, String id) {
        List<R> found = em.createQuery("select r from " + type.getSimpleName() + " r where r.id = :id", type)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A record of either kind, locked until the transaction ends. */
    public CatalogueRecord lock(RecordKind kind, String id) {
        List<CatalogueRecord> found = em.createQuery("select r from CatalogueRecord r where r.kindName = :kind and r.id = :id",
                CatalogueRecord.class)
                .setParameter("kind", kind.wire)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Several records, locked in primary-key order so that two bulk writers cannot deadlock. */
    public List<CatalogueRecord> lockAll(java.util.Collection<Long> pks) {
        if (pks.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CatalogueRecord r where r.pk in :pks order by r.pk", CatalogueRecord.class)
                .setParameter("pks", pks)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Whether a caller may see a record: published and archived ones are public. */
    public static boolean visibleTo(CatalogueRecord r, Caller caller) {
        if (RecordStatus.PUBLISHED.wire.equals(r.status) || RecordStatus.ARCHIVED.wire.equals(r.status)) {
            return true;
        }
        return caller.isCurator() || (caller.authenticated() && caller.organization().equals(r.submittedBy));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
