package org.amicable.dispute.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Timelines stored by earlier versions of Amicable, committed under {@code src/test/resources/golden}, must
 * still be read, replayed and verified by this one: a change of the stored format without a new version
 * and an upcaster fails here. Each story holds its stored lines ({@code timeline.jsonl}), the hash
 * recorded with each ({@code hashes.txt}), the state it ended in, and the PDF of every letter sent.
 */
class GoldenCorpusTest {

    private static final List<Story> STORIES = new ArrayList<>();

    /** A story; {@code personal} holds, line by line, the personal values kept beside each entry ("" for none). */
    private record Story(String name, List<String> lines, List<String> hashes, Map<String, String> expected,
            Path letters, List<String> personal) {
    }

    @BeforeAll
    static void readCorpus() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(GoldenCorpusTest.class.getResource("/golden")).toURI());
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.sorted().toList()) {
                Map<String, String> expected = new HashMap<>();
                for (String line : Files.readAllLines(folder.resolve("expected.txt"))) {
                    String[] pair = line.split("=", 2);
                    expected.put(pair[0], pair[1]);
                }
                // Stories written before personal values were kept beside the lines hold them in the lines.
                Path personal = folder.resolve("personal.jsonl");
                List<String> timeline = lines(folder.resolve("timeline.jsonl"));
                STORIES.add(new Story(folder.getFileName().toString(), timeline, lines(folder.resolve("hashes.txt")),
                        expected, folder.resolve("letters"), Files.exists(personal) ? lines(personal)
                                : java.util.Collections.nCopies(timeline.size(), "")));
            }
        }
        assertThat(STORIES).hasSizeGreaterThanOrEqualTo(10);
    }

    /** The lines of a file, split on LF only: the stored bytes never hold a line break. */
    private static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").doesNotContain("\r");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static List<TimelineEntry> read(Story story) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < story.lines().size(); i++) {
            String personal = story.personal().get(i);
            entries.add(TimelineEntry.read(story.lines().get(i), story.hashes().get(i),
                    personal.isEmpty() ? Optional.empty() : Optional.of(personal)));
        }
        return entries;
    }

    @TestFactory
    Stream<DynamicTest> every_stored_timeline_is_read_replayed_and_verified() {
        return STORIES.stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> {
            List<TimelineEntry> entries = read(story);

            assertThat(entries).hasSize(Integer.parseInt(story.expected().get("entries")));
            assertThat(Timeline.verify(entries, entries.size()).intact()).as(story.name() + " chain").isTrue();
            assertThat(Dispute.replay(entries).state().name()).isEqualTo(story.expected().get("state"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_stored_timeline_verifies_from_its_lines_alone_and_an_altered_line_is_found() {
        return STORIES.stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> {
            int size = story.lines().size();
            assertThat(Timeline.verifyStored(story.lines(), story.hashes(), size).intact()).isTrue();

            List<String> altered = new ArrayList<>(story.lines());
            int middle = size / 2;
            altered.set(middle, altered.get(middle).replace("\"on\":\"2", "\"on\":\"1"));
            assertThat(altered.get(middle)).isNotEqualTo(story.lines().get(middle));
            assertThat(Timeline.verifyStored(altered, story.hashes(), size).firstBroken()).contains(middle + 1L);

            List<String> reordered = new ArrayList<>(story.lines());
            java.util.Collections.swap(reordered, 0, 1);
            assertThat(Timeline.verifyStored(reordered, story.hashes(), size).firstBroken()).contains(1L);

            assertThat(Timeline.verifyStored(story.lines().subList(0, size - 1), story.hashes().subList(0, size - 1), size)
                    .firstBroken()).contains((long) size);
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_event_stored_in_the_current_version_is_written_back_to_the_same_fields() {
        return STORIES.stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> {
            for (TimelineEntry entry : read(story)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> stored = (Map<String, Object>) CanonicalJson.parse(entry.stored());
                if (((Long) stored.get("version")).intValue() == EventFormat.typeOf(entry.event()).version()) {
                    Map<String, Object> fields = EventFormat.fields(entry.event());
                    entry.personal().ifPresent(kept -> withoutPersonalValues(fields, kept));
                    assertThat(CanonicalJson.write(fields))
                            .as(story.name() + " entry " + entry.sequence())
                            .isEqualTo(CanonicalJson.write(stored.get("event")));
                }
            }
        }));
    }

    /** The fields as the line keeps them: each personal value kept beside it is {@code null} in the line. */
    @SuppressWarnings("unchecked")
    private static void withoutPersonalValues(Map<String, Object> fields, String kept) {
        Map<String, Object> values = (Map<String, Object>) ((Map<String, Object>) CanonicalJson.parse(kept)).get("values");
        for (String path : values.keySet()) {
            String[] names = path.split("\\.");
            Map<String, Object> parent = fields;
            for (int i = 0; i < names.length - 1; i++) {
                parent = (Map<String, Object>) parent.get(names[i]);
            }
            parent.put(names[names.length - 1], null);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_letter_sent_and_every_scan_is_kept_with_the_hash_its_timeline_recorded() {
        return STORIES.stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> {
            Set<String> recorded = new TreeSet<>();
            for (TimelineEntry entry : read(story)) {
                if (entry.event() instanceof DisputeEvent.LetterSent sent) {
                    Path pdf = story.letters().resolve(sent.letterId() + ".pdf");
                    byte[] document = Files.readAllBytes(pdf);
                    assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                    assertThat(Timeline.sha256Hex(document)).as(pdf.toString()).isEqualTo(sent.contentHash());
                    recorded.add(pdf.getFileName().toString());
                } else if (entry.event() instanceof DisputeEvent.LetterScanAttached scan) {
                    Path kept = story.letters().resolveSibling("scans").resolve(scan.scanHash());
                    assertThat(Timeline.sha256Hex(Files.readAllBytes(kept))).as(kept.toString()).isEqualTo(scan.scanHash());
                }
            }
            Set<String> kept = new TreeSet<>();
            // Git keeps no empty folder: a story without letters sent has none.
            if (Files.isDirectory(story.letters())) {
                try (Stream<Path> files = Files.list(story.letters())) {
                    files.map(file -> file.getFileName().toString()).forEach(kept::add);
                }
            }
            assertThat(kept).isEqualTo(recorded);
        }));
    }

    @Test
    void the_corpus_passes_through_every_state_of_both_tracks() {
        Set<String> visited = new TreeSet<>();
        for (Story story : STORIES) {
            List<TimelineEntry> entries = read(story);
            for (int size = 1; size <= entries.size(); size++) {
                visited.add(Dispute.replay(entries.subList(0, size)).state().name());
            }
        }

        assertThat(visited).containsAll(Arrays.stream(ClaimState.values()).map(Enum::name).toList())
                .containsAll(Arrays.stream(GrievanceState.values()).map(Enum::name).toList());
    }

    @Test
    void the_corpus_holds_every_kind_of_event_and_of_letter() {
        Set<Class<?>> events = new java.util.HashSet<>();
        Set<Class<?>> contents = new java.util.HashSet<>();
        for (Story story : STORIES) {
            for (TimelineEntry entry : read(story)) {
                events.add(entry.event().getClass());
                if (entry.event() instanceof DisputeEvent.LetterIssued issued) {
                    contents.add(issued.letter().content().getClass());
                }
            }
        }

        assertThat(events).containsExactlyInAnyOrderElementsOf(DisputeEvent.kinds());
        assertThat(contents).containsExactlyInAnyOrder(LetterContent.class.getPermittedSubclasses());
    }
}
