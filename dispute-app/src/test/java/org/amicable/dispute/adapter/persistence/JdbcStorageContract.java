package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.fixtures.DisputeRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage contract run against the real JDBC adapter inside a Micronaut context (Hikari, Flyway,
 * Micronaut Data transactions). Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStorageContract extends DisputeRepositoryContract {

    private ApplicationContext context;

    /** The datasource settings of the database under test. */
    protected abstract Map<String, Object> datasource();

    @Override
    protected Storage emptyStorage() {
        if (context == null) {
            Map<String, Object> properties = new java.util.HashMap<>(datasource());
            properties.put("amicable.dispatch.enabled", "false");
            properties.put("amicable.escalation.schedule.enabled", "false");
            properties.put("micronaut.server.port", "-1");
            context = ApplicationContext.run(properties, "test");
        }
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                // Test set-up only: the application itself never deletes a timeline entry.
                statement.executeUpdate("DELETE FROM open_task");
                statement.executeUpdate("DELETE FROM dispute_report");
                statement.executeUpdate("DELETE FROM outbox_letter");
                statement.executeUpdate("DELETE FROM timeline_entry");
                statement.executeUpdate("DELETE FROM dispute");
            }
            return null;
        });
        return new Storage(context.getBean(JdbcDisputeRepository.class), context.getBean(JdbcLetterOutbox.class));
    }

    /** The plan the database chooses for the escalation's due query, as text. */
    protected String duePlan() {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            StringBuilder plan = new StringBuilder();
            try (Statement statement = status.getConnection().createStatement()) {
                prepareExplain(statement);
                try (java.sql.ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM dispute WHERE due_on <= DATE '2026-03-02'"
                        + " ORDER BY id FETCH FIRST 500 ROWS ONLY")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            return plan.toString();
        });
    }

    /** Lets the database show the plan it would use on a large table (PostgreSQL prefers scanning small ones). */
    protected void prepareExplain(Statement statement) throws java.sql.SQLException {
    }

    @org.junit.jupiter.api.Test
    void the_escalations_due_query_reads_the_due_index_not_every_dispute() {
        emptyStorage();
        org.assertj.core.api.Assertions.assertThat(duePlan().toLowerCase()).contains("dispute_due");
    }

    @org.junit.jupiter.api.Test
    void a_change_rolled_back_with_its_transaction_is_not_believed_from_the_cache() {
        Storage storage = emptyStorage();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        org.amicable.dispute.domain.model.UnpaidClaim claim = org.amicable.dispute.domain.model.UnpaidClaim.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.businessCustomer(),
                org.amicable.dispute.domain.fixtures.Invoices.invoiceDue("F-ROLLBACK", java.time.LocalDate.of(2026, 1, 31),
                        "1200.00"), clock);
        storage.disputes().save(claim, claim.nextDueOn(policy));

        try {
            transactions.executeWrite(status -> {
                org.amicable.dispute.domain.model.UnpaidClaim loaded = (org.amicable.dispute.domain.model.UnpaidClaim)
                        storage.disputes().find(claim.id()).orElseThrow();
                loaded.recordAnswer(clock.today(), "will pay", clock);
                storage.disputes().save(loaded, loaded.nextDueOn(policy));
                throw new IllegalStateException("the use case fails after saving");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        org.amicable.dispute.domain.model.Dispute reloaded = storage.disputes().find(claim.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(reloaded.version()).isEqualTo(1);
        org.amicable.dispute.domain.model.UnpaidClaim again = (org.amicable.dispute.domain.model.UnpaidClaim) reloaded;
        again.recordAnswer(clock.today(), "called back", clock);
        storage.disputes().save(again, again.nextDueOn(policy));
        org.assertj.core.api.Assertions.assertThat(storage.disputes().find(claim.id()).orElseThrow().timeline())
                .extracting(org.amicable.dispute.domain.model.TimelineEntry::sequence).containsExactly(1L, 2L);
    }

    @org.junit.jupiter.api.Test
    void the_migration_gives_the_stored_disputes_their_assigned_manager() throws Exception {
        Storage storage = emptyStorage();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        org.amicable.dispute.domain.model.UnpaidClaim assigned = org.amicable.dispute.domain.model.UnpaidClaim.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.businessCustomer(),
                org.amicable.dispute.domain.fixtures.Invoices.invoiceDue("F-MANAGED", java.time.LocalDate.of(2026, 1, 31),
                        "1200.00"), clock);
        assigned.assignManager("paul", clock);
        assigned.assignManager("marie", clock);
        org.amicable.dispute.domain.model.UnpaidClaim nobodys = org.amicable.dispute.domain.model.UnpaidClaim.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.businessCustomer(),
                org.amicable.dispute.domain.fixtures.Invoices.invoiceDue("F-UNMANAGED", java.time.LocalDate.of(2026, 1, 31),
                        "1200.00"), clock);
        storage.disputes().save(assigned, assigned.nextDueOn(policy));
        storage.disputes().save(nobodys, nobodys.nextDueOn(policy));
        org.amicable.dispute.domain.port.in.DisputeQuery marie = org.amicable.dispute.domain.port.in.DisputeQuery.all(50)
                .assignedTo(org.amicable.dispute.domain.port.in.Assignee.manager("marie"));
        // As the summaries stood before they kept a manager.
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("UPDATE dispute SET manager = NULL");
            }
            return null;
        });
        org.assertj.core.api.Assertions.assertThat(storage.disputes().search(marie)).isEmpty();

        JavaMigrations.run(transactions,
                new org.amicable.dispute.adapter.persistence.migration.V151__Managers_of_stored_disputes());

        org.assertj.core.api.Assertions.assertThat(storage.disputes().search(marie))
                .extracting(org.amicable.dispute.domain.port.in.DisputeSummary::id).containsExactly(assigned.id());
        org.assertj.core.api.Assertions.assertThat(storage.disputes().search(org.amicable.dispute.domain.port.in.DisputeQuery
                .all(50).assignedTo(org.amicable.dispute.domain.port.in.Assignee.nobody())))
                .extracting(org.amicable.dispute.domain.port.in.DisputeSummary::id).containsExactly(nobodys.id());
    }

    @org.junit.jupiter.api.Test
    void a_stored_state_is_read_back_typed_per_track_and_an_unknown_one_is_refused_by_name() {
        Storage storage = emptyStorage();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        JdbcDisputeSummaries summaries = context.getBean(JdbcDisputeSummaries.class);
        org.amicable.dispute.domain.model.UnpaidClaim claim = org.amicable.dispute.domain.model.UnpaidClaim.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.businessCustomer(),
                org.amicable.dispute.domain.fixtures.Invoices.invoiceDue("F-TYPED", java.time.LocalDate.of(2026, 1, 31),
                        "1200.00"), clock);
        org.amicable.dispute.domain.model.Grievance grievance = org.amicable.dispute.domain.model.Grievance.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone(),
                org.amicable.dispute.domain.model.GrievanceCause.OTHER, "late delivery", java.util.Optional.empty(),
                clock.today(), java.util.Optional.empty(), policy, clock);
        storage.disputes().save(claim, claim.nextDueOn(policy));
        storage.disputes().save(grievance, grievance.nextDueOn(policy));

        org.assertj.core.api.Assertions.assertThat(storage.disputes().search(
                        org.amicable.dispute.domain.port.in.DisputeQuery.all(50)))
                .extracting(org.amicable.dispute.domain.port.in.DisputeSummary::state)
                .containsExactlyInAnyOrder(org.amicable.dispute.domain.model.ClaimState.OPEN,
                        org.amicable.dispute.domain.model.GrievanceState.RECEIVED);
        org.assertj.core.api.Assertions.assertThat(summaries.countByTrackAndState()).isEqualTo(Map.of(
                org.amicable.dispute.domain.model.ClaimState.OPEN, 1L,
                org.amicable.dispute.domain.model.GrievanceState.RECEIVED, 1L));

        // A row written by a version that knew a state this one does not.
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("UPDATE dispute SET state = 'ON_THE_MOON' WHERE track = 'GRIEVANCE'");
            }
            return null;
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.disputes().search(
                        org.amicable.dispute.domain.port.in.DisputeQuery.all(50)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ON_THE_MOON").hasMessageContaining("GRIEVANCE");
        org.assertj.core.api.Assertions.assertThatThrownBy(summaries::countByTrackAndState)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ON_THE_MOON");
    }

    /** Runs one statement of test set-up or inspection on the database under test. */
    private <T> T sql(java.util.function.Function<Statement, T> work) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        return transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return work.apply(statement);
            }
        });
    }

    private String snapshotOf(org.amicable.dispute.domain.model.DisputeId id) {
        return sql(statement -> {
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT snapshot FROM dispute WHERE id = '" + id + "'")) {
                rows.next();
                return rows.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void update(String statementText) {
        sql(statement -> {
            try {
                return statement.executeUpdate(statementText);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private org.amicable.dispute.domain.model.UnpaidClaim storedClaim(Storage storage, String invoice) {
        org.amicable.dispute.domain.model.UnpaidClaim claim = org.amicable.dispute.domain.model.UnpaidClaim.open(
                org.amicable.dispute.domain.model.DisputeId.next(clock),
                org.amicable.dispute.domain.fixtures.Customers.businessCustomer(),
                org.amicable.dispute.domain.fixtures.Invoices.invoiceDue(invoice, java.time.LocalDate.of(2026, 1, 31),
                        "1200.00"), clock);
        claim.escalate(clock.today(), policy, clock);
        storage.disputes().save(claim, claim.nextDueOn(policy));
        claim.recordAnswer(clock.today(), "will pay next week", clock);
        storage.disputes().save(claim, claim.nextDueOn(policy));
        return claim;
    }

    @org.junit.jupiter.api.Test
    void a_dispute_is_read_and_changed_from_its_snapshot_without_parsing_its_timeline() {
        Storage storage = emptyStorage();
        org.amicable.dispute.domain.model.UnpaidClaim claim = storedClaim(storage, "F-SNAPSHOT");
        String snapshot = snapshotOf(claim.id());
        org.assertj.core.api.Assertions.assertThat(snapshot).isEqualTo(
                org.amicable.dispute.domain.model.DisputeSnapshot.of(claim));

        // Test set-up only: entries no code could parse. A read restored from the snapshot never notices.
        update("UPDATE timeline_entry SET entry = '{}' WHERE dispute_id = '" + claim.id() + "'");
        org.amicable.dispute.domain.model.UnpaidClaim found = (org.amicable.dispute.domain.model.UnpaidClaim)
                storage.disputes().find(claim.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(found.state()).isEqualTo(claim.state());
        org.assertj.core.api.Assertions.assertThat(found.letters()).isEqualTo(claim.letters());
        org.assertj.core.api.Assertions.assertThat(found.openTasks()).isEqualTo(claim.openTasks());
        found.recordAnswer(clock.today(), "paid by transfer", clock);
        storage.disputes().save(found, found.nextDueOn(policy));

        org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).contains("\"entries\":" + found.version());
        org.amicable.dispute.domain.model.Dispute again = storage.disputes().find(claim.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(again.version()).isEqualTo(found.version());
        org.assertj.core.api.Assertions.assertThatThrownBy(again::timeline).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void a_missing_stale_or_unreadable_snapshot_is_rebuilt_from_the_timeline_and_kept_again() {
        Storage storage = emptyStorage();
        org.amicable.dispute.domain.model.UnpaidClaim claim = storedClaim(storage, "F-REBUILT");
        String snapshot = snapshotOf(claim.id());
        for (String stored : List.of("NULL", "'" + snapshot.replace("\"format\":", "\"format\":9") + "'",
                "'" + snapshot.replace("\"entries\":" + claim.version(), "\"entries\":1") + "'", "'{\"format\":1}'")) {
            update("UPDATE dispute SET snapshot = " + stored + " WHERE id = '" + claim.id() + "'");

            org.amicable.dispute.domain.model.Dispute found = storage.disputes().find(claim.id()).orElseThrow();

            org.assertj.core.api.Assertions.assertThat(found.state()).as(stored).isEqualTo(claim.state());
            org.assertj.core.api.Assertions.assertThat(found.openTasks()).isEqualTo(claim.openTasks());
            org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).as(stored).isEqualTo(snapshot);
        }
        update("UPDATE dispute SET snapshot = NULL WHERE id = '" + claim.id() + "'");
        org.assertj.core.api.Assertions.assertThat(storage.disputes().findAll(List.of(claim.id())))
                .extracting(org.amicable.dispute.domain.model.Dispute::state).containsExactly(claim.state());
        org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).as("left to the save after a batch read")
                .isNull();
    }

    @org.junit.jupiter.api.Test
    void erasing_personal_data_drops_the_snapshot_that_holds_them_too() {
        Storage storage = emptyStorage();
        org.amicable.dispute.domain.model.UnpaidClaim claim = storedClaim(storage, "F-ERASED");
        String name = claim.customer().name();
        org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).contains(name);

        storage.disputes().erasePersonalData(claim.id(), java.util.Set.of(), clock.today());
        org.amicable.dispute.domain.model.Dispute found = storage.disputes().find(claim.id()).orElseThrow();

        org.assertj.core.api.Assertions.assertThat(found.customer().name()).isNotEqualTo(name);
        org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).isNull();

        // A change that read the dispute before the erasure and saves after it writes no snapshot back, and a
        // snapshot left in an erased dispute's row is never read.
        claim.recordAnswer(clock.today(), "called again", clock);
        storage.disputes().save(claim, claim.nextDueOn(policy));
        org.assertj.core.api.Assertions.assertThat(snapshotOf(claim.id())).isNull();
        update("UPDATE dispute SET snapshot = '" + org.amicable.dispute.domain.model.DisputeSnapshot.of(claim)
                .replace("'", "''") + "' WHERE id = '" + claim.id() + "'");
        org.assertj.core.api.Assertions.assertThat(storage.disputes().find(claim.id()).orElseThrow().customer().name())
                .isNotEqualTo(name);
    }

    @AfterAll
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }
}
