package ca.quebec.catalogue.statistics;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.organization.OrganizationType;

@Schema(name = "Statistics", description = "Figures on the public catalogue: what an anonymous caller may read (published records, "
        + "active usages of published records), at one position of the change log")
public record StatisticsView(
        @Schema(description = "The change log's position the figures hold every change up to", required = true) long lastSeq,
        @Schema(description = "When this instance computed them", required = true) OffsetDateTime generatedAt,
        @Schema(required = true) Totals totals,
        @Schema(description = "Every category, by id, with its published software and solutions", required = true) List<ByCategory> byCategory,
        @Schema(description = "Every SPDX licence that a published record's expression names, most used first", required = true) List<ByLicence> byLicence,
        @Schema(description = "How many published records have a licence that OSI approves, or that the FSF lists as free", required = true) Approval licenceApproval,
        @Schema(description = "Every kind of public body, in the vocabulary's order", required = true) List<ByOrganizationType> byOrganizationType,
        @Schema(description = "The 20 published software that the most bodies declare using (ties by id)", required = true) List<MostUsed> mostUsedSoftware,
        @Schema(description = "Published solutions that bodies other than their owner declare using, the most reused first", required = true) List<Reused> reusedSolutions,
        @Schema(description = "Usage declarations made and withdrawn per month (Québec time), oldest first; the seed's inventories, "
                + "loaded at once, count in the totals and not here", required = true) List<PerMonth> declarationsPerMonth) {

    @Schema(name = "StatisticsTotals")
    public record Totals(
            @Schema(description = "Published software", required = true) long software,
            @Schema(description = "Published solutions", required = true) long solutions,
            @Schema(description = "Public bodies", required = true) long organizations,
            @Schema(description = "Categories", required = true) long categories,
            @Schema(description = "Active usage declarations of published software", required = true) long softwareUsages,
            @Schema(description = "Active usage declarations of published solutions, by their owner or others", required = true) long solutionUsages,
            @Schema(description = "Of those, by a body other than the owner: reuses", required = true) long solutionReuses,
            @Schema(description = "Bodies that declare at least one usage", required = true) long declaringOrganizations) {
    }

    @Schema(name = "StatisticsByCategory")
    public record ByCategory(
            @Schema(description = "Category id", required = true) String category,
            @Schema(required = true) BilingualText name,
            @Schema(required = true) long software,
            @Schema(required = true) long solutions) {
    }

    @Schema(name = "StatisticsByLicence")
    public record ByLicence(
            @Schema(description = "SPDX licence id (or LicenseRef-…)", required = true) String licence,
            @Schema(description = "Its name in the SPDX list; null for a LicenseRef", required = true, nullable = true) String name,
            @Schema(description = "OSI-approved, per the SPDX list; null for a LicenseRef", required = true, nullable = true) Boolean osiApproved,
            @Schema(description = "Free per the FSF, per the SPDX list; null for a LicenseRef", required = true, nullable = true) Boolean fsfLibre,
            @Schema(description = "Published software whose licence expression names it", required = true) long software,
            @Schema(description = "Published solutions whose licence expression names it", required = true) long solutions) {
    }

    @Schema(name = "StatisticsApproval")
    public record Approval(@Schema(required = true) Share software, @Schema(required = true) Share solutions) {
    }

    @Schema(name = "StatisticsShare", description = "Shares are of all the published records of the kind: an unknown licence is not an approved one")
    public record Share(
            @Schema(description = "Published records", required = true) long records,
            @Schema(description = "Of those, with no known licence", required = true) long unknownLicence,
            @Schema(description = "Whose licence expression can be satisfied with OSI-approved licences only", required = true) long osiApproved,
            @Schema(description = "Whose licence expression can be satisfied with licences the FSF lists as free", required = true) long fsfLibre,
            @Schema(description = "osiApproved / records, rounded to 4 decimals; null when there is no record", required = true, nullable = true) Double osiApprovedShare,
            @Schema(description = "fsfLibre / records, rounded to 4 decimals; null when there is no record", required = true, nullable = true) Double fsfLibreShare) {
    }

    @Schema(name = "StatisticsByOrganizationType")
    public record ByOrganizationType(
            @Schema(required = true, type = SchemaType.STRING, implementation = OrganizationType.class) String type,
            @Schema(description = "Public bodies of this kind", required = true) long organizations,
            @Schema(description = "Of those, declaring at least one usage", required = true) long declaringOrganizations,
            @Schema(description = "Their active declarations of published software", required = true) long softwareUsages,
            @Schema(description = "Distinct published software they use", required = true) long softwareUsed,
            @Schema(description = "Published solutions they own", required = true) long solutionsOwned,
            @Schema(description = "Their declarations of published solutions that another body owns", required = true) long solutionReuses) {
    }

    @Schema(name = "StatisticsMostUsed")
    public record MostUsed(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(description = "Bodies that declare using it", required = true) long usageCount) {
    }

    @Schema(name = "StatisticsReused")
    public record Reused(
            @Schema(required = true) String id,
            @Schema(required = true) String name,
            @Schema(description = "The owner organization", required = true) String owner,
            @Schema(description = "The other bodies that declare using it, by id", required = true) List<String> reusedBy) {
    }

    @Schema(name = "StatisticsPerMonth")
    public record PerMonth(
            @Schema(description = "YYYY-MM", required = true, pattern = "^\\d{4}-\\d{2}$") String month,
            @Schema(description = "Usages declared (a new declaration, or one declared again after a withdrawal)", required = true) long declared,
            @Schema(description = "Usages withdrawn", required = true) long withdrawn) {
    }
}
