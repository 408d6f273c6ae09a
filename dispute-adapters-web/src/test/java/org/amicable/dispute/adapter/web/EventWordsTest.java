package org.amicable.dispute.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Every kind of event of the golden corpus reads as a sentence, without field names or JSON. */
class EventWordsTest {

    static final List<String> STORIES = List.of("claim-acknowledged-with-scan", "claim-business-to-court", "claim-cancelled",
            "claim-consumer-settled", "claim-held-by-invoice-error", "claim-limitation-warning", "claim-returned-letters",
            "claim-written-off", "grievance-in-mediation", "grievance-resolved-late", "grievance-resolved-on-time",
            "grievance-withdrawn", "claim-answered-on-the-customers-page", "grievance-contested-on-the-customers-page",
            "claim-formal-notice-reviewed", "claim-proposed-plan-declined");

    @Test
    void every_event_of_the_corpus_is_put_into_a_sentence() throws IOException {
        Set<Class<?>> seen = new HashSet<>();
        for (String story : STORIES) {
            String[] lines = read("/golden/" + story + "/timeline.jsonl").split("\n");
            String[] hashes = read("/golden/" + story + "/hashes.txt").split("\n");
            for (int i = 0; i < lines.length; i++) {
                DisputeEvent event = TimelineEntry.read(lines[i], hashes[i]).event();
                String sentence = EventWords.of(event);
                assertThat(sentence).as(lines[i]).endsWith(".").doesNotContain("{", "Optional", "_");
                seen.add(event.getClass());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(DisputeEvent.kinds());
    }

    @Test
    void every_event_of_the_corpus_is_put_into_a_french_sentence_too() throws IOException {
        Set<Class<?>> seen = new HashSet<>();
        for (String story : STORIES) {
            String[] lines = read("/golden/" + story + "/timeline.jsonl").split("\n");
            String[] hashes = read("/golden/" + story + "/hashes.txt").split("\n");
            for (int i = 0; i < lines.length; i++) {
                DisputeEvent event = TimelineEntry.read(lines[i], hashes[i]).event();
                String sentence = EventWords.of(event, Language.FR);
                assertThat(sentence).as(lines[i]).endsWith(".").doesNotContain("{", "Optional", "_")
                        .isNotEqualTo(EventWords.of(event, Language.EN));
                seen.add(event.getClass());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(DisputeEvent.kinds());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(EventWordsTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
