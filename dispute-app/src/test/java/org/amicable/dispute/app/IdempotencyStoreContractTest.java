package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amicable.dispute.adapter.persistence.JdbcIdempotencyStore;
import org.amicable.dispute.adapter.web.InMemoryIdempotencyStore;
import org.amicable.dispute.adapter.web.port.IdempotencyStore;
import org.amicable.dispute.adapter.web.port.IdempotencyStore.StoredResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of the API's idempotency-key port, run against the web adapter's in-memory store and
 * the application's durable store on H2 and on PostgreSQL (the bean the application wires).
 */
class IdempotencyStoreContractTest {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final StoredResponse CREATED = new StoredResponse(201, Map.of("Location", "/disputes/1", "ETag", "\"1\""),
            "{\"id\":\"1\"}");

    /** Where the keys are kept. */
    enum Storage {
        IN_MEMORY, H2, POSTGRESQL
    }

    /** A store on a clock the test moves, and what to close when done. */
    record Opened(IdempotencyStore store, MutableClock clock, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Opened start(Storage storage) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        if (storage == Storage.IN_MEMORY) {
            return new Opened(new InMemoryIdempotencyStore(clock, LEASE), clock, () -> { });
        }
        Databases database = storage == Storage.H2 ? Databases.H2 : Databases.POSTGRESQL;
        Map<String, Object> properties = new HashMap<>(database.freshDatabase());
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        ApplicationContext context = ApplicationContext.run(properties);
        assertThat(context.getBean(IdempotencyStore.class)).isInstanceOf(JdbcIdempotencyStore.class);
        IdempotencyStore store = new JdbcIdempotencyStore(context.getBean(TransactionOperations.class), clock,
                Duration.ofDays(1), LEASE);
        return new Opened(store, clock, context);
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void a_key_is_reserved_once_then_replays_its_response(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();

            assertThat(store.reserve("erp:key-1", "fp-a", "request-1")).isEmpty();
            Optional<IdempotencyStore.Entry> inProgress = store.reserve("erp:key-1", "fp-a", "request-2");
            assertThat(inProgress).hasValueSatisfying(entry -> {
                assertThat(entry.fingerprint()).isEqualTo("fp-a");
                assertThat(entry.response()).isEmpty();
            });

            assertThat(store.complete("erp:key-1", "request-1", CREATED)).isTrue();
            assertThat(store.reserve("erp:key-1", "fp-b", "request-3")).hasValueSatisfying(entry -> {
                assertThat(entry.fingerprint()).isEqualTo("fp-a");
                assertThat(entry.response()).contains(CREATED);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void a_released_key_can_be_reserved_again_but_a_completed_one_stays(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();
            store.reserve("k-failed", "fp", "request-1");
            store.release("k-failed", "request-1");
            assertThat(store.reserve("k-failed", "fp", "request-2")).isEmpty();

            store.reserve("k-done", "fp", "request-3");
            store.complete("k-done", "request-3", new StoredResponse(200, Map.of(), "{}"));
            store.release("k-done", "request-3");
            assertThat(store.reserve("k-done", "fp", "request-4")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void a_reservation_whose_request_never_completed_lapses_and_its_holder_can_no_longer_complete_it(Storage storage)
            throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();
            assertThat(store.reserve("k-killed", "fp", "killed-request")).isEmpty();

            opened.clock().advance(LEASE.minusSeconds(1));
            assertThat(store.reserve("k-killed", "fp", "early-retry")).as("still within the lease").isPresent();

            opened.clock().advance(Duration.ofSeconds(1));
            assertThat(store.reserve("k-killed", "fp", "retry")).as("lapsed: the retry takes it").isEmpty();
            assertThat(store.complete("k-killed", "killed-request", CREATED)).isFalse();
            store.release("k-killed", "killed-request");
            assertThat(store.reserve("k-killed", "fp", "another")).as("still the retry's").isPresent();

            assertThat(store.complete("k-killed", "retry", CREATED)).isTrue();
            opened.clock().advance(LEASE.multipliedBy(10));
            assertThat(store.reserve("k-killed", "fp", "much-later")).as("a completed key does not lapse")
                    .hasValueSatisfying(entry -> assertThat(entry.response()).contains(CREATED));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"H2", "POSTGRESQL"})
    void a_change_that_fails_after_its_completion_leaves_no_stored_response(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();
            store.reserve("k-atomic", "fp", "request-1");

            assertThatThrownBy(() -> store.atomically(() -> {
                store.complete("k-atomic", "request-1", CREATED);
                throw new IllegalStateException("the change failed after all");
            })).hasMessageContaining("failed after all");

            assertThat(store.reserve("k-atomic", "fp", "request-2")).hasValueSatisfying(entry ->
                    assertThat(entry.response()).as("rolled back with the change").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void of_many_concurrent_reservations_of_one_key_exactly_one_wins(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String holder = "request-" + i;
                    attempts.add(() -> store.reserve("contended", "fp", holder).isEmpty());
                }
                long winners = 0;
                for (Future<Boolean> won : threads.invokeAll(attempts)) {
                    winners += won.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
