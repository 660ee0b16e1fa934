package ca.quebec.catalogue.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.reconciliation.LineMatcher;
import ca.quebec.catalogue.reconciliation.Verdict;
import ca.quebec.catalogue.usage.BulkUsageRequest;
import ca.quebec.catalogue.usage.BulkUsageResult;

/** What an inventory upload answers, and what its JSON form and its submissions take. */
final class InventoryViews {

    private InventoryViews() {
    }

    @Schema(name = "InventoryRequest", description = "An inventory as JSON: its lines")
    record Request(@Schema(required = true, type = SchemaType.ARRAY, implementation = LineInput.class, maxItems = InventoryFile.MAX_LINES)
    @NotNull @Size(max = InventoryFile.MAX_LINES) List<@NotNull @Valid InventoryEntry> lines) {
    }

    /** What a line may be in JSON: the contract says so, rather than only InventoryEntry's description. */
    @Schema(name = "InventoryLineInput", description = "One inventory line: its name alone, as a string, or an InventoryEntry",
            oneOf = { String.class, InventoryEntry.class })
    static final class LineInput {
    }

    @Schema(name = "InventoryProposal", description = "What the inventory's lines name, and the bulk declaration that would declare "
            + "the lines matched: nothing is written unless apply was asked")
    record Proposal(
            @Schema(required = true) Counts counts,
            @Schema(required = true, description = "Each line, in the order received") List<ProposedLine> lines,
            @Schema(required = true, description = "Ready to send to POST /organizations/{id}/usages/bulk: one usage per record "
                    + "matched, with the versions the lines give and, when they count installations, the range") BulkUsageRequest bulk,
            @Schema(required = true, nullable = true, description = "What apply wrote; null when nothing was applied") BulkUsageResult applied) {
    }

    @Schema(name = "InventoryCounts")
    record Counts(@Schema(required = true) int lines, @Schema(required = true) int match, @Schema(required = true) int ambiguous,
            @Schema(required = true) int none, @Schema(required = true, description = "Distinct records matched") int records) {
    }

    @Schema(name = "InventoryLine", description = "One line, read and reconciled")
    record ProposedLine(
            @Schema(required = true, description = "Position among the lines, from 0 (as in /lines/0)") int index,
            @Schema(required = true) String raw,
            @Schema(required = true, description = "The name read from the line, without vendor, version or architecture") String name,
            @Schema(required = true, nullable = true) String version,
            @Schema(required = true, nullable = true) Integer count,
            @Schema(required = true, type = SchemaType.STRING, implementation = Verdict.class) String verdict,
            @Schema(required = true, nullable = true, description = "The record matched (verdict match)") RecordRef record,
            @Schema(required = true, maxItems = LineMatcher.MAX_CANDIDATES, description = "Other candidates, best first") List<RecordRef> alternatives) {
    }

    @Schema(name = "InventoryRecord", description = "A record a line may name")
    record RecordRef(@Schema(required = true, enumeration = { "software", "solution" }) String kind, @Schema(required = true) String id,
            @Schema(required = true) String name, @Schema(required = true, minimum = "0", maximum = "100") int score,
            @Schema(required = true) String path) {
    }

    @Schema(name = "InventorySubmissionRequest", description = "Lines the catalogue holds nothing for, to submit as software")
    record SubmissionRequest(@Schema(required = true, maxItems = InventoryService.SUBMISSIONS_MAX) @NotNull
    @Size(min = 1, max = InventoryService.SUBMISSIONS_MAX) List<@NotNull @Size(max = 500) String> lines) {
    }

    @Schema(name = "InventorySubmissions", description = "The software submitted, one per distinct name")
    record Submissions(@Schema(required = true) List<Submitted> submitted) {
    }

    @Schema(name = "InventorySubmitted")
    record Submitted(@Schema(required = true) String line, @Schema(required = true) String id, @Schema(required = true) String name,
            @Schema(required = true) String path) {
    }
}
