import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * Verifying a chain from stored bytes against sha256sum over the same bytes. Writes a timeline of
 * ENTRIES entries (timeline.jsonl, and the hash recorded with each line in hashes.txt), then times, in
 * the same run: sha256sum over timeline.jsonl (a process, as a verifier would run it); this JVM reading
 * the file and verifying the chain from its lines (Timeline.verifyStored); and, for comparison, reading
 * the file, decoding every entry and verifying the decoded entries (Timeline.verify), as the application
 * does when it loads a dispute. Median of ROUNDS each, after WARMUP rounds. Prints one CSV row.
 */
public final class ChainBench {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int entries = Integer.parseInt(args.length > 1 ? args[1] : "10000");
        int rounds = Integer.parseInt(args.length > 2 ? args[2] : "30");
        int warmup = Integer.parseInt(args.length > 3 ? args[3] : "20");
        Files.createDirectories(folder);
        Path timeline = folder.resolve("timeline.jsonl");
        Path hashes = folder.resolve("hashes.txt");
        write(entries, timeline, hashes);

        long bytes = Files.size(timeline);
        for (int i = 0; i < warmup; i++) {
            verify(timeline, hashes, entries);
            sha256sum(timeline);
        }
        long[] java = new long[rounds];
        long[] decoded = new long[rounds];
        long[] tool = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // Alternate which goes first, so that neither always meets a warmer cache.
            if (i % 2 == 0) {
                java[i] = verify(timeline, hashes, entries);
                decoded[i] = decodeAndVerify(timeline, hashes, entries);
                tool[i] = sha256sum(timeline);
            } else {
                tool[i] = sha256sum(timeline);
                decoded[i] = decodeAndVerify(timeline, hashes, entries);
                java[i] = verify(timeline, hashes, entries);
            }
        }
        long javaMedian = median(java);
        long decodedMedian = median(decoded);
        long toolMedian = median(tool);
        System.out.printf("entries,bytes,verify_ms,sha256sum_ms,ratio,decode_and_verify_ms,decode_ratio%n"
                + "%d,%d,%.2f,%.2f,%.2f,%.2f,%.2f%n", entries, bytes, javaMedian / 1e6, toolMedian / 1e6,
                (double) toolMedian / javaMedian, decodedMedian / 1e6, (double) toolMedian / decodedMedian);
    }

    /** Reads the stored bytes and verifies the chain from the lines; nanoseconds. */
    private static long verify(Path timeline, Path hashes, int expected) throws IOException {
        long start = System.nanoTime();
        List<String> lines = Files.readAllLines(timeline, StandardCharsets.UTF_8);
        List<String> recorded = Files.readAllLines(hashes, StandardCharsets.US_ASCII);
        Timeline.Verification verification = Timeline.verifyStored(lines, recorded, expected);
        long took = System.nanoTime() - start;
        if (!verification.intact()) {
            throw new IllegalStateException(verification.explanation());
        }
        return took;
    }

    /** Reads the stored bytes, decodes every entry, verifies the chain; nanoseconds. */
    private static long decodeAndVerify(Path timeline, Path hashes, int expected) throws IOException {
        long start = System.nanoTime();
        List<String> lines = Files.readAllLines(timeline, StandardCharsets.UTF_8);
        List<String> recorded = Files.readAllLines(hashes, StandardCharsets.US_ASCII);
        List<TimelineEntry> read = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            read.add(TimelineEntry.read(lines.get(i), recorded.get(i)));
        }
        Timeline.Verification verification = Timeline.verify(read, expected);
        long took = System.nanoTime() - start;
        if (!verification.intact()) {
            throw new IllegalStateException(verification.explanation());
        }
        return took;
    }

    private static long sha256sum(Path timeline) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("sha256sum", timeline.toString()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || out.length < 64) {
            throw new IllegalStateException("sha256sum failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A claim and its life: answers, calls and payments, chained as the application stores them. */
    private static void write(int count, Path timeline, Path hashes) throws IOException {
        DisputeId id = new DisputeId(java.util.UUID.fromString("0190a1b2-0000-7000-8000-000000000001"));
        Customer customer = new Customer("C-BENCH", "Dupont SARL", CustomerKind.BUSINESS, Optional.of("compta@dupont.example"),
                new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR"), Optional.of("+33 1 23 45 67 89"),
                Language.FR);
        LocalDate day = LocalDate.of(2026, 1, 10);
        Instant at = Instant.parse("2026-01-10T08:00:00Z");
        StringBuilder lines = new StringBuilder();
        StringBuilder recorded = new StringBuilder();
        String previous = Timeline.GENESIS;
        for (int sequence = 1; sequence <= count; sequence++) {
            DisputeEvent event = switch (sequence == 1 ? 0 : sequence % 3) {
                case 0 -> sequence == 1 ? new DisputeEvent.ClaimOpened(day, id, customer, new Invoice("FA-BENCH", day.minusDays(30),
                        day, Money.euros("1000000.00"), Optional.empty())) : new DisputeEvent.CustomerAnswered(day,
                        "Le client indique que le paiement est en cours de traitement par sa banque, réf. " + sequence);
                case 1 -> new DisputeEvent.PhoneCallRecorded(day, PhoneCallOutcome.REACHED, Optional.empty(),
                        "Appel de confirmation numéro " + sequence + ", client joint, rappel prévu");
                default -> new DisputeEvent.PaymentRecorded(day, Money.euros("1.00"), "VIR-" + sequence, Money.euros("0.00"),
                        Money.euros("0.00"), Money.euros("1.00"), Money.euros("0.00"));
            };
            TimelineEntry entry = EventFormat.restate(id, sequence, at.plusSeconds(sequence), event, previous);
            lines.append(entry.stored()).append('\n');
            recorded.append(entry.hash()).append('\n');
            previous = entry.hash();
        }
        Files.writeString(timeline, lines, StandardCharsets.UTF_8);
        Files.writeString(hashes, recorded, StandardCharsets.US_ASCII);
    }
}
