package org.amicable.dispute.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header: generated at compile time into {@code META-INF/swagger/amicable-api-1.0.yml},
 * with Swagger UI beside it. The application serves both as static resources: the document under
 * {@value #DOCUMENTS}, the page at {@value #UI}{@code /index.html}.
 */
@OpenAPIDefinition(
        info = @Info(title = "amicable-api", version = "1.0",
                description = "Amicable: the amicable phase of disputes between a company and its customers. "
                        + "Every error is application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from configuration; its role is integration, manager or auditor.")
public final class ApiDefinition {

    /** Where the OpenAPI document is served. */
    public static final String DOCUMENTS = "/swagger";
    /** Where Swagger UI is served. */
    public static final String UI = "/swagger-ui";
    /** The OpenAPI document's file name. */
    public static final String SPEC = "amicable-api-1.0.yml";

    private ApiDefinition() {
    }
}
