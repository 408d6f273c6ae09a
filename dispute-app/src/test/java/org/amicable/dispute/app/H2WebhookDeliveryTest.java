package org.amicable.dispute.app;

/** Webhook delivery, with its outbox on H2. */
class H2WebhookDeliveryTest extends WebhookDeliveryTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
