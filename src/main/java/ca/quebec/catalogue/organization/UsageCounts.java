package ca.quebec.catalogue.organization;

import java.util.Collection;
import java.util.Map;

/**
 * How many software and solutions each body declares using. Usages name their
 * organization, so the usage room answers this; organizations only ask.
 */
public interface UsageCounts {

    /** Per organization id (of those given), its active usages of records that everybody may see. */
    Map<String, Long> publicUsagesPer(Collection<String> organizations);
}
