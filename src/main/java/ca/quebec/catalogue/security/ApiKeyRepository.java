package ca.quebec.catalogue.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    public ApiKey findActiveByHash(String hash) {
        return find("keyHash = ?1 and revokedAt is null", hash).firstResult();
    }
}
