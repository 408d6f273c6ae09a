package org.amicable.examples.firstclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.junit.jupiter.api.Test;

class FirstClaimTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
    }

    @Test
    void five_days_after_the_due_date_the_first_reminder_goes_out_once() {
        FirstClaim company = new FirstClaim(on(LocalDate.of(2026, 2, 5)));
        DisputeId claim = company.chase("B-042", "Boulangerie Martin SARL", "F-2026-0042", LocalDate.of(2026, 1, 31),
                "1200.00");

        assertThat(company.runDay(LocalDate.of(2026, 2, 5))).isEqualTo(1);
        assertThat(company.runDay(LocalDate.of(2026, 2, 5))).isZero();

        assertThat(company.messagesSent()).isEqualTo(1);
        assertThat(company.letters(claim)).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.FIRST_REMINDER);
            LetterContent.Reminder reminder = (LetterContent.Reminder) letter.content();
            assertThat(reminder.balance().principal()).isEqualTo(Money.euros("1200.00"));
            assertThat(reminder.balance().indemnity()).isEqualTo(Money.euros("40.00"));
        });
        assertThat(company.openAbout("B-042", "F-2026-0042")).singleElement()
                .satisfies(summary -> assertThat(summary.id()).isEqualTo(claim));
    }

    @Test
    void before_the_reminder_is_due_nothing_goes_out() {
        FirstClaim company = new FirstClaim(on(LocalDate.of(2026, 2, 3)));
        DisputeId claim = company.chase("B-043", "Épicerie Durand", "F-2026-0043", LocalDate.of(2026, 1, 31), "80.50");

        assertThat(company.runDay(LocalDate.of(2026, 2, 3))).isZero();
        assertThat(company.letters(claim)).isEmpty();
    }
}
