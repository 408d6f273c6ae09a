package org.amicable.dispute.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.model.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The back-office says every task kind, and names every letter kind a task can speak of, in French and in
 * English: a kind added to the domain without its words would otherwise break the task pages.
 */
class OfficeWordsTest {

    @Test
    void every_task_kind_and_letter_kind_has_its_words_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Map<String, String> words = PersonWords.of(language);
            for (TaskKind kind : TaskKind.values()) {
                for (String key : List.of("office.taskKind." + kind, "office.task." + kind)) {
                    if (!words.containsKey(key)) {
                        missing.add(language + " " + key);
                    }
                }
            }
            for (LetterKind kind : LetterKind.values()) {
                if (!words.containsKey("office.letterKind." + kind)) {
                    missing.add(language + " office.letterKind." + kind);
                }
            }
        }
        assertThat(TaskKind.values()).hasSizeGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_kind_of_next_step_has_its_words_in_both_languages() {
        for (Language language : Language.values()) {
            Map<String, String> words = PersonWords.of(language);
            for (NextStep.Kind kind : NextStep.Kind.values()) {
                String pattern = words.get("office.nextStep." + kind);
                assertThat(pattern).as(language + " office.nextStep." + kind).isNotBlank();
                String said = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"15/03/2026", "2", "L-1", "relance"});
                assertThat(said).as(language + " " + kind).doesNotContain("{", "}").doesNotContain("''");
            }
        }
        assertThat(PersonWords.of(Language.FR).get("office.nextStep.FIRST_REMINDER"))
                .isNotEqualTo(PersonWords.of(Language.EN).get("office.nextStep.FIRST_REMINDER"));
    }
}
