package org.amicable.dispute.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.amicable.dispute.adapter.persistence.migration.V111__Report_rows_of_stored_disputes;
import org.amicable.dispute.adapter.persistence.migration.V153__Movements_of_stored_claims;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.ReportFiguresContract;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.out.ReportFigures;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reports' figures contract run against the real JDBC adapter inside a Micronaut context: the sums the
 * database makes of its rows are those the domain makes of each dispute. Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcReportFiguresContract extends ReportFiguresContract {

    private ApplicationContext context;

    /** The datasource settings of the database under test. */
    protected abstract Map<String, Object> datasource();

    @Override
    protected Storage emptyStorage() {
        if (context == null) {
            Map<String, Object> properties = new HashMap<>(datasource());
            properties.put("amicable.dispatch.enabled", "false");
            properties.put("amicable.escalation.schedule.enabled", "false");
            properties.put("micronaut.server.port", "-1");
            context = ApplicationContext.run(properties, "test");
        }
        execute("DELETE FROM open_task", "DELETE FROM dispute_report", "DELETE FROM claim_movement", "DELETE FROM kept_document",
                "DELETE FROM outbox_letter", "DELETE FROM timeline_entry", "DELETE FROM dispute");
        return new Storage(context.getBean(JdbcDisputeRepository.class), context.getBean(JdbcLetterOutbox.class),
                context.getBean(JdbcReportFigures.class));
    }

    /** Test set-up only: the application itself never deletes a timeline entry. */
    private void execute(String... statements) {
        transactions().executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> transactions() {
        return context.getBean(TransactionOperations.class);
    }

    @Test
    void the_migration_fills_the_rows_of_the_disputes_stored_before_the_table_open_or_closed() throws Exception {
        Storage storage = emptyStorage();
        TestClock clock = TestClock.on("2026-03-02");
        DisputeServices services = new DisputeServices(storage.disputes(), storage.outbox(),
                new PlainTextLetterRenderer(), new RecordingLetterSender(), Policies.defaults(), clock);
        DisputeId paid = null;
        for (int i = 0; i < 3; i++) {
            paid = services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(Customers.consumerWithPhone(),
                    Invoices.invoiceDue("F-MIGRATED-" + i, LocalDate.of(2026, 1, 31), "1200.00"))).id();
        }
        clock.advanceDays(3);
        services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(paid, java.util.Optional.empty(),
                clock.today(), Money.euros("1200.00"), "PAY-MIGRATED"));
        ReportFigures figures = storage.figures();
        LocalDate today = clock.today();
        var aged = figures.agedBalance(today);
        var settled = figures.settlements(today, today);
        assertThat(aged).singleElement().satisfies(group -> assertThat(group.claims()).isEqualTo(2));
        assertThat(settled.byStep().values()).containsExactly(1L);

        execute("DELETE FROM dispute_report", "DELETE FROM claim_movement");
        assertThat(figures.agedBalance(today)).isEmpty();

        JavaMigrations.run(transactions(), new V111__Report_rows_of_stored_disputes(),
                new V153__Movements_of_stored_claims());

        assertThat(figures.agedBalance(today)).containsExactlyInAnyOrderElementsOf(aged);
        assertThat(figures.agedBalance(today.minusDays(1))).as("the day before the payment")
                .singleElement().satisfies(group -> assertThat(group.claims()).isEqualTo(3));
        assertThat(figures.settlements(today, today)).isEqualTo(settled);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }
}
