package ca.quebec.catalogue.licence;

import java.util.Map;

/**
 * How many records name each licence. Records know their licences, so the
 * record room answers this; the licence room only asks.
 */
public interface LicenceCounts {

    /** Per SPDX licence id, the records that lists show by default. */
    Map<String, Long> recordsPerLicence();
}
