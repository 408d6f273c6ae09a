package org.amicable.dispute.app;

/** Webhook delivery, with its outbox on Postgres. */
class PostgresWebhookDeliveryTest extends WebhookDeliveryTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
