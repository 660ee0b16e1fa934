package ca.quebec.catalogue.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Licence", description = "A record's licence: an SPDX expression and what the SPDX list says of it")
public record LicenceView(
        @Schema(description = "SPDX licence expression", required = true, examples = "GPL-2.0-or-later") String expression,
        @Schema(description = "Whether the expression can be satisfied with OSI-approved licences only; null when it names a LicenseRef", required = true, nullable = true) Boolean osiApproved,
        @Schema(description = "Whether the expression can be satisfied with licences the FSF lists as free; null when it names a LicenseRef", required = true, nullable = true) Boolean fsfLibre) {
}
