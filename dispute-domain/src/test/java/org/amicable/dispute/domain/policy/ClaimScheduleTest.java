package org.amicable.dispute.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.model.ClaimDecision;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderFacts;
import org.amicable.dispute.domain.model.LetterChannel;
import org.junit.jupiter.api.Test;

/** The ladder's schedule decides from a claim's facts and a date, with DESIGN.md's default delays. */
class ClaimScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private final ClaimSchedule schedule = new ClaimSchedule(ClaimLadder.defaults(CustomerKind.CONSUMER));

    private static LadderFacts claim(ClaimState state, LocalDate since) {
        return new LadderFacts(state, DUE, since, since, Optional.empty(), Optional.empty(), false, false,
                Optional.empty(), Optional.empty(), 0, DUE, Optional.empty());
    }

    @Test
    void an_open_claim_waits_five_days_after_the_due_date_then_sends_the_first_reminder() {
        LadderFacts open = claim(ClaimState.OPEN, DUE.minusDays(30));

        assertThat(schedule.decide(open, DUE.plusDays(4))).isEqualTo(new ClaimDecision.Wait(Optional.of(DUE.plusDays(5))));
        assertThat(schedule.decide(open, DUE.plusDays(5)))
                .isEqualTo(new ClaimDecision.SendReminder(1, LetterChannel.REGISTERED_POST, 8, true));
    }

    @Test
    void a_reaction_after_the_first_reminder_restarts_the_ten_days_before_the_second() {
        LocalDate sent = DUE.plusDays(5);
        LadderFacts reacted = new LadderFacts(ClaimState.FIRST_REMINDER_SENT, DUE, sent, sent,
                Optional.of(sent.plusDays(4)), Optional.empty(), false, false, Optional.empty(), Optional.empty(), 0,
                DUE, Optional.empty());

        assertThat(schedule.nextDueOn(reacted)).contains(sent.plusDays(14));
        assertThat(schedule.decide(reacted, sent.plusDays(14)))
                .isInstanceOfSatisfying(ClaimDecision.SendReminder.class, reminder -> assertThat(reminder.rank()).isEqualTo(2));
    }

    @Test
    void the_second_reminder_leads_to_the_formal_notice_and_its_eight_days_to_mediation() {
        LocalDate second = DUE.plusDays(15);
        assertThat(schedule.decide(claim(ClaimState.SECOND_REMINDER_SENT, second), second.plusDays(10)))
                .isEqualTo(new ClaimDecision.SendFormalNotice(LetterChannel.REGISTERED_POST, 8));

        LocalDate notice = second.plusDays(10);
        LadderFacts noticed = new LadderFacts(ClaimState.FORMAL_NOTICE_SENT, DUE, notice, notice, Optional.of(notice.plusDays(2)),
                Optional.empty(), false, false, Optional.of(notice), Optional.empty(), 0, DUE, Optional.empty());
        assertThat(schedule.decide(noticed, notice.plusDays(8))).as("no reaction stops the eight days")
                .isEqualTo(new ClaimDecision.Wait(Optional.of(notice.plusDays(9))));
        assertThat(schedule.decide(noticed, notice.plusDays(9))).isEqualTo(new ClaimDecision.AskForMediation());
    }

    @Test
    void a_promise_holds_the_ladder_until_its_date_plus_grace_then_is_broken() {
        LocalDate promised = DUE.plusDays(20);
        LadderFacts promising = new LadderFacts(ClaimState.FIRST_REMINDER_SENT, DUE, DUE.plusDays(5), DUE.plusDays(5),
                Optional.of(DUE.plusDays(6)), Optional.of(promised), false, false, Optional.empty(), Optional.empty(), 0,
                DUE, Optional.empty());

        assertThat(schedule.nextDueOn(promising)).contains(promised.plusDays(4));
        assertThat(schedule.decide(promising, promised.plusDays(4))).isEqualTo(new ClaimDecision.BreakPromise(promised));
    }

    @Test
    void a_claim_on_hold_waits_for_someone_but_still_warns_before_it_expires() {
        LadderFacts held = new LadderFacts(ClaimState.FIRST_REMINDER_SENT, DUE, DUE.plusDays(5), DUE.plusDays(5),
                Optional.empty(), Optional.empty(), true, false, Optional.empty(), Optional.empty(), 0, DUE,
                Optional.empty());
        LocalDate limitation = DUE.plusYears(2);

        assertThat(schedule.nextDueOn(held)).contains(limitation.minusDays(90));
        assertThat(schedule.decide(held, DUE.plusDays(60))).isEqualTo(new ClaimDecision.Wait(Optional.of(limitation.minusDays(90))));
        assertThat(schedule.decide(held, limitation.minusDays(90))).isEqualTo(new ClaimDecision.WarnOfLimitation(limitation));
    }

    @Test
    void an_instalment_unpaid_past_its_grace_returns_the_case_to_mediation() {
        LocalDate instalment = DUE.plusDays(60);
        LadderFacts plan = new LadderFacts(ClaimState.REPAYMENT_PLAN, DUE, DUE.plusDays(40), DUE.plusDays(40),
                Optional.empty(), Optional.empty(), false, false, Optional.empty(), Optional.of(instalment), 1,
                DUE.plusDays(40), Optional.empty());

        assertThat(schedule.decide(plan, instalment.plusDays(5))).isInstanceOf(ClaimDecision.Wait.class);
        assertThat(schedule.decide(plan, instalment.plusDays(6)))
                .isEqualTo(new ClaimDecision.MissInstalment(2, ClaimState.IN_MEDIATION));
    }

    @Test
    void a_closed_claim_has_nothing_due() {
        assertThat(schedule.decide(claim(ClaimState.SETTLED, DUE), DUE.plusYears(3)))
                .isEqualTo(new ClaimDecision.Wait(Optional.empty()));
    }
}
