package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** Declares the contract's security scheme: API keys sent as bearer tokens. */
@OpenAPIDefinition(info = @Info(title = "Catalogue des logiciels libres et des solutions partageables", version = "1.0.0"),
        servers = @Server(url = "/", description = "This service, wherever it is deployed (paths are relative to its address)"))
@SecurityScheme(securitySchemeName = ApiDoc.SECURITY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key issued by an administrator: Authorization: Bearer <key>. Reads of published records need none.")
public class CatalogueApplication extends Application {
}
