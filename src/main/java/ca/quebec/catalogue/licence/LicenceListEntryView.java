package ca.quebec.catalogue.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpdxLicence", description = "A licence of the bundled SPDX License List, with how many catalogue records use it")
public record LicenceListEntryView(
        @Schema(description = "SPDX licence id", required = true, examples = "LiLiQ-R-1.1") String id,
        @Schema(required = true) String name,
        @Schema(description = "Approved by the Open Source Initiative", required = true) boolean osiApproved,
        @Schema(description = "Listed as free by the Free Software Foundation", required = true) boolean fsfLibre,
        @Schema(description = "Deprecated by SPDX (use the -only / -or-later forms instead)", required = true) boolean deprecated,
        @Schema(description = "Where the licence text is published", required = true, nullable = true, format = "iri") String reference,
        @Schema(description = "How many published records have a licence expression that names it", required = true) long recordCount) {

    static LicenceListEntryView of(SpdxLicence l, long recordCount) {
        return new LicenceListEntryView(l.id(), l.name(), l.osiApproved(), l.fsfLibre(), l.deprecated(), l.reference(), recordCount);
    }
}
