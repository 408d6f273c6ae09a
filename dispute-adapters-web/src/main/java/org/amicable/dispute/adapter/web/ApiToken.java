package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.ConfigurationInject;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * One bearer token allowed to call the API, from configuration: only its SHA-256 is stored.
 *
 * <pre>
 * amicable.security.tokens[0].name=erp
 * amicable.security.tokens[0].sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * amicable.security.tokens[0].role=integration
 * </pre>
 */
@EachProperty(value = "amicable.security.tokens", list = true)
public final class ApiToken {

    private final String name;
    private final String sha256;
    private final String role;

    @ConfigurationInject
    public ApiToken(@Nullable String name, String sha256, String role) {
        this.sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!this.sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("amicable.security.tokens[].sha256 must be 64 hex digits (a SHA-256)");
        }
        if (!Roles.isKnown(role)) {
            throw new IllegalArgumentException("amicable.security.tokens[].role must be integration, manager or auditor, not " + role);
        }
        this.role = role;
        this.name = name == null || name.isBlank() ? role + "-" + this.sha256.substring(0, 8) : name;
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public String role() {
        return role;
    }
}
