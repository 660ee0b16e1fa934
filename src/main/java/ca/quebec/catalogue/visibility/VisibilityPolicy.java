package ca.quebec.catalogue.visibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.persistence.Condition;

/**
 * Who may see what, decided here and nowhere else. Every way out of the
 * catalogue (JSON, lists, search, history, the change feed, publiccode.yml,
 * and whatever channel comes next) builds this policy from its caller with
 * {@link #of} and asks it, in the form it needs: a yes or no for one record, a
 * JPQL condition, a Lucene filter, or a redacted representation.
 *
 * <p>The rules:
 * <ul>
 * <li>Published and archived records are public. A submitted or rejected record is
 * seen by curators and by the organization that submitted it.</li>
 * <li>Lists show published records unless asked for a state; then they show the
 * records of that state the caller may see. Asking for a state that is never
 * public needs a key.</li>
 * <li>Search shows what lists show by default, plus the caller's own work: a
 * contributor's organization's submissions; for a curator, every record.</li>
 * <li>A contact's name, email and phone are personal data: shown to authenticated
 * callers, and to everybody for a contact marked public (a functional mailbox).
 * Others see that the contact exists and its role.</li>
 * </ul>
 */
public final class VisibilityPolicy {

    public static final VisibilityPolicy ANONYMOUS = new VisibilityPolicy(Caller.ANONYMOUS);

    /**
     * The catalogue itself, keeping what it stores (the change log holds whole
     * states and redacts them when they are read). Never for a caller.
     */
    public static final VisibilityPolicy FULL = new VisibilityPolicy(new Caller(null, null, Role.ADMIN, "catalogue", null));

    private static final Set<RecordStatus> PUBLIC = EnumSet.of(RecordStatus.PUBLISHED, RecordStatus.ARCHIVED);
    private static final Set<RecordStatus> NEVER_PUBLIC = EnumSet.complementOf(EnumSet.copyOf(PUBLIC));

    private final Caller caller;

    private VisibilityPolicy(Caller caller) {
        this.caller = caller;
    }

    public static VisibilityPolicy of(Caller caller) {
        return caller == null || !caller.authenticated() ? ANONYMOUS : new VisibilityPolicy(caller);
    }

    public Caller caller() {
        return caller;
    }

    // ---------------------------------------------------------------- records

    /** Whether the caller may read a record in this state, submitted by this organization (null: by no one, e.g. the seed). */
    public boolean maySee(RecordStatus status, String submittedBy) {
        return visible().contains(status, submittedBy);
    }

    /** The same, for a state as stored (its wire name). */
    public boolean maySee(String status, String submittedBy) {
        return maySee(RecordStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)), submittedBy);
    }

    /** {@link #maySee} as a JPQL condition on a record alias (its {@code status} and {@code submittedBy}). */
    public Condition visible(String alias) {
        return visible().jpql(alias);
    }

    /**
     * The records a list shows, as a JPQL condition on a record alias: the published
     * ones when no state is asked for; else those of the state asked for that the
     * caller may see. 401 for an anonymous caller asking for a state that is never public.
     */
    public Condition listed(String alias, RecordStatus requested) {
        return listedScope(requested).jpql(alias);
    }

    /** The records search shows, as a Lucene filter over the given fields; empty when nothing is filtered out. */
    public Optional<Query> searchable(String statusField, String submitterField) {
        Scope scope = caller.isCurator() ? Scope.EVERYTHING
                : new Scope(EnumSet.of(RecordStatus.PUBLISHED), EnumSet.of(RecordStatus.SUBMITTED), caller.organization());
        return scope.lucene(statusField, submitterField);
    }

    /**
     * Equal for two callers exactly when {@link #searchable} filters the same records, so
     * that a cache of search answers may share them between those callers and no others.
     */
    public String searchClass() {
        return caller.isCurator() ? "everything" : caller.organization() == null ? "published" : "own:" + caller.organization();
    }

    private Scope visible() {
        return caller.isCurator() ? Scope.EVERYTHING : new Scope(PUBLIC, NEVER_PUBLIC, caller.organization());
    }

    private Scope listedScope(RecordStatus requested) {
        if (requested == null) {
            return new Scope(EnumSet.of(RecordStatus.PUBLISHED), Set.of(), null);
        }
        if (!PUBLIC.contains(requested) && !caller.authenticated()) {
            throw new ProblemException(401, "unauthenticated");
        }
        return visible().narrowedTo(requested);
    }

    /**
     * A set of records: every record in some states, plus the records in other
     * states that one organization submitted. Rendered in Java, JPQL or Lucene, so
     * that each channel asks the same question in its own language.
     */
    private record Scope(boolean everything, Set<RecordStatus> anyone, Set<RecordStatus> own, String organization) {

        static final Scope EVERYTHING = new Scope(true, Set.of(), Set.of(), null);

        Scope(Set<RecordStatus> anyone, Set<RecordStatus> own, String organization) {
            this(false, Set.copyOf(anyone), organization == null ? Set.of() : Set.copyOf(own), organization);
        }

        Scope narrowedTo(RecordStatus status) {
            if (everything) {
                return new Scope(EnumSet.of(status), Set.of(), null);
            }
            return new Scope(anyone.contains(status) ? Set.of(status) : Set.of(), own.contains(status) ? Set.of(status) : Set.of(),
                    organization);
        }

        boolean contains(RecordStatus status, String submittedBy) {
            return everything || anyone.contains(status) || (own.contains(status) && organization.equals(submittedBy));
        }

        Condition jpql(String alias) {
            if (everything) {
                return Condition.ALWAYS;
            }
            String prefix = alias.replace('.', '_');
            Condition forAnyone = anyone.isEmpty() ? Condition.of("1 = 0")
                    : Condition.of(alias + ".status in :" + prefix + "_public", prefix + "_public", words(anyone));
            if (own.isEmpty()) {
                return forAnyone;
            }
            Condition forOwn = new Condition(alias + ".status in :" + prefix + "_own and " + alias + ".submittedBy = :" + prefix + "_viewer",
                    java.util.Map.of(prefix + "_own", words(own), prefix + "_viewer", organization));
            return Condition.any(List.of(forAnyone, forOwn));
        }

        Optional<Query> lucene(String statusField, String submitterField) {
            if (everything) {
                return Optional.empty();
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            any.add(states(statusField, anyone), Occur.SHOULD);
            if (!own.isEmpty()) {
                any.add(new BooleanQuery.Builder()
                        .add(states(statusField, own), Occur.FILTER)
                        .add(new TermQuery(new Term(submitterField, organization)), Occur.FILTER)
                        .build(), Occur.SHOULD);
            }
            return Optional.of(any.build());
        }

        private static Query states(String field, Set<RecordStatus> states) {
            return new TermInSetQuery(field, states.stream().map(s -> new BytesRef(s.wire())).toList());
        }

        private static List<String> words(Set<RecordStatus> states) {
            return states.stream().sorted().map(RecordStatus::wire).toList();
        }
    }

    // ---------------------------------------------------------------- contacts

    /** Whether the caller sees the personal details of contacts that are not public. */
    public boolean seesPersonalDetails() {
        return caller.authenticated();
    }

    /** A contact as the caller may see it: whole, or only its role and that it exists. */
    public Contact contact(Contact contact) {
        return seesPersonalDetails() || Boolean.TRUE.equals(contact.isPublic()) ? contact
                : new Contact(null, null, null, contact.role(), false);
    }

    public List<Contact> contacts(List<Contact> contacts) {
        return seesPersonalDetails() ? contacts : contacts.stream().map(this::contact).toList();
    }

    /** Only the contacts whose details the caller may see (for formats that cannot show a contact without them). */
    public List<Contact> disclosed(List<Contact> contacts) {
        return seesPersonalDetails() ? contacts : contacts.stream().filter(c -> Boolean.TRUE.equals(c.isPublic())).toList();
    }

    /**
     * A JSON representation (a change-log patch, a stored state) with every
     * {@code contacts} array in it as the caller may see it.
     */
    public JsonNode redact(JsonNode representation) {
        return seesPersonalDetails() || representation == null ? representation : redactContacts(representation);
    }

    private static JsonNode redactContacts(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.fields().forEachRemaining(field -> {
                if (field.getKey().equals("contacts") && field.getValue().isArray()) {
                    ArrayNode redacted = JsonNodeFactory.instance.arrayNode();
                    for (JsonNode contact : field.getValue()) {
                        if (contact.path("public").asBoolean(false)) {
                            redacted.add(contact);
                        } else {
                            ObjectNode hidden = redacted.addObject();
                            if (contact.hasNonNull("role")) {
                                hidden.set("role", contact.get("role"));
                            }
                            hidden.put("public", false);
                        }
                    }
                    field.setValue(redacted);
                } else {
                    field.setValue(redactContacts(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(redactContacts(item)));
            return copy;
        }
        return node;
    }
}
