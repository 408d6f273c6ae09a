package org.amicable.dispute.app;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import org.amicable.dispute.adapter.persistence.WebhookSubscription;

/** What the webhook outbox knows of each configured endpoint: its name and the message types it wants. */
@Factory
final class WebhookFactory {

    @EachBean(WebhookEndpoint.class)
    WebhookSubscription subscription(WebhookEndpoint endpoint) {
        return new WebhookSubscription(endpoint.name(), endpoint.types());
    }
}
