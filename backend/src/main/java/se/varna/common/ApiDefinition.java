package se.varna.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The API's OpenAPI header; the root {@code openapi.yaml} is the contract the scanned
 * document must match (see ContractTest).
 */
@OpenAPIDefinition(
        info = @Info(title = "Värna API", version = "1.0.0",
                description = "Follow-up of a municipality's safety-creating and crime-preventive work.",
                contact = @Contact(name = "Hållbarhetsenheten, Västerås stad"),
                license = @License(name = "EUPL-1.2", identifier = "EUPL-1.2")),
        servers = @Server(url = "/", description = "The service that serves this document"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token from Keycloak, realm `varna`.")
public class ApiDefinition extends Application {
}
