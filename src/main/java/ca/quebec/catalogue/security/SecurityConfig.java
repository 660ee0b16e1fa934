package ca.quebec.catalogue.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security options (prefix {@code catalogue.security}). */
@ConfigMapping(prefix = "catalogue.security")
public interface SecurityConfig {

    /**
     * A first admin key, from the environment (CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY),
     * so that a new installation can issue the others. Unset: none.
     */
    Optional<String> bootstrapAdminKey();

    /** The organization the bootstrap key acts for. */
    @WithDefault("sct")
    String bootstrapAdminOrganization();
}
