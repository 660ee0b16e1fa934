package ca.quebec.catalogue.kernel;

/**
 * Who sent a request: anonymous, or the holder of an API key or of an OIDC access
 * token, bound to one organization and one role. Services take it as an argument
 * and check it; what it may see is decided by the visibility policy built from it.
 *
 * <p>{@code keyId} identifies the caller across requests (what it owns, its
 * idempotency keys, its running bulk): the key's id, or {@code oidc:} and the
 * token's subject. {@code signedInWith} says which; null when anonymous.
 */
public record Caller(String keyId, String organization, Role role, String label, SignIn signedInWith) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null, null);

    public boolean authenticated() {
        return role != null;
    }

    public boolean isCurator() {
        return authenticated() && role.includes(Role.CURATOR);
    }

    /** Curators act for every organization; contributors for their own. */
    public boolean mayActFor(String organizationId) {
        return isCurator() || (authenticated() && organization.equals(organizationId));
    }

    /** 401 unless authenticated. */
    public Caller requireAuthenticated() {
        if (!authenticated()) {
            throw new ProblemException(401, "unauthenticated");
        }
        return this;
    }

    /** 401 if anonymous, 403 if the role is below the one needed. */
    public Caller require(Role needed) {
        requireAuthenticated();
        if (!role.includes(needed)) {
            throw new ProblemException(403, "forbidden-role", needed.wire());
        }
        return this;
    }

    /** 401 if anonymous, 403 unless the caller may act for that organization. */
    public Caller requireActingFor(String organizationId) {
        requireAuthenticated();
        if (!mayActFor(organizationId)) {
            throw new ProblemException(403, "forbidden-organization", organization, organizationId);
        }
        return this;
    }
}
