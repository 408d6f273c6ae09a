package org.amicable.dispute.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.policy.ReviewPolicy;

/**
 * Builds the domain's review policy from {@code amicable.review.kinds}: the kinds of letter a manager
 * approves before they go out, separated by commas ({@code FORMAL_NOTICE, MEDIATION_REFERRAL} by
 * default), or {@code none}. An unknown kind stops the start, naming the setting.
 */
@Factory
final class ReviewFactory {

    static final String PROPERTY = "amicable.review.kinds";

    @Singleton
    ReviewPolicy reviewPolicy(@Value("${" + PROPERTY + ":FORMAL_NOTICE,MEDIATION_REFERRAL}") String kinds) {
        return parse(kinds);
    }

    static ReviewPolicy parse(String kinds) {
        Set<LetterKind> reviewed = EnumSet.noneOf(LetterKind.class);
        String all = kinds == null ? "" : kinds.trim();
        if (all.isEmpty() || all.equalsIgnoreCase("none")) {
            return ReviewPolicy.none();
        }
        for (String name : all.split(",")) {
            String kind = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (kind.isEmpty()) {
                continue;
            }
            try {
                reviewed.add(LetterKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(PROPERTY, "letter kinds separated by commas, among "
                        + EnumSet.allOf(LetterKind.class) + ", or none; not " + name.trim());
            }
        }
        return new ReviewPolicy(reviewed);
    }
}
