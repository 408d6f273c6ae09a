package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header: generated at compile time into {@code META-INF/swagger/amicable-api-1.0.yml}. */
@OpenAPIDefinition(
        info = @Info(title = "amicable-api", version = "1.0",
                description = "Amicable: the amicable phase of disputes between a company and its customers. "
                        + "Every error is application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from configuration; its role is integration, manager or auditor.")
final class ApiDefinition {

    private ApiDefinition() {
    }
}
