package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amicable.dispute.adapter.web.RequestActor;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.junit.jupiter.api.Test;

/**
 * The use cases that change disputes run inside one database transaction, opened by the framework's
 * transaction advice around the use case: the storage's own writes join it. A probe stands in for the
 * request's actor, which every such use case asks for, and notes whether a transaction is open then.
 */
class UseCaseTransactionsTest {

    @Test
    void a_change_asks_for_its_actor_inside_the_transaction_of_the_whole_use_case() {
        try (RunningApp app = RunningApp.start(Databases.H2, Map.of("amicable.test.transaction-probe", "true"))) {
            TransactionProbe probe = app.context().getBean(TransactionProbe.class);
            probe.current();
            assertThat(probe.seen()).as("asked outside any use case").containsExactly(false);
            probe.seen().clear();

            String location = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}".formatted(
                    RunningApp.business("C-TX"), RunningApp.invoice("F-TX", "2026-01-15", "800.00")))
                    .headers().firstValue("Location").orElseThrow();
            assertThat(app.postJson(location + "/promises", "{\"on\":\"2026-01-20\",\"promisedFor\":\"2026-02-01\"}")
                    .statusCode()).isEqualTo(200);

            assertThat(probe.seen()).as("asked by the opening and the promise").isNotEmpty().doesNotContain(false);
        }
    }

    /** The request's actor, replaced in this test only: no one, noting whether a transaction is open. */
    @Singleton
    @Replaces(RequestActor.class)
    @Requires(property = "amicable.test.transaction-probe", value = "true")
    static class TransactionProbe implements CurrentActor {

        private final TransactionOperations<Connection> transactions;
        private final List<Boolean> seen = new CopyOnWriteArrayList<>();

        TransactionProbe(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @Override
        public Optional<Actor> current() {
            seen.add(transactions.findTransactionStatus().isPresent());
            return Optional.empty();
        }

        List<Boolean> seen() {
            return seen;
        }
    }
}
