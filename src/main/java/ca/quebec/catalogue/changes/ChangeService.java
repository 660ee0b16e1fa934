package ca.quebec.catalogue.changes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;

/** Reading the change log: a record's history, and the catalogue-wide change feed. */
@ApplicationScoped
public class ChangeService {

    public static final String SORT = "seq";
    private static final String VISIBLE = "exists (select 1 from CatalogueRecord r where r.kindName = c.recordKind and r.id = c.recordId "
            + "and r.status in ('published', 'archived'))";

    private final EntityManager em;

    public ChangeService(EntityManager em) {
        this.em = em;
    }

    /** A record's changes and its usages', oldest first. The caller must be allowed to see the record. */
    @Transactional
    public Listing<ChangeView> history(RecordKind kind, String id, PageRequest page, Caller caller) {
        String where = "c.recordKind = :kind and c.recordId = :id";
        TypedQuery<Change> query = em.createQuery("select c from Change c where " + where + after(page) + " order by c.seq", Change.class)
                .setParameter("kind", kind.wire).setParameter("id", id).setMaxResults(page.limit() + 1);
        bindAfter(query, page);
        long total = em.createQuery("select count(c) from Change c where " + where, Long.class)
                .setParameter("kind", kind.wire).setParameter("id", id).getSingleResult();
        return Listing.of(query.getResultList(), page, total, ChangeService::cursor, c -> view(c, caller.authenticated()));
    }

    /**
     * Every change to software and solutions after a sequence number, oldest
     * first: what harvesters and other instances follow. Anonymous callers see
     * the changes of published and archived records; curators see all.
     */
    @Transactional
    public Listing<ChangeView> feed(long since, PageRequest page, Caller caller) {
        String where = "c.recordKind in ('software', 'solution') and c.seq > :since" + (caller.isCurator() ? "" : " and " + VISIBLE);
        TypedQuery<Change> query = em.createQuery("select c from Change c where " + where + after(page) + " order by c.seq", Change.class)
                .setParameter("since", since).setMaxResults(page.limit() + 1);
        bindAfter(query, page);
        long total = em.createQuery("select count(c) from Change c where " + where, Long.class).setParameter("since", since)
                .getSingleResult();
        return Listing.of(query.getResultList(), page, total, ChangeService::cursor, c -> view(c, caller.authenticated()));
    }

    /** Changes after a sequence number, for the search index of this instance (no visibility filter). */
    @Transactional
    public List<Change> after(long seq, int limit) {
        return em.createQuery("select c from Change c where c.seq > :seq order by c.seq", Change.class)
                .setParameter("seq", seq).setMaxResults(limit).getResultList();
    }

    /** The last sequence number committed. */
    @Transactional
    public long lastSeq() {
        Long last = em.createQuery("select max(c.seq) from Change c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    private static String after(PageRequest page) {
        return page.cursor() == null ? "" : " and c.seq > :afterSeq";
    }

    private static void bindAfter(TypedQuery<?> query, PageRequest page) {
        if (page.cursor() != null) {
            try {
                query.setParameter("afterSeq", Long.parseLong(page.cursor().id()));
            } catch (NumberFormatException e) {
                throw ca.quebec.catalogue.web.ProblemException.badParameter("cursor", "cursor-invalid");
            }
        }
    }

    private static Cursor cursor(Change c) {
        return new Cursor(SORT, "", Long.toString(c.seq));
    }

    static ChangeView view(Change c, boolean authenticated) {
        JsonNode patch = StoredJson.read(c.patch, JsonNode.class);
        if (!authenticated) {
            patch = redactContacts(patch);
        }
        return new ChangeView(c.seq, c.occurredAt, c.recordKind, c.recordId, c.subject, c.action, c.revision, c.actorOrganization,
                c.actorRole, c.actorLabel, patch.isNull() ? null : patch);
    }

    /** Anonymous readers see who can be asked (the role) but not a private contact's name, email or phone. */
    static JsonNode redactContacts(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.fields().forEachRemaining(field -> {
                if (field.getKey().equals("contacts") && field.getValue().isArray()) {
                    ArrayNode redacted = StoredJson.MAPPER.createArrayNode();
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
            ArrayNode copy = StoredJson.MAPPER.createArrayNode();
            node.forEach(item -> copy.add(redactContacts(item)));
            return copy;
        }
        return node;
    }
}
