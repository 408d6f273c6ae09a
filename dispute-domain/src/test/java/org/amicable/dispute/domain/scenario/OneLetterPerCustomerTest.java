package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.anotherBusiness;
import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender.Mode;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.Test;

/**
 * On a given day, the letters of one kind due to one customer go out as one letter listing every
 * invoice; each claim keeps its own ladder, computation and timeline, and records the same document.
 */
class OneLetterPerCustomerTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(5));

    private String text(RenderedLetter letter) {
        return new String(letter.document(), StandardCharsets.UTF_8);
    }

    @Test
    void three_invoices_of_one_customer_due_the_same_day_go_out_as_one_first_reminder_recorded_by_each_claim() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "300.00"));
        DisputeId third = world.opensClaim(businessCustomer(), invoiceDue("F-3", DUE, "450.00"));
        world.escalationRuns();

        DispatchReport report = world.dispatches();

        assertThat(report).as("three letters recorded as sent").isEqualTo(new DispatchReport(3, 0, 0));
        assertThat(world.sender.sent()).as("one letter went out").hasSize(1);
        RenderedLetter wentOut = world.sender.sent().get(0);
        assertThat(text(wentOut)).contains("F-1", "F-2", "F-3");
        String hash = Timeline.sha256Hex(wentOut.document());
        for (DisputeId claim : List.of(first, second, third)) {
            assertThat(world.events(claim, LetterSent.class)).singleElement()
                    .satisfies(sent -> assertThat(sent.contentHash()).isEqualTo(hash));
            assertThat(world.letter(claim, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
            assertThat(world.view(claim).letters()).singleElement().satisfies(letter ->
                    assertThat(world.services.viewDisputes().sentDocument(claim, letter.id()).document().content())
                            .isEqualTo(wentOut.document()));
        }
        assertThat(world.store.document(hash)).as("kept once, by its hash").isPresent();
    }

    @Test
    void each_claim_keeps_its_own_legal_computation_in_its_own_letter() {
        DisputeId big = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        DisputeId small = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "300.00"));

        world.escalationRuns();

        LetterContent.Reminder bigReminder = reminder(big);
        LetterContent.Reminder smallReminder = reminder(small);
        assertThat(bigReminder.balance().principal()).isEqualTo(Money.euros("1200.00"));
        assertThat(smallReminder.balance().principal()).isEqualTo(Money.euros("300.00"));
        assertThat(world.claim(big).state()).isEqualTo(world.claim(small).state());
        assertThat(world.letter(big, LetterKind.FIRST_REMINDER).groupKey())
                .isEqualTo(world.letter(small, LetterKind.FIRST_REMINDER).groupKey()).isPresent();
    }

    private LetterContent.Reminder reminder(DisputeId claim) {
        return world.events(claim, LetterIssued.class).stream().map(LetterIssued::letter).map(Letter::content)
                .map(LetterContent.Reminder.class::cast).findFirst().orElseThrow();
    }

    @Test
    void claims_at_different_steps_get_one_letter_per_step_each_naming_the_other_open_invoices() {
        World world = World.on(DUE.plusDays(5));
        DisputeId ahead = world.opensClaim(businessCustomer(), invoiceDue("F-0", DUE, "800.00"));
        world.escalationRuns();
        world.dispatches();
        world.daysLater(10);
        DisputeId a = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE.plusDays(5), "100.00"));
        DisputeId b = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE.plusDays(5), "200.00"));
        int before = world.sender.sent().size();

        world.escalationRuns();
        world.dispatches();

        assertThat(world.letterKinds(ahead)).containsExactly(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER);
        assertThat(world.letterKinds(a)).containsExactly(LetterKind.FIRST_REMINDER);
        List<RenderedLetter> sent = world.sender.sent().subList(before, world.sender.sent().size());
        assertThat(sent).as("one letter for the second reminder, one for the first reminders").hasSize(2);
        RenderedLetter second = sent.stream().filter(letter -> letter.letter().kind() == LetterKind.SECOND_REMINDER)
                .findFirst().orElseThrow();
        RenderedLetter firsts = sent.stream().filter(letter -> letter.letter().kind() == LetterKind.FIRST_REMINDER)
                .findFirst().orElseThrow();
        assertThat(text(second)).contains("F-0", "also open: F-1 FIRST_REMINDER_SENT", "also open: F-2 FIRST_REMINDER_SENT");
        assertThat(text(firsts)).contains("F-1", "F-2", "also open: F-0 SECOND_REMINDER_SENT");
        assertThat(world.events(a, LetterSent.class).get(0).contentHash())
                .isEqualTo(world.events(b, LetterSent.class).get(0).contentHash())
                .isNotEqualTo(world.events(ahead, LetterSent.class).get(1).contentHash());
    }

    @Test
    void letters_of_different_customers_go_out_apart() {
        world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        world.opensClaim(anotherBusiness("K-9"), invoiceDue("F-9", DUE, "300.00"));
        world.escalationRuns();

        assertThat(world.dispatches()).isEqualTo(new DispatchReport(2, 0, 0));

        assertThat(world.sender.sent()).hasSize(2);
    }

    @Test
    void a_letter_alone_is_the_letter_it_always_was() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        world.escalationRuns();

        world.dispatches();

        Letter letter = world.letter(claim, LetterKind.FIRST_REMINDER);
        assertThat(world.sender.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.document()).isEqualTo(world.renderer.render(letter).document()));
    }

    @Test
    void a_letter_of_several_invoices_that_fails_for_a_while_is_retried_whole_and_goes_out_once() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "300.00"));
        world.escalationRuns();
        world.sender.behave(Mode.FAIL_TRANSIENTLY);

        assertThat(world.dispatches()).isEqualTo(new DispatchReport(0, 2, 0));

        world.sender.behave(Mode.ACCEPT);
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.dispatches()).isEqualTo(new DispatchReport(2, 0, 0));
        assertThat(world.sender.sent()).hasSize(1);
        assertThat(world.dispatches().total()).isZero();
        assertThat(world.letter(first, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
        assertThat(world.letter(second, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
    }

    @Test
    void the_letters_of_a_run_wait_for_its_end_so_a_dispatcher_running_meanwhile_sends_none_of_them() {
        world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "300.00"));
        List<DispatchReport> duringTheRun = new java.util.ArrayList<>();

        world.services.runEscalation().runEscalation(world.today(), new org.amicable.dispute.domain.port.in.EscalationProgress() {
            @Override
            public void advanced(long examined, long total) {
                duringTheRun.add(world.dispatches());
            }
        });

        assertThat(duringTheRun).isNotEmpty().allSatisfy(report -> assertThat(report.total()).isZero());
        assertThat(world.dispatches()).isEqualTo(new DispatchReport(2, 0, 0));
        assertThat(world.sender.sent()).hasSize(1);
    }
}
