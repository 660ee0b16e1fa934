package ca.quebec.catalogue.usage;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.record.CatalogueRecord;

@ApplicationScoped
public class UsageRepository implements PanacheRepositoryBase<Usage, Long> {

    public Usage find(CatalogueRecord record, String organizationId) {
        return find("record = ?1 and organizationId = ?2", record, organizationId).firstResult();
    }

    /** Active usages of a record, by organization id, after the given one. */
    public List<Usage> activeOfRecord(CatalogueRecord record, String afterOrganization, int limit) {
        return find("record = ?1 and withdrawnAt is null and organizationId > ?2 order by organizationId", record,
                afterOrganization == null ? "" : afterOrganization).page(0, limit).list();
    }

    public long countActiveOfRecord(CatalogueRecord record) {
        return count("record = ?1 and withdrawnAt is null", record);
    }
}
