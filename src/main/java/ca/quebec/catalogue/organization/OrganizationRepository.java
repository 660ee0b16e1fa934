package ca.quebec.catalogue.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.persistence.Keyset;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    /** The body, locked until the transaction ends: its writers take turns (edits, and bulk declarations for it). */
    public Organization lock(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of bodies by id, of one type or all. */
    Listing<Organization> page(OrganizationType type, PageRequest page, String sort) {
        return Keyset.of(getEntityManager(), Organization.class, "o")
                .where(type == null ? Condition.ALWAYS : Condition.of("o.type = :type", "type", type.wire()))
                .orderBy(Keyset.Key.of("o.id"))
                .page(page, sort, o -> List.of(o.id));
    }
}
