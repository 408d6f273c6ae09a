package org.amicable.dispute.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A dispute restored from its snapshot is the dispute its timeline replays to, field for field, at every entry of
 * every stored story: a field the snapshot forgets fails here, as does a restored dispute that would chain its next
 * entry differently.
 */
class DisputeSnapshotTest {

    private static final EscalationPolicy TERMS = Policies.defaults();
    /** What a dispute holds that is not its state: the timeline is compared apart, the rest is the session's. */
    private static final Set<String> NOT_STATE = Set.of("timeline", "uncommitted", "uncommittedDocuments", "actingAs",
            "committedVersion");

    @TestFactory
    Stream<DynamicTest> a_snapshot_at_every_entry_restores_the_replayed_dispute() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path story : stories()) {
            tests.add(DynamicTest.dynamicTest(story.getFileName().toString(), () -> {
                List<TimelineEntry> entries = read(story);
                for (int size = 1; size <= entries.size(); size++) {
                    List<TimelineEntry> prefix = entries.subList(0, size);
                    Dispute replayed = Dispute.replay(prefix);
                    String snapshot = DisputeSnapshot.of(replayed);
                    Dispute restored = DisputeSnapshot.restore(snapshot, size, () -> prefix).orElseThrow();

                    assertSameState(replayed, restored, story.getFileName() + " at " + size);
                    assertThat(DisputeSnapshot.of(restored)).isEqualTo(snapshot);
                    assertThat(OpenTasks.of(restored)).isEqualTo(OpenTasks.of(replayed));
                    assertThat(ReportRow.of(restored)).isEqualTo(ReportRow.of(replayed));
                    assertThat(BalanceMovement.of(restored)).isEqualTo(BalanceMovement.of(replayed));
                    assertThat(restored.nextStep(TERMS)).isEqualTo(replayed.nextStep(TERMS));
                    assertThat(restored.nextDueOn(TERMS)).isEqualTo(replayed.nextDueOn(TERMS));
                    assertThat(restored.version()).isEqualTo(size);
                    assertThat(restored.committedVersion()).isEqualTo(size);
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_restored_dispute_goes_on_as_the_replayed_one_without_reading_its_timeline() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path story : stories()) {
            tests.add(DynamicTest.dynamicTest(story.getFileName().toString(), () -> {
                List<TimelineEntry> entries = read(story);
                int wentOn = 0;
                for (int size = 1; size <= entries.size(); size++) {
                    List<TimelineEntry> prefix = entries.subList(0, size);
                    Dispute replayed = Dispute.replay(prefix);
                    AtomicInteger reads = new AtomicInteger();
                    Dispute restored = DisputeSnapshot.restore(DisputeSnapshot.of(replayed), size, () -> {
                        reads.incrementAndGet();
                        return prefix;
                    }).orElseThrow();
                    LocalDate later = prefix.get(size - 1).event().on().plusDays(400);
                    Clock clock = Clock.fixed(later.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

                    List<DisputeEvent> recorded = replayed.escalate(later, TERMS, clock);
                    List<DisputeEvent> goneOn = restored.escalate(later, TERMS, clock);

                    // New letters get new ids: the rest of what was recorded is the same.
                    assertThat(withoutLetterIds(goneOn, restored)).isEqualTo(withoutLetterIds(recorded, replayed));
                    assertThat(reads).as("entries read to go on").hasValue(0);
                    assertThat(restored.uncommittedEntries()).extracting(TimelineEntry::sequence)
                            .isEqualTo(replayed.uncommittedEntries().stream().map(TimelineEntry::sequence).toList());
                    if (!recorded.isEmpty()) {
                        wentOn++;
                        assertThat(restored.uncommittedEntries().get(0).previousHash())
                                .isEqualTo(prefix.get(size - 1).hash());
                    }
                    assertThat(restored.timeline()).startsWith(prefix.toArray(TimelineEntry[]::new))
                            .hasSize(replayed.timeline().size());
                    assertThat(reads).as("entries read once asked for").hasValue(1);
                    assertThat(restored.verifyTimeline().intact()).isTrue();
                }
                assertThat(wentOn).as("entries at which the dispute had something to do").isPositive();
            }));
        }
        return tests.stream();
    }

    @Test
    void a_snapshot_of_another_format_or_entry_count_is_not_read() throws Exception {
        List<TimelineEntry> entries = read(stories().get(0));
        String snapshot = DisputeSnapshot.of(Dispute.replay(entries));

        assertThat(DisputeSnapshot.restore(snapshot, entries.size() + 1L, () -> entries)).isEmpty();
        assertThat(DisputeSnapshot.restore(snapshot.replace("\"format\":" + DisputeSnapshot.FORMAT, "\"format\":0"),
                entries.size(), () -> entries)).isEmpty();
        assertThatThrownBy(() -> DisputeSnapshot.restore(snapshot.replace("\"history\":", "\"histoire\":"),
                entries.size(), () -> entries)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_restored_dispute_whose_stored_entries_changed_since_its_snapshot_says_so_when_verified() throws Exception {
        List<TimelineEntry> entries = read(stories().get(0));
        String snapshot = DisputeSnapshot.of(Dispute.replay(entries));
        List<TimelineEntry> lastRemoved = entries.subList(0, entries.size() - 1);
        List<TimelineEntry> lastReplaced = new ArrayList<>(lastRemoved);
        lastReplaced.add(read(stories().get(1)).get(entries.size() - 1));

        Dispute removed = DisputeSnapshot.restore(snapshot, entries.size(), () -> lastRemoved).orElseThrow();
        Dispute replaced = DisputeSnapshot.restore(snapshot, entries.size(), () -> lastReplaced).orElseThrow();

        assertThat(removed.timeline()).isEqualTo(lastRemoved);
        assertThat(removed.verifyTimeline().firstBroken()).contains((long) entries.size());
        assertThat(removed.verifyTimeline().explanation()).contains("missing");
        assertThat(replaced.verifyTimeline().firstBroken()).contains((long) entries.size());
    }

    private static String withoutLetterIds(List<DisputeEvent> events, Dispute dispute) {
        String text = events.toString();
        for (Letter letter : dispute.letters()) {
            text = text.replace(letter.id().toString(), "letter");
        }
        return text;
    }

    /** Compares the fields of the dispute and of the parts that hold its state, one by one. */
    private static void assertSameState(Object replayed, Object restored, String where) throws IllegalAccessException {
        assertThat(restored.getClass()).isEqualTo(replayed.getClass());
        for (Class<?> type = replayed.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || NOT_STATE.contains(field.getName())
                        || Dispute.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                Object expected = field.get(replayed);
                Object actual = field.get(restored);
                String name = where + ": " + type.getSimpleName() + "." + field.getName();
                if (expected != null && holdsState(expected.getClass())) {
                    assertThat(actual).as(name).isNotNull();
                    assertSameState(expected, actual, where);
                } else {
                    assertThat(actual).as(name).isEqualTo(expected);
                }
            }
        }
    }

    private static boolean holdsState(Class<?> type) {
        return type == DisputeFile.class || type == DisputeHistory.class || type == ClaimStanding.class
                || type == ClaimAccount.class || type == GrievanceStanding.class;
    }

    private static List<Path> stories() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(DisputeSnapshotTest.class.getResource("/golden")).toURI());
        try (Stream<Path> folders = Files.list(corpus)) {
            List<Path> stories = folders.sorted().toList();
            assertThat(stories).hasSizeGreaterThanOrEqualTo(10);
            return stories;
        }
    }

    private static List<TimelineEntry> read(Path story) throws IOException {
        List<String> lines = lines(story.resolve("timeline.jsonl"));
        List<String> hashes = lines(story.resolve("hashes.txt"));
        Path personalFile = story.resolve("personal.jsonl");
        List<String> personal = Files.exists(personalFile) ? lines(personalFile) : null;
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> kept = personal == null || personal.get(i).isEmpty() ? Optional.empty()
                    : Optional.of(personal.get(i));
            entries.add(TimelineEntry.read(lines.get(i), hashes.get(i), kept));
        }
        return entries;
    }

    private static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
