package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.policy.ReviewPolicy;
import org.junit.jupiter.api.Test;

/** amicable.review.kinds: letter kinds separated by commas, or none; an unknown kind names the setting. */
class ReviewFactoryTest {

    @Test
    void the_setting_names_the_kinds_that_wait() {
        ReviewPolicy policy = ReviewFactory.parse("FORMAL_NOTICE, mediation-referral");

        assertThat(policy.reviews(LetterKind.FORMAL_NOTICE)).isTrue();
        assertThat(policy.reviews(LetterKind.MEDIATION_REFERRAL)).isTrue();
        assertThat(policy.reviews(LetterKind.FIRST_REMINDER)).isFalse();
        assertThat(ReviewFactory.parse("none").reviewed()).isEmpty();
        assertThat(ReviewFactory.parse(" ").reviewed()).isEmpty();
    }

    @Test
    void an_unknown_kind_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> ReviewFactory.parse("FORMAL_NOTICE, LOVE_LETTER"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("amicable.review.kinds").hasMessageContaining("LOVE_LETTER");
    }
}
