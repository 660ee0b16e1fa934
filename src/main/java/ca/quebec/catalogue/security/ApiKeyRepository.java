package ca.quebec.catalogue.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Keyset;

@ApplicationScoped
class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    ApiKey findActiveByHash(String hash) {
        return find("keyHash = ?1 and revokedAt is null", hash).firstResult();
    }

    /** A page of keys by id, revoked ones included. */
    Listing<ApiKey> page(PageRequest page, String sort) {
        return Keyset.of(getEntityManager(), ApiKey.class, "k").orderBy(Keyset.Key.of("k.id")).page(page, sort, k -> List.of(k.id));
    }
}
