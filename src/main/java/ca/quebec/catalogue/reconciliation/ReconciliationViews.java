package ca.quebec.catalogue.reconciliation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The W3C Reconciliation Service API's documents (version 0.2), as this service writes them. */
final class ReconciliationViews {

    private ReconciliationViews() {
    }

    @Schema(name = "ReconciliationManifest", description = "What the service reconciles, and where records are seen")
    record Manifest(
            @Schema(required = true, description = "API versions spoken") List<String> versions,
            @Schema(required = true) String name,
            @Schema(required = true, description = "The space of the ids returned: each id is a path under it") String identifierSpace,
            @Schema(required = true) String schemaSpace,
            @Schema(required = true) String documentation,
            @Schema(required = true) List<EntityType> defaultTypes,
            @Schema(required = true) View view,
            @Schema(required = true, description = "Most queries per batch") int batchSize) {
    }

    @Schema(name = "ReconciliationView", description = "How an id becomes the URL of its record")
    record View(@Schema(required = true, description = "{{id}} is replaced by the candidate's id") String url) {
    }

    @Schema(name = "ReconciliationType", description = "A kind of record: software or solution")
    record EntityType(@Schema(required = true, enumeration = { "software", "solution" }) String id, @Schema(required = true) String name) {
    }

    @Schema(name = "ReconciliationResult", description = "The candidates of one query, best first")
    record Result(@Schema(required = true, maxItems = LineMatcher.MAX_CANDIDATES) List<CandidateView> result) {
    }

    @Schema(name = "ReconciliationCandidate", description = "A published record the query may name")
    record CandidateView(
            @Schema(required = true, description = "The record's path under the identifier space: software/gimp, solutions/x") String id,
            @Schema(required = true) String name,
            @Schema(required = true, minimum = "0", maximum = "100", description = "100 for the exact name or alias, less for a near name") double score,
            @Schema(required = true, description = "True when the record can be taken without a human's check") boolean match,
            @Schema(required = true) List<EntityType> type) {
    }
}
