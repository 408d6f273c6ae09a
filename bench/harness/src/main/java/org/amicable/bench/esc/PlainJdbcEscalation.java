package org.amicable.bench.esc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.amicable.bench.BenchJson;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSnapshot;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.EscalationPolicy;

/**
 * The baseline: a plain JDBC program that reads and writes the same rows as the application's
 * escalation, in batches, without the domain. Per page of 500 due disputes (the application's query
 * and page size): one SELECT of the dispute rows with their snapshots (the JSON read as text), then one
 * batched UPDATE of the dispute rows (state, due date, version and the new snapshot, under the same
 * optimistic check), one batched INSERT of the three new timeline entries each and one of the queued
 * letter each, and one commit.
 *
 * <p>The rows written are the ones the application writes for an open claim whose first reminder is
 * due: the entry, snapshot and letter JSON are those the domain produces for a sample claim (same customer
 * shape), with the dispute's and a new letter's id put in. Same rows, same sizes; no domain logic.
 */
public final class PlainJdbcEscalation {

    static final int PAGE = 500;

    private final DataSource dataSource;
    private final List<String[]> entryTemplates = new ArrayList<>(); // {eventType, hash, json, personal}
    private String letterTemplate;
    private String snapshotTemplate;
    private String sampleDisputeId;
    private String sampleLetterId;
    private String newState;
    private long dueShiftDays;
    private int added;

    public PlainJdbcEscalation(DataSource dataSource, EscalationPolicy policy, Clock clock, LocalDate date) {
        this.dataSource = dataSource;
        Customer customer = new Customer("C-123456", "Client 123456 SARL", CustomerKind.BUSINESS,
                Optional.of("compta123456@example.com"),
                new PostalAddress(List.of("123456 rue de la Paix"), "75002", "Paris", "FR"),
                Optional.of("+33 1 23 45 67 89"), Language.FR);
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), customer,
                new Invoice("F-2026-123456", date.minusDays(60), date.minusDays(30), Money.euros("1200.00")),
                Clock.offset(clock, java.time.Duration.ofDays(-60)));
        claim.markCommitted();
        claim.escalate(date, policy, clock);
        sampleDisputeId = claim.id().toString();
        for (TimelineEntry e : claim.uncommittedEntries()) {
            entryTemplates.add(new String[] {BenchJson.eventType(e), e.hash(), BenchJson.write(e), e.personal().orElse(null)});
            if (e.event() instanceof DisputeEvent.LetterIssued issued) {
                letterTemplate = BenchJson.write(issued.letter());
                sampleLetterId = issued.letter().id().toString();
            }
        }
        snapshotTemplate = DisputeSnapshot.of(claim);
        newState = claim.state().name();
        dueShiftDays = ChronoUnit.DAYS.between(date, claim.nextDueOn(policy).orElseThrow());
        added = entryTemplates.size();
    }

    /** Escalates every dispute due on or before {@code date}; returns how many. */
    public int run(LocalDate date) throws SQLException {
        int done = 0;
        UUID after = null;
        LocalDate nextDue = date.plusDays(dueShiftDays);
        OffsetDateTime epoch = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            while (true) {
                List<UUID> ids = new ArrayList<>(PAGE);
                try (PreparedStatement select = c.prepareStatement("SELECT id FROM dispute WHERE due_on <= ?"
                        + (after != null ? " AND id > ?" : "") + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                    int i = 1;
                    select.setObject(i++, date);
                    if (after != null) {
                        select.setObject(i++, after);
                    }
                    select.setInt(i, PAGE);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    break;
                }
                String in = "(" + "?,".repeat(ids.size() - 1) + "?)";
                long[] versions = new long[ids.size()];
                java.util.Map<UUID, Integer> index = new java.util.HashMap<>();
                for (int i = 0; i < ids.size(); i++) {
                    index.put(ids.get(i), i);
                }
                long bytes = 0;
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT id, state, version, snapshot FROM dispute WHERE id IN " + in)) {
                    for (int i = 0; i < ids.size(); i++) {
                        select.setObject(i + 1, ids.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(2);
                            versions[index.get(rows.getObject(1, UUID.class))] = rows.getLong(3);
                            String snapshot = rows.getString(4);
                            bytes += snapshot == null ? 0 : snapshot.length();
                        }
                    }
                }
                if (bytes == 0) {
                    throw new IllegalStateException("no snapshot read");
                }
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                try (PreparedStatement update = c.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                        + "due_on = ?, version = ?, snapshot = ? WHERE id = ? AND version = ?");
                     PreparedStatement entry = c.prepareStatement("INSERT INTO timeline_entry "
                        + "(dispute_id, sequence, recorded_at, event_type, hash, entry, personal) VALUES (?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement letter = c.prepareStatement("INSERT INTO outbox_letter "
                        + "(letter_id, dispute_id, status, attempts, not_before, letter) VALUES (?, ?, 'PENDING', 0, ?, ?)")) {
                    for (int i = 0; i < ids.size(); i++) {
                        UUID id = ids.get(i);
                        String idText = id.toString();
                        UUID letterId = timeOrdered();
                        String letterText = letterId.toString();
                        update.setString(1, newState);
                        update.setBoolean(2, true);
                        update.setObject(3, nextDue);
                        update.setLong(4, versions[i] + added);
                        update.setString(5, snapshotTemplate.replace(sampleDisputeId, idText).replace(sampleLetterId, letterText));
                        update.setObject(6, id);
                        update.setLong(7, versions[i]);
                        update.addBatch();
                        for (int e = 0; e < entryTemplates.size(); e++) {
                            String[] t = entryTemplates.get(e);
                            entry.setObject(1, id);
                            entry.setLong(2, versions[i] + 1 + e);
                            entry.setObject(3, now);
                            entry.setString(4, t[0]);
                            entry.setString(5, t[1]);
                            entry.setString(6, t[2].replace(sampleDisputeId, idText).replace(sampleLetterId, letterText));
                            entry.setString(7, t[3]);
                            entry.addBatch();
                        }
                        letter.setObject(1, letterId);
                        letter.setObject(2, id);
                        letter.setObject(3, epoch);
                        letter.setString(4, letterTemplate.replace(sampleDisputeId, idText).replace(sampleLetterId, letterText));
                        letter.addBatch();
                    }
                    for (int n : update.executeBatch()) {
                        if (n == 0) {
                            throw new IllegalStateException("version conflict");
                        }
                    }
                    entry.executeBatch();
                    letter.executeBatch();
                }
                c.commit();
                done += ids.size();
                after = ids.get(ids.size() - 1);
                if (ids.size() < PAGE) {
                    break;
                }
            }
        }
        return done;
    }

    private static long lastMillis;
    private static long counter;

    private static synchronized UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else if (++counter >= 4096) {
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | (0x7L << 12) | counter;
        long low = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
