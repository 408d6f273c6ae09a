package org.amicable.dispute.adapter.persistence;

import java.util.Objects;
import java.util.Set;

/**
 * An endpoint that receives webhook messages, as the outbox knows it: its name, and the message types
 * it wants (all of them when empty).
 */
public record WebhookSubscription(String endpoint, Set<String> types) {

    public WebhookSubscription {
        Objects.requireNonNull(endpoint, "endpoint");
        types = Set.copyOf(types);
    }

    boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
