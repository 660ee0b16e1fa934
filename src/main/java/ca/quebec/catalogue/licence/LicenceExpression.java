package ca.quebec.catalogue.licence;

import java.util.Set;

/**
 * A parsed SPDX licence expression.
 *
 * @param canonical   the expression re-written with the list's spelling of each id
 *                    and single spaces (what the catalogue stores)
 * @param licenceIds  the SPDX licence ids it names (without {@code +} or exceptions),
 *                    in the list's spelling; {@code LicenseRef-} references are not included
 * @param osiApproved whether some way of satisfying the expression uses only
 *                    OSI-approved licences; null when it depends on a LicenseRef
 * @param fsfLibre    the same for the FSF's free-licence list
 */
public record LicenceExpression(String canonical, Set<String> licenceIds, Boolean osiApproved, Boolean fsfLibre) {
}
