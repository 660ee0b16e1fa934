package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * Declares the contract's security schemes: API keys sent as bearer tokens and, where
 * the service is configured for it, OIDC access tokens in the same header.
 */
@OpenAPIDefinition(info = @Info(title = "Catalogue des logiciels libres et des solutions partageables", version = "1.0.0"),
        servers = @Server(url = "/", description = "This service, wherever it is deployed (paths are relative to its address)"))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = ApiDoc.SECURITY, type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An API key issued by an administrator: Authorization: Bearer <key> (keys start with qc_). "
                        + "Reads of published records need none."),
        @SecurityScheme(securitySchemeName = ApiDoc.OIDC, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "An OIDC access token (a signed JWT) from the identity provider the service is configured with "
                        + "(off unless QUARKUS_OIDC_AUTH_SERVER_URL is set), in the same header: Authorization: Bearer <token>. "
                        + "A claim names the organization (organization by default) and another lists the roles (roles, or "
                        + "realm_access.roles for Keycloak). Wherever an API key is accepted, such a token is too; GET /api/v1/me "
                        + "says which of the two signed the caller in.") })
public class CatalogueApplication extends Application {
}
