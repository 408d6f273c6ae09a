package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amicable.dispute.adapter.web.IdempotencyStore;
import org.amicable.dispute.adapter.web.IdempotencyStore.StoredResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of the API's idempotency-key port, run against the web adapter's in-memory store and
 * the application's durable store on H2 and on PostgreSQL (the bean the application wires).
 */
class IdempotencyStoreContractTest {

    /** Where the keys are kept. */
    enum Storage {
        IN_MEMORY, H2, POSTGRESQL
    }

    /** A store, and what to close when done. */
    record Opened(IdempotencyStore store, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    private static Opened start(Storage storage) {
        if (storage == Storage.IN_MEMORY) {
            return new Opened(new org.amicable.dispute.adapter.web.InMemoryIdempotencyStore(), () -> { });
        }
        Databases database = storage == Storage.H2 ? Databases.H2 : Databases.POSTGRESQL;
        Map<String, Object> properties = new java.util.HashMap<>(database.freshDatabase());
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        ApplicationContext context = ApplicationContext.run(properties);
        IdempotencyStore store = context.getBean(IdempotencyStore.class);
        assertThat(store).isInstanceOf(JdbcIdempotencyStore.class);
        return new Opened(store, context);
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void a_key_is_reserved_once_then_replays_its_response(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();

            assertThat(store.reserve("erp:key-1", "fp-a")).isEmpty();
            Optional<IdempotencyStore.Entry> inProgress = store.reserve("erp:key-1", "fp-a");
            assertThat(inProgress).hasValueSatisfying(entry -> {
                assertThat(entry.fingerprint()).isEqualTo("fp-a");
                assertThat(entry.response()).isEmpty();
            });

            store.complete("erp:key-1", new StoredResponse(201, Map.of("Location", "/disputes/1", "ETag", "\"1\""),
                    "{\"id\":\"1\"}"));
            assertThat(store.reserve("erp:key-1", "fp-b")).hasValueSatisfying(entry -> {
                assertThat(entry.fingerprint()).isEqualTo("fp-a");
                assertThat(entry.response()).contains(new StoredResponse(201,
                        Map.of("Location", "/disputes/1", "ETag", "\"1\""), "{\"id\":\"1\"}"));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    void a_released_key_can_be_reserved_again_but_a_completed_one_stays(Storage storage) throws Exception {
        try (Opened opened = start(storage)) {
            IdempotencyStore store = opened.store();
            store.reserve("k-failed", "fp");
            store.release("k-failed");
            assertThat(store.reserve("k-failed", "fp")).isEmpty();

            store.reserve("k-done", "fp");
            store.complete("k-done", new StoredResponse(200, Map.of(), "{}"));
            store.release("k-done");
            assertThat(store.reserve("k-done", "fp")).isPresent();
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
                    attempts.add(() -> store.reserve("contended", "fp").isEmpty());
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
