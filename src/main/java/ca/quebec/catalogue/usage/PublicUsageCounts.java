package ca.quebec.catalogue.usage;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.organization.UsageCounts;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Answers the organization room: how many records each body uses, counting those everybody may see. */
@ApplicationScoped
class PublicUsageCounts implements UsageCounts {

    private final UsageRepository usages;

    PublicUsageCounts(UsageRepository usages) {
        this.usages = usages;
    }

    @Override
    public Map<String, Long> publicUsagesPer(Collection<String> organizations) {
        return usages.countsPerOrganization(organizations, VisibilityPolicy.ANONYMOUS.visible("u.record"));
    }
}
