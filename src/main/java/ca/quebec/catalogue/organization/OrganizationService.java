package ca.quebec.catalogue.organization;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.persistence.StoredJson;

/**
 * Public bodies: reading them, and their register, which admins keep (a body is
 * created, renamed or merged into another by the government, not by its own staff).
 * Nothing is deleted: a body that ceases to exist keeps its record, its usages and
 * its history; its successor lists the old name among its aliases.
 */
@ApplicationScoped
public class OrganizationService {

    static final String SORT = "id";
    public static final int ID_MAX = 64;
    public static final int ACRONYM_MAX = 32;
    /** The column holds the aliases as a JSON list of at most 4,000 characters. */
    public static final int ALIASES_MAX = 20;
    private static final String KIND = "organization";

    private final OrganizationRepository organizations;
    private final UsageCounts usageCounts;
    private final ChangeLog changeLog;
    private final ObjectMapper json;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, UsageCounts usageCounts, ChangeLog changeLog, ObjectMapper json,
            Clock clock) {
        this.organizations = organizations;
        this.usageCounts = usageCounts;
        this.changeLog = changeLog;
        this.json = json;
        this.clock = clock;
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
        organization.createdAt = Clocks.now(clock);
        organization.updatedAt = organization.createdAt;
        organizations.persist(organization);
        changeLog.append(Actor.of(caller), organization.createdAt,
                new ChangeLog.Entry(KIND, organization.id, null, "created", 1, MergePatch.diff(null, state(organization))));
        return Written.created(OrganizationView.of(organization, 0), Versions.tag(organization.revision, 0L),
                "/api/v1/organizations/" + organization.id);
    }

    /** Applies an RFC 7396 merge patch (admins), with If-Match; the id cannot change. */
    @Transactional
    public Written<OrganizationView> patch(Caller caller, String id, JsonNode patch, String ifMatch) {
        caller.require(Role.ADMIN);
        Organization organization = organizations.lock(id);
        if (organization == null) {
            throw ProblemException.notFound(KIND, id);
        }
        long count = usageCount(id);
        Versions.requireMatch(ifMatch, Versions.tag(organization.revision, count));
        ObjectNode before = state(organization);
        OrganizationInput input = MergePatch.patched(before.deepCopy(), patch, List.of("id"), OrganizationInput.class, json);
        Checks checks = new Checks();
        check(input, id, checks);
        checks.orThrow();
        apply(organization, input);
        ObjectNode after = state(organization);
        JsonNode changed = MergePatch.diff(before, after);
        if (!changed.isEmpty()) {
            organization.revision++;
            organization.updatedAt = Clocks.now(clock);
            changeLog.append(Actor.of(caller), organization.updatedAt,
                    new ChangeLog.Entry(KIND, organization.id, null, "updated", organization.revision, changed));
        }
        return Written.updated(OrganizationView.of(organization, count), Versions.tag(organization.revision, count));
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
            checks.oneOf("/type", input.type(), OrganizationType.class);
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
    public Listing<OrganizationView> list(OrganizationType type, PageRequest page) {
        Listing<Organization> rows = organizations.page(type, page, SORT);
        Map<String, Long> counts = usageCounts.publicUsagesPer(rows.items().stream().map(o -> o.id).toList());
        return rows.map(o -> OrganizationView.of(o, counts.getOrDefault(o.id, 0L)));
    }

    @Transactional
    public Tagged<OrganizationView> get(String id) {
        Organization organization = require(id);
        long count = usageCount(id);
        return new Tagged<>(OrganizationView.of(organization, count), Versions.tag(organization.revision, count));
    }

    /** The body, or 404. */
    public Organization require(String id) {
        Organization organization = organizations.findById(id);
        if (organization == null) {
            throw ProblemException.notFound(KIND, id);
        }
        return organization;
    }

    /**
     * A filter naming a body (a query parameter): null when absent, a 400 naming the
     * parameter when no such body exists, never an empty list that looks like an answer.
     */
    public String filter(String parameter, String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (organizations.findById(id) == null) {
            throw ProblemException.badParameter(parameter, "unknown-organization", id);
        }
        return id;
    }

    private long usageCount(String id) {
        return usageCounts.publicUsagesPer(List.of(id)).getOrDefault(id, 0L);
    }
}
