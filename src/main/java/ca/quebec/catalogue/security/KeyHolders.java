package ca.quebec.catalogue.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.kernel.Caller;

/**
 * Who an API key stands for now, for rooms that act later on behalf of a key's
 * holder (webhook deliveries): the same caller a request with the key would be,
 * or empty once the key is revoked.
 */
@ApplicationScoped
public class KeyHolders {

    private final ApiKeyService keys;

    KeyHolders(ApiKeyService keys) {
        this.keys = keys;
    }

    public Optional<Caller> holder(String keyId) {
        return keys.holder(keyId);
    }
}
