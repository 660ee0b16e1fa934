package ca.quebec.catalogue.usage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.JsonBodies;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;
import ca.quebec.catalogue.web.Violation;
import ca.quebec.catalogue.web.Written;

/** Usage declarations: reading them, declaring, withdrawing, and whole inventories in bulk. */
@ApplicationScoped
public class UsageService {

    /** Cursor sorts: usages of a record go by organization, an organization's usages by record. */
    public static final String BY_ORGANIZATION = "organization";
    public static final String BY_RECORD = "record";
    public static final int BULK_MAX = 5000;
    static final String API_SOURCE = "api";
    private static final int CONTACTS_MAX = 20;
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("^\\+?[0-9 ().-]{3,30}( ?(poste|ext\\.?|x) ?[0-9]{1,6})?$");

    private final EntityManager em;
    private final UsageRepository usages;
    private final OrganizationRepository organizations;
    private final RecordEditor editor;
    private final ChangeLog changeLog;
    private final ObjectMapper json;

    public UsageService(EntityManager em, UsageRepository usages, OrganizationRepository organizations, RecordEditor editor,
            ChangeLog changeLog, ObjectMapper json) {
        this.em = em;
        this.usages = usages;
        this.organizations = organizations;
        this.editor = editor;
        this.changeLog = changeLog;
        this.json = json;
    }

    /** The active usages of a visible record, ordered by organization id. */
    @Transactional
    public Listing<UsageView> ofRecord(CatalogueRecord record, PageRequest page, boolean authenticated) {
        String after = page.cursor() == null ? null : page.cursor().id();
        List<Usage> rows = usages.activeOfRecord(record, after, page.limit() + 1);
        long total = usages.countActiveOfRecord(record);
        return Listing.of(rows, page, total, u -> new Cursor(BY_ORGANIZATION, "", u.organizationId),
                u -> UsageViews.of(u, authenticated));
    }

    /** The active usages of a record the caller may see. */
    @Transactional
    public Listing<UsageView> ofRecord(RecordKind kind, String recordId, PageRequest page, Caller caller) {
        return ofRecord(visibleRecord(kind, recordId, caller, false), page, caller.authenticated());
    }

    /** The active usages an organization declares, of visible records, ordered by kind then record id. */
    @Transactional
    public Listing<UsageView> ofOrganization(String organizationId, PageRequest page, boolean authenticated) {
        if (organizations.findById(organizationId) == null) {
            throw ProblemException.notFound("organization", organizationId);
        }
        String visible = "u.organizationId = :organization and u.withdrawnAt is null and u.record.status in ('published', 'archived')";
        String keyset = page.cursor() == null ? ""
                : " and (u.record.kindName > :afterKind or (u.record.kindName = :afterKind and u.record.id > :afterId))";
        TypedQuery<Usage> query = em.createQuery("select u from Usage u join fetch u.record where " + visible + keyset
                + " order by u.record.kindName, u.record.id", Usage.class)
                .setParameter("organization", organizationId)
                .setMaxResults(page.limit() + 1);
        if (page.cursor() != null) {
            query.setParameter("afterKind", page.cursor().key()).setParameter("afterId", page.cursor().id());
        }
        long total = em.createQuery("select count(u) from Usage u where " + visible, Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        return Listing.of(query.getResultList(), page, total, u -> new Cursor(BY_RECORD, u.record.kind().wire, u.record.id),
                u -> UsageViews.of(u, authenticated));
    }

    /** One organization's active usage of a record the caller may see. */
    @Transactional
    public Tagged<UsageView> get(RecordKind kind, String recordId, String organizationId, Caller caller) {
        CatalogueRecord record = visibleRecord(kind, recordId, caller, false);
        Usage usage = usages.find(record, organizationId);
        if (usage == null || !usage.active()) {
            throw ProblemException.notFound("usage", organizationId);
        }
        return new Tagged<>(UsageViews.of(usage, caller.authenticated()), UsageViews.etag(usage, caller.authenticated()));
    }

    /**
     * Declares or updates a usage. Creating needs no If-Match; changing an
     * active declaration needs the ETag of the version read.
     */
    @Transactional
    public Written<UsageView> declare(Caller caller, RecordKind kind, String recordId, String organizationId, UsageInput input,
            String ifMatch) {
        caller.requireAuthenticated();
        CatalogueRecord record = visibleRecord(kind, recordId, caller, true);
        requireOrganization(organizationId);
        caller.requireActingFor(organizationId);
        Checks checks = new Checks();
        check(input, "", checks);
        checks.orThrow();

        Usage usage = usages.find(record, organizationId);
        boolean creating = usage == null || !usage.active();
        if (creating) {
            if (ifMatch != null) {
                // If-Match names a version; there is none to match.
                throw new ProblemException(412, "precondition-failed", "-");
            }
        } else {
            ETags.requireMatch(ifMatch, UsageViews.etag(usage, true));
        }
        OffsetDateTime now = RecordEditor.now();
        List<ChangeLog.Entry> changes = new ArrayList<>();
        usage = apply(record, organizationId, usage, input, now, changes);
        if (!changes.isEmpty()) {
            recount(record);
            changeLog.append(caller.actor(), now, changes);
        }
        UsageView view = UsageViews.of(usage, true);
        return creating ? Written.created(view, UsageViews.etag(usage, true), kind.path(record.id) + "/usages/" + organizationId)
                : Written.updated(view, UsageViews.etag(usage, true));
    }

    /** Withdraws an active usage; it is kept, with the time it was withdrawn. If-Match is optional here. */
    @Transactional
    public void withdraw(Caller caller, RecordKind kind, String recordId, String organizationId, String ifMatch) {
        caller.requireAuthenticated();
        CatalogueRecord record = visibleRecord(kind, recordId, caller, true);
        requireOrganization(organizationId);
        caller.requireActingFor(organizationId);
        Usage usage = usages.find(record, organizationId);
        if (usage == null || !usage.active()) {
            throw ProblemException.notFound("usage", organizationId);
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, UsageViews.etag(usage, true));
        }
        OffsetDateTime now = RecordEditor.now();
        ChangeLog.Entry change = withdraw(usage, now);
        recount(record);
        changeLog.append(caller.actor(), now, change);
    }

    /**
     * Applies a whole list of usages for one organization, all or nothing. Every
     * bad item is reported, by JSON pointer, before anything is written.
     */
    @Transactional
    public BulkUsageResult bulk(Caller caller, String organizationId, JsonNode body) {
        caller.requireAuthenticated();
        requireOrganization(organizationId);
        caller.requireActingFor(organizationId);
        Checks checks = new Checks();
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")), null, null);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("mode") && !name.equals("usages")) {
                checks.add(Violation.of("/" + name, "unknown-field", name));
            }
        }
        JsonNode modeNode = body.get("mode");
        String mode = modeNode != null && modeNode.isTextual() ? modeNode.asText() : null;
        if (modeNode == null || modeNode.isNull()) {
            checks.add(Violation.of("/mode", "required"));
        } else if (mode == null) {
            checks.add(Violation.of("/mode", "wrong-type", "string"));
        } else {
            checks.oneOf("/mode", mode, List.of("merge", "replace"));
        }
        JsonNode items = body.get("usages");
        List<BulkUsageItem> parsed = new ArrayList<>();
        Map<Integer, CatalogueRecord> records = new LinkedHashMap<>();
        if (items == null || items.isNull()) {
            checks.add(Violation.of("/usages", "required"));
        } else if (!items.isArray()) {
            checks.add(Violation.of("/usages", "wrong-type", "array"));
        } else if (items.size() > BULK_MAX) {
            checks.add(Violation.of("/usages", "too-many", BULK_MAX, items.size()));
        } else {
            readItems(items, caller, parsed, records, checks);
        }
        checks.orThrow();

        // Bulk writers of one organization take turns; records are then locked in one
        // statement, in key order, so that bulk writers of different organizations cannot deadlock.
        em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = RecordEditor.now();
        Map<Long, Usage> existing = new HashMap<>();
        em.createQuery("select u from Usage u join fetch u.record where u.organizationId = :organization", Usage.class)
                .setParameter("organization", organizationId).getResultList()
                .forEach(u -> existing.put(u.record.pk, u));
        Set<Long> listed = new HashSet<>();
        records.values().forEach(r -> listed.add(r.pk));
        List<Usage> others = "replace".equals(mode)
                ? existing.values().stream().filter(u -> u.active() && !listed.contains(u.record.pk)).toList()
                : List.of();
        Set<Long> toLock = new TreeSet<>(listed);
        others.forEach(u -> toLock.add(u.record.pk));
        editor.lockAll(toLock);

        List<ChangeLog.Entry> changes = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < parsed.size(); i++) {
            CatalogueRecord record = records.get(i);
            Usage before = existing.get(record.pk);
            boolean creating = before == null || !before.active();
            int logged = changes.size();
            apply(record, organizationId, before, parsed.get(i), now, changes);
            if (changes.size() == logged) {
                unchanged++;
            } else if (creating) {
                created++;
                counted.add(record.pk);
            } else {
                updated++;
            }
        }
        for (Usage usage : others) {
            changes.add(withdraw(usage, now));
            counted.add(usage.record.pk);
        }
        if (!changes.isEmpty()) {
            em.flush();
            for (Long pk : counted) {
                recount(em.find(CatalogueRecord.class, pk));
            }
            changeLog.append(caller.actor(), now, changes);
        }
        int withdrawn = others.size();
        return new BulkUsageResult(created, updated, withdrawn, unchanged);
    }

    private void readItems(JsonNode items, Caller caller, List<BulkUsageItem> parsed, Map<Integer, CatalogueRecord> records,
            Checks checks) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/usages/" + i;
            JsonNode node = items.get(i);
            if (!node.isObject()) {
                checks.add(Violation.of(pointer, "wrong-type", "object"));
                continue;
            }
            BulkUsageItem item;
            try {
                item = json.treeToValue(node, BulkUsageItem.class);
            } catch (JsonProcessingException e) {
                checks.add(JsonBodies.violation(e, pointer));
                continue;
            }
            parsed.add(item);
            check(item, pointer, checks);
            boolean software = item.software() != null;
            if (software == (item.solution() != null)) {
                checks.add(Violation.of(pointer + "/software", "software-or-solution"));
                continue;
            }
            RecordKind kind = software ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
            String id = software ? item.software() : item.solution();
            String field = pointer + (software ? "/software" : "/solution");
            Integer first = seen.putIfAbsent(kind.wire + "/" + id, i);
            if (first != null) {
                checks.add(Violation.of(field, "duplicate-item", first));
                continue;
            }
            CatalogueRecord record = findRecord(kind, id);
            if (record == null || !RecordEditor.visibleTo(record, caller)) {
                checks.add(Violation.of(field, software ? "unknown-software" : "unknown-solution", id));
                continue;
            }
            records.put(parsed.size() - 1, record);
        }
    }

    /** Creates, revives or updates a usage; adds a change when something changed. */
    private Usage apply(CatalogueRecord record, String organizationId, Usage usage, UsageFields input,
            OffsetDateTime now, List<ChangeLog.Entry> changes) {
        boolean creating = usage == null || !usage.active();
        ObjectNode before = usage == null || creating ? null : UsageViews.state(usage);
        if (usage == null) {
            usage = new Usage();
            usage.record = record;
            usage.organizationId = organizationId;
            usage.createdAt = now;
            usage.revision = 0;
        }
        usage.installations = input.installations();
        usage.versions = input.versions() == null ? List.of() : List.copyOf(input.versions());
        usage.status = input.status();
        usage.since = input.since();
        usage.useCaseFr = input.useCase() == null ? null : input.useCase().fr();
        usage.useCaseEn = input.useCase() == null ? null : input.useCase().en();
        usage.contacts = input.contacts() == null ? List.of() : List.copyOf(input.contacts());
        ObjectNode after = UsageViews.state(usage);
        if (!creating && after.equals(before)) {
            return usage;
        }
        usage.source = API_SOURCE;
        usage.withdrawnAt = null;
        usage.revision++;
        usage.updatedAt = now;
        if (usage.pk == null) {
            usages.persist(usage);
        }
        changes.add(new ChangeLog.Entry(record.kind().wire, record.id, "usages/" + organizationId,
                creating ? "usage-declared" : "usage-updated", usage.revision, MergePatch.diff(before, UsageViews.state(usage))));
        return usage;
    }

    private ChangeLog.Entry withdraw(Usage usage, OffsetDateTime now) {
        usage.withdrawnAt = now;
        usage.revision++;
        usage.updatedAt = now;
        return new ChangeLog.Entry(usage.record.kind().wire, usage.record.id, "usages/" + usage.organizationId, "usage-withdrawn",
                usage.revision, com.fasterxml.jackson.databind.node.NullNode.getInstance());
    }

    /** Keeps the record's usage count, which list sorting uses, in step with its active usages. */
    private void recount(CatalogueRecord record) {
        em.flush();
        record.usageCount = (int) usages.countActiveOfRecord(record);
    }

    static void check(UsageFields in, String prefix, Checks checks) {
        checks.oneOf(prefix + "/installations", in.installations(), InstallationRange.WIRE_NAMES);
        checks.strings(prefix + "/versions", in.versions(), 50);
        checks.oneOf(prefix + "/status", in.status(), UsageStatus.WIRE_NAMES);
        checks.partialDate(prefix + "/since", in.since());
        if (in.useCase() != null) {
            checks.text(prefix + "/useCase/fr", in.useCase().fr(), Checks.TEXT_MAX, true);
            checks.text(prefix + "/useCase/en", in.useCase().en(), Checks.TEXT_MAX, false);
        }
        checkContacts(in.contacts(), prefix + "/contacts", checks);
    }

    /** Contacts: at least a name, an email or a phone each; the details well formed. */
    public static void checkContacts(List<Contact> contacts, String field, Checks checks) {
        if (contacts == null) {
            return;
        }
        if (contacts.size() > CONTACTS_MAX) {
            checks.add(Violation.of(field, "too-many", CONTACTS_MAX, contacts.size()));
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String at = field + "/" + i;
            if (c == null) {
                checks.add(Violation.of(at, "required"));
                continue;
            }
            if (c.name() == null && c.email() == null && c.phone() == null) {
                checks.add(Violation.of(at, "contact-empty"));
            }
            checks.text(at + "/name", c.name(), Checks.NAME_MAX, false);
            checks.email(at + "/email", c.email());
            if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
                checks.add(Violation.of(at + "/phone", "phone"));
            }
            checks.text(at + "/role", c.role(), Checks.NAME_MAX, false);
        }
    }

    private CatalogueRecord visibleRecord(RecordKind kind, String id, Caller caller, boolean lock) {
        CatalogueRecord record = lock ? editor.lock(kind, id) : findRecord(kind, id);
        if (record == null || !RecordEditor.visibleTo(record, caller)) {
            throw ProblemException.notFound(kind.wire, id);
        }
        return record;
    }

    private CatalogueRecord findRecord(RecordKind kind, String id) {
        List<CatalogueRecord> found = em.createQuery("select r from CatalogueRecord r where r.kindName = :kind and r.id = :id",
                CatalogueRecord.class).setParameter("kind", kind.wire).setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private void requireOrganization(String organizationId) {
        if (organizations.findById(organizationId) == null) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
