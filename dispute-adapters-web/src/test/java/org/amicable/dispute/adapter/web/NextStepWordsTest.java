package org.amicable.dispute.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.NextStep;
import org.junit.jupiter.api.Test;

/** The API's nextStep field keeps the English sentences clients read. */
class NextStepWordsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    @Test
    void the_steps_read_as_the_api_has_always_said_them() {
        assertThat(NextStepWords.english(NextStep.of(NextStep.Kind.FIRST_REMINDER))).isEqualTo("first reminder");
        assertThat(NextStepWords.english(NextStep.on(NextStep.Kind.AWAIT_PROMISED_PAYMENT, DAY)))
                .isEqualTo("waiting for the promised payment of 2026-03-15");
        assertThat(NextStepWords.english(NextStep.counting(NextStep.Kind.DECIDE_PROPOSED_PLAN, 12)))
                .isEqualTo("a manager decides on the repayment plan of 12 instalments the customer proposed");
        assertThat(NextStepWords.english(NextStep.forLetter(NextStep.Kind.REVIEW_LETTER, LetterKind.FORMAL_NOTICE)))
                .isEqualTo("a manager reviews the formal notice before it goes out; the ladder waits for it");
        assertThat(NextStepWords.english(NextStep.counting(NextStep.Kind.INSTALMENT_DUE, 3))).isEqualTo("instalment 3 due");
        assertThat(NextStepWords.english(NextStep.on(NextStep.Kind.ASSIGN_MANAGER, DAY)))
                .isEqualTo("assign a manager, who makes first contact by 2026-03-15");
    }

    @Test
    void every_kind_of_step_has_its_sentence() {
        for (NextStep.Kind kind : NextStep.Kind.values()) {
            NextStep step = new NextStep(kind, Optional.of(DAY), 2, Optional.of("019cad8f-ac00-73a3-ada3-9d84f0fc1d99"),
                    Optional.of(LetterKind.SECOND_REMINDER));
            assertThat(NextStepWords.english(step)).as(kind.name()).isNotBlank().doesNotContain("_", "Optional");
        }
    }
}
