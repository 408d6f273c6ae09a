package org.amicable.dispute.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LetterChannel;
import org.junit.jupiter.api.Test;

/** An invalid setting is refused with a message that names it and says why. */
class PolicyValidationTest {

    final ClaimLadder ladder = ClaimLadder.defaults(CustomerKind.CONSUMER);

    @Test
    void the_defaults_are_those_of_the_design() {
        assertThat(ladder.firstReminderDays()).isEqualTo(5);
        assertThat(ladder.secondReminderDays()).isEqualTo(10);
        assertThat(ladder.formalNoticeDays()).isEqualTo(10);
        assertThat(ladder.formalNoticeDeadlineDays()).isEqualTo(8);
        assertThat(ladder.reminderChannel()).isEqualTo(LetterChannel.REGISTERED_POST);
        assertThat(ladder.confirmByPhone()).isTrue();
        assertThat(ladder.limitationPeriod()).isEqualTo(Period.ofYears(2));
        assertThat(ClaimLadder.defaults(CustomerKind.BUSINESS).limitationPeriod()).isEqualTo(Period.ofYears(5));
    }

    @Test
    void a_negative_delay_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> ladder.withFirstReminderDays(-1))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
                    assertThat(e.setting()).isEqualTo("firstReminderDays");
                    assertThat(e.getMessage()).isEqualTo("firstReminderDays: must be at least 0 days, was -1");
                });
        assertThatThrownBy(() -> ladder.withPromiseGraceDays(-3))
                .isInstanceOfSatisfying(InvalidPolicyException.class,
                        e -> assertThat(e.setting()).isEqualTo("promiseGraceDays"));
        assertThatThrownBy(() -> GrievanceRules.defaults().withFirstContactDays(-2))
                .isInstanceOfSatisfying(InvalidPolicyException.class,
                        e -> assertThat(e.setting()).isEqualTo("firstContactDays"));
    }

    @Test
    void a_formal_notice_deadline_of_zero_days_is_refused() {
        assertThatThrownBy(() -> ladder.withFormalNoticeDeadlineDays(0))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
                    assertThat(e.setting()).isEqualTo("formalNoticeDeadlineDays");
                    assertThat(e.getMessage()).isEqualTo("formalNoticeDeadlineDays: must be at least 1 day, was 0");
                });
        assertThatThrownBy(() -> ladder.withSecondReminderDays(0)).hasMessageStartingWith("secondReminderDays:");
        assertThatThrownBy(() -> ladder.withFormalNoticeDays(0)).hasMessageStartingWith("formalNoticeDays:");
    }

    @Test
    void a_missed_instalment_can_only_lead_to_mediation_or_court() {
        assertThatThrownBy(() -> ladder.withAfterMissedInstalment(ClaimState.SETTLED))
                .isInstanceOfSatisfying(InvalidPolicyException.class,
                        e -> assertThat(e.getMessage()).contains("afterMissedInstalment").contains("SETTLED"));
        assertThat(ladder.withAfterMissedInstalment(ClaimState.LITIGATION).afterMissedInstalment())
                .isEqualTo(ClaimState.LITIGATION);
    }

    @Test
    void other_settings_are_checked_too() {
        assertThatThrownBy(() -> ladder.withReminderChannel(null)).hasMessageStartingWith("reminderChannel:");
        assertThatThrownBy(() -> ladder.withInstalmentGraceDays(-1)).hasMessageStartingWith("instalmentGraceDays:");
        assertThatThrownBy(() -> ladder.withLimitationWarningDays(-1)).hasMessageStartingWith("limitationWarningDays:");
        assertThatThrownBy(() -> new GrievanceRules(2, 0, Period.ofYears(1))).hasMessageStartingWith("answerDays:");
        assertThatThrownBy(() -> new GrievanceRules(2, 14, Period.ZERO)).hasMessageStartingWith("consumerMediationWindow:");
        assertThatThrownBy(() -> new RateTable("ECB", List.of())).hasMessageStartingWith("ECB:");
        assertThatThrownBy(() -> new DatedRate(LocalDate.of(2026, 1, 1), new BigDecimal("-1")))
                .isInstanceOf(InvalidPolicyException.class);
        assertThatThrownBy(() -> RateTable.constant("ECB", LocalDate.of(2026, 1, 1), "2").rateOn(LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("ECB has no rate on 2025-12-31");
    }

    @Test
    void a_policy_built_in_code_keeps_every_other_setting() {
        ClaimLadder changed = ladder.withFirstReminderDays(3).withConfirmByPhone(false);
        assertThat(changed.firstReminderDays()).isEqualTo(3);
        assertThat(changed.confirmByPhone()).isFalse();
        assertThat(changed.secondReminderDays()).isEqualTo(ladder.secondReminderDays());
        assertThat(changed.withFirstReminderDays(5).withConfirmByPhone(true)).isEqualTo(ladder);
    }
}
