package ca.quebec.catalogue.licence;

/** One entry of the bundled SPDX License List (a licence or an exception). */
public record SpdxLicence(String id, String name, boolean osiApproved, boolean fsfLibre, boolean deprecated, String reference) {
}
