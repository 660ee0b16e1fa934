package ca.quebec.catalogue.reconciliation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.record.RecordKind;

/**
 * The W3C Reconciliation Service API (version 0.2) over the catalogue's published
 * records: a batch of queries in, the candidates of each out. Properties are
 * accepted and not used (the catalogue matches on names); types restrict to
 * software or solutions.
 */
@ApplicationScoped
class ReconciliationService {

    /** Most queries in one batch (the manifest's batchSize). */
    static final int BATCH_MAX = 1000;
    static final int DEFAULT_LIMIT = 5;
    private static final Set<String> FIELDS = Set.of("query", "type", "limit", "properties", "type_strict");
    private static final Set<String> STRICTNESS = Set.of("any", "should", "all");

    private final LineMatcher matcher;
    private final NameIndex names;
    private final ObjectMapper json;

    ReconciliationService(LineMatcher matcher, NameIndex names, ObjectMapper json) {
        this.matcher = matcher;
        this.names = names;
        this.json = json;
    }

    ReconciliationViews.Manifest manifest(String base) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new ReconciliationViews.Manifest(List.of("0.2"),
                "Catalogue des logiciels libres et des solutions partageables (Québec)",
                root + "/api/v1/reconcile/records/", root + "/q/openapi", root + "/q/swagger-ui/",
                List.of(type(RecordKind.SOFTWARE), type(RecordKind.SOLUTION)),
                new ReconciliationViews.View(root + "/api/v1/reconcile/records/{{id}}"), BATCH_MAX);
    }

    /** The result batch of a query batch (its JSON text); a malformed batch is a 400 naming the parameter. */
    Map<String, ReconciliationViews.Result> reconcile(String queries) {
        JsonNode batch;
        try {
            batch = json.readTree(queries);
        } catch (JsonProcessingException e) {
            throw ProblemException.badParameter("queries", "reconcile.malformed", e.getOriginalMessage());
        }
        if (batch == null || !batch.isObject()) {
            throw ProblemException.badParameter("queries", "reconcile.malformed", "an object");
        }
        if (batch.size() > BATCH_MAX) {
            throw ProblemException.badParameter("queries", "reconcile.too-many", BATCH_MAX, batch.size());
        }
        Map<String, Query> parsed = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = batch.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parsed.put(entry.getKey(), query("queries/" + entry.getKey(), entry.getValue()));
        }
        Map<String, ReconciliationViews.Result> results = new LinkedHashMap<>();
        parsed.forEach((key, query) -> results.put(key, new ReconciliationViews.Result(candidates(query))));
        return results;
    }

    /** A published record by its reconciliation id ({@code software:gimp}), or null. */
    RecordKind.Located locate(String id) {
        int colon = id.indexOf(':');
        RecordKind kind = colon < 0 ? null : kindOf(id.substring(0, colon));
        if (kind == null || names.current().byId(kind, id.substring(colon + 1)) == null) {
            return null;
        }
        return new RecordKind.Located(kind, id.substring(colon + 1));
    }

    private record Query(String text, List<RecordKind> kinds, int limit) {
    }

    private Query query(String where, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badParameter(where, "reconcile.not-a-query");
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw ProblemException.badParameter(where + "/" + field, "unknown-field", field);
            }
        });
        JsonNode text = node.get("query");
        if ((text == null || text.isNull()) && !node.has("properties")) {
            throw ProblemException.badParameter(where, "reconcile.not-a-query");
        }
        if (text != null && (!text.isTextual() || text.asText().isBlank())) {
            throw ProblemException.badParameter(where + "/query", "wrong-type", "string");
        }
        if (text != null && text.asText().length() > InventoryLine.MAX_LENGTH) {
            throw ProblemException.badParameter(where + "/query", "too-long", InventoryLine.MAX_LENGTH, text.asText().length());
        }
        List<RecordKind> kinds = new ArrayList<>();
        JsonNode type = node.get("type");
        if (type != null) {
            List<JsonNode> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(types::add);
            } else {
                types.add(type);
            }
            for (JsonNode t : types) {
                RecordKind kind = t.isTextual() ? kindOf(t.asText()) : null;
                if (kind == null) {
                    throw ProblemException.badParameter(where + "/type", "reconcile.unknown-type", t.isTextual() ? t.asText() : t.toString());
                }
                kinds.add(kind);
            }
        }
        int limit = DEFAULT_LIMIT;
        JsonNode limitNode = node.get("limit");
        if (limitNode != null) {
            if (!limitNode.canConvertToExactIntegral() || limitNode.asInt() < 1 || limitNode.asInt() > LineMatcher.MAX_CANDIDATES) {
                throw ProblemException.badParameter(where + "/limit", "reconcile.limit", LineMatcher.MAX_CANDIDATES);
            }
            limit = limitNode.asInt();
        }
        JsonNode strict = node.get("type_strict");
        if (strict != null && !(strict.isTextual() && STRICTNESS.contains(strict.asText()))) {
            throw ProblemException.badParameter(where + "/type_strict", "reconcile.type-strict");
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            if (!properties.isArray()) {
                throw ProblemException.badParameter(where + "/properties", "reconcile.property");
            }
            for (JsonNode property : properties) {
                if (!property.isObject() || !property.path("pid").isTextual() || !property.has("v")) {
                    throw ProblemException.badParameter(where + "/properties", "reconcile.property");
                }
            }
        }
        return new Query(text == null || text.isNull() ? null : text.asText(), kinds, limit);
    }

    private List<ReconciliationViews.CandidateView> candidates(Query query) {
        if (query.text() == null) {
            // Properties alone: the catalogue matches on names only.
            return List.of();
        }
        RecordKind.Located asked = locate(query.text().strip());
        if (asked != null && (query.kinds().isEmpty() || query.kinds().contains(asked.kind()))) {
            NameIndex.Named named = names.current().byId(asked.kind(), asked.id());
            return List.of(view(new Candidate(asked.kind(), asked.id(), named.name(), 100), true));
        }
        RecordKind kind = query.kinds().size() == 1 ? query.kinds().get(0) : null;
        Reconciled reconciled = matcher.match(query.text(), kind, query.limit());
        List<ReconciliationViews.CandidateView> out = new ArrayList<>();
        for (Candidate candidate : reconciled.candidates()) {
            out.add(view(candidate, out.isEmpty() && reconciled.verdict() == Verdict.MATCH));
        }
        return out;
    }

    private static ReconciliationViews.CandidateView view(Candidate candidate, boolean match) {
        return new ReconciliationViews.CandidateView(candidate.kind().wire + ":" + candidate.id(), candidate.name(), candidate.score(), match,
                List.of(type(candidate.kind())));
    }

    private static ReconciliationViews.EntityType type(RecordKind kind) {
        return new ReconciliationViews.EntityType(kind.wire, kind == RecordKind.SOFTWARE ? "Logiciel libre (free software)"
                : "Solution partageable (shareable solution)");
    }

    private static RecordKind kindOf(String wire) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.wire.equals(wire)) {
                return kind;
            }
        }
        return null;
    }
}
