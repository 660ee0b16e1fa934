package ca.quebec.catalogue.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordEditor;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.security.Role;
import ca.quebec.catalogue.web.BilingualText;
import ca.quebec.catalogue.web.Checks;
import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;
import ca.quebec.catalogue.web.Violation;
import ca.quebec.catalogue.web.Written;

/**
 * Public bodies: reading them, and their register, which admins keep (a body is
 * created, renamed or merged into another by the government, not by its own staff).
 * Nothing is deleted: a body that ceases to exist keeps its record, its usages and
 * its history; its successor lists the old name among its aliases.
 */
@ApplicationScoped
public class OrganizationService {

    static final String SORT = "id";
    static final int ID_MAX = 64;
    static final int ACRONYM_MAX = 32;
    /** The column holds the aliases as a JSON list of at most 4,000 characters. */
    static final int ALIASES_MAX = 20;
    private static final String KIND = "organization";

    private final OrganizationRepository organizations;
    private final EntityManager em;
    private final ChangeLog changeLog;
    private final ObjectMapper json;

    public OrganizationService(OrganizationRepository organizations, EntityManager em, ChangeLog changeLog, ObjectMapper json) {
        this.organizations = organizations;
        this.em = em;
        this.changeLog = changeLog;
        this.json = json;
    }

    /** Registers a public body (admins). */
    @Transactional
    public Written<OrganizationView> create(Caller caller, OrganizationInput input) {
        caller.require(Role.ADMIN);
        Checks checks = new Checks();
        if (checks.required("/id", input.id())) {
            checks.slug("/id", input.id(), ID_MAX);
        }
        check(input, input.id(), checks);
        checks.orThrow();
        if (organizations.findById(input.id()) != null) {
            throw ProblemException.conflict("organization-exists", "/api/v1/organizations/" + input.id(), input.id());
        }
        Organization organization = new Organization();
        organization.id = input.id();
        apply(organization, input);
        organization.revision = 1;
        organization.createdAt = RecordEditor.now();
        organization.updatedAt = organization.createdAt;
        organizations.persist(organization);
        changeLog.append(caller.actor(), organization.createdAt,
                new ChangeLog.Entry(KIND, organization.id, null, "created", 1, MergePatch.diff(null, state(organization))));
        return Written.created(OrganizationView.of(organization, 0), ETags.of(organization.revision, 0L),
                "/api/v1/organizations/" + organization.id);
    }

    /** Applies an RFC 7396 merge patch (admins), with If-Match; the id cannot change. */
    @Transactional
    public Written<OrganizationView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.require(Role.ADMIN);
        Organization organization = em.find(Organization.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organization == null) {
            throw ProblemException.notFound(KIND, id);
        }
        long count = usageCounts(List.of(id)).getOrDefault(id, 0L);
        ETags.requireMatch(ifMatch, ETags.of(organization.revision, count));
        ObjectNode before = state(organization);
        OrganizationInput input = RecordEditor.patched(before.deepCopy(), patch, List.of("id"), OrganizationInput.class, json);
        Checks checks = new Checks();
        check(input, id, checks);
        checks.orThrow();
        apply(organization, input);
        ObjectNode after = state(organization);
        JsonNode changed = MergePatch.diff(before, after);
        if (!changed.isEmpty()) {
            organization.revision++;
            organization.updatedAt = RecordEditor.now();
            changeLog.append(caller.actor(), organization.updatedAt,
                    new ChangeLog.Entry(KIND, organization.id, null, "updated", organization.revision, changed));
        }
        return Written.updated(OrganizationView.of(organization, count), ETags.of(organization.revision, count));
    }

    private void check(OrganizationInput input, String id, Checks checks) {
        if (checks.required("/name", input.name())) {
            checks.text("/name/fr", input.name().fr(), Checks.NAME_MAX, true);
            checks.text("/name/en", input.name().en(), Checks.NAME_MAX, false);
        }
        checks.text("/acronym", input.acronym(), ACRONYM_MAX, false);
        if (input.aliases() != null && input.aliases().size() > ALIASES_MAX) {
            checks.add(Violation.of("/aliases", "too-many", ALIASES_MAX, input.aliases().size()));
        } else {
            checks.strings("/aliases", input.aliases(), Checks.ITEM_MAX);
        }
        if (checks.required("/type", input.type())) {
            checks.oneOf("/type", input.type(), OrganizationType.WIRE_NAMES);
        }
        checks.url("/website", input.website());
        if (input.parent() != null) {
            checkParent(input.parent(), id, checks);
        }
    }

    /** The parent must exist, and following parents from it must never lead back to this body. */
    private void checkParent(String parent, String id, Checks checks) {
        Set<String> seen = new HashSet<>();
        String current = parent;
        while (current != null) {
            if (current.equals(id) || !seen.add(current)) {
                checks.add(Violation.of("/parent", "parent-cycle", parent));
                return;
            }
            Organization found = organizations.findById(current);
            if (found == null) {
                if (current.equals(parent)) {
                    checks.add(Violation.of("/parent", "unknown-organization", parent));
                }
                return;
            }
            current = found.parentId;
        }
    }

    private static void apply(Organization organization, OrganizationInput input) {
        organization.nameFr = input.name().fr().strip();
        organization.nameEn = input.name().en() == null || input.name().en().isBlank() ? null : input.name().en().strip();
        organization.acronym = input.acronym() == null || input.acronym().isBlank() ? null : input.acronym().strip();
        organization.aliases = input.aliases() == null ? List.of() : input.aliases().stream().map(String::strip).toList();
        organization.type = input.type();
        organization.parentId = input.parent();
        organization.website = input.website();
    }

    /** What the change log and history keep of a body: its view without the usage count, which changes elsewhere. */
    private static ObjectNode state(Organization organization) {
        ObjectNode state = StoredJson.MAPPER.valueToTree(OrganizationView.of(organization, 0));
        state.remove(List.of("usageCount", "revision", "createdAt", "updatedAt"));
        return state;
    }

    @Transactional
    public Listing<OrganizationView> list(String type, PageRequest page) {
        String filter = type == null ? "1 = 1" : "type = :type";
        String after = page.cursor() == null ? "" : " and id > :after";
        var query = organizations.find(filter + after + " order by id", parameters(type, page)).page(0, page.limit() + 1);
        List<Organization> rows = query.list();
        long total = organizations.count(filter, parameters(type, null));
        Map<String, Long> counts = usageCounts(rows.stream().map(o -> o.id).toList());
        return Listing.of(rows, page, total, o -> new Cursor(SORT, "", o.id), o -> OrganizationView.of(o, counts.getOrDefault(o.id, 0L)));
    }

    @Transactional
    public Tagged<OrganizationView> get(String id) {
        Organization organization = require(id);
        long count = usageCounts(List.of(id)).getOrDefault(id, 0L);
        return new Tagged<>(OrganizationView.of(organization, count), ETags.of(organization.revision, count));
    }

    public Organization require(String id) {
        Organization organization = organizations.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("organization", id);
        }
        return organization;
    }

    private static Map<String, Object> parameters(String type, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            parameters.put("type", type);
        }
        if (page != null && page.cursor() != null) {
            parameters.put("after", page.cursor().id());
        }
        return parameters;
    }

    /** Active usages of visible records, per organization. */
    private Map<String, Long> usageCounts(List<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery("select u.organizationId, count(u) from Usage u where u.organizationId in :ids and u.withdrawnAt is null "
                + "and u.record.status in ('published', 'archived') group by u.organizationId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
