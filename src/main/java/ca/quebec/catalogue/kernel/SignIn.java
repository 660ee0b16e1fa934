package ca.quebec.catalogue.kernel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an authenticated caller signed in: with an API key, or with an OIDC access token. */
@Schema(name = "SignIn", description = "api-key: an API key issued by an administrator; oidc: an access token from the identity provider")
public enum SignIn implements Vocabulary {
    /** An API key issued by an administrator (or the bootstrap key). */
    API_KEY("api-key"),
    /** An OIDC access token (a JWT) signed by the configured identity provider. */
    OIDC("oidc");

    private final String wire;

    SignIn(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
