package org.amicable.dispute.app;

import io.micronaut.context.annotation.ConfigurationInject;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.amicable.dispute.adapter.persistence.JdbcWebhookOutbox;

/**
 * An endpoint that receives webhook messages, from configuration. The secret is a Standard Webhooks
 * secret: {@code whsec_} followed by base64 of 24 to 64 random bytes.
 *
 * <pre>
 * amicable.webhooks.endpoints[0].name=erp
 * amicable.webhooks.endpoints[0].url=https://erp.example/amicable/webhooks
 * amicable.webhooks.endpoints[0].secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
 * amicable.webhooks.endpoints[0].types=payment.recorded,dispute.state-changed   (all when left out)
 * </pre>
 */
@EachProperty(value = "amicable.webhooks.endpoints", list = true)
public final class WebhookEndpoint {

    private final String name;
    private final URI url;
    private final byte[] key;
    private final Set<String> types;

    @ConfigurationInject
    public WebhookEndpoint(String name, String url, String secret, @Nullable List<String> types) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].name",
                    "must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        this.name = name;
        try {
            this.url = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].url", "is not a URL: " + url);
        }
        if (!"http".equals(this.url.getScheme()) && !"https".equals(this.url.getScheme())) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].url", "must be an http or https URL");
        }
        if (secret == null || !secret.startsWith("whsec_")) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].secret", "must start with whsec_");
        }
        try {
            this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].secret", "is not base64 after whsec_");
        }
        if (key.length < 24 || key.length > 64) {
            throw new InvalidSettingException("amicable.webhooks.endpoints[].secret", "must hold 24 to 64 bytes");
        }
        this.types = types == null ? Set.of() : Set.copyOf(types.stream().map(String::strip).toList());
        List<String> known = JdbcWebhookOutbox.messageTypes();
        for (String type : this.types) {
            if (!known.contains(type)) {
                throw new InvalidSettingException("amicable.webhooks.endpoints[].types", "\"" + type
                        + "\" is not one of " + known);
            }
        }
    }

    public String name() {
        return name;
    }

    public URI url() {
        return url;
    }

    byte[] key() {
        return key.clone();
    }

    public Set<String> types() {
        return types;
    }
}
