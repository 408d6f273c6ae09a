package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * Prototype of the proposed change (bench/ only): the escalation, with the domain doing exactly what
 * it does in the application (replay, escalate, hash chain, JSON of every entry and letter), but the
 * storage working a chunk of disputes at a time, as a {@code findAll(ids)} / {@code saveAll(disputes)}
 * pair on JdbcDisputeRepository would: one SELECT of the chunk's timelines, one batched UPDATE of
 * their rows under the same optimistic check (version = committed version), one batched INSERT of
 * their new entries and one of their letters, one commit. If any row's version moved (another
 * process), the chunk is rolled back and redone dispute by dispute through the application's own
 * repository, the conflicting dispute left to the other process, as the application does.
 */
public final class BulkEscalation {


    private BulkEscalation() {
    }

    @SuppressWarnings("unchecked")
    public static long run(ApplicationContext context, LocalDate date, int chunk) {
        DisputeRepository repository = context.getBean(DisputeRepository.class);
        TransactionOperations<Connection> transactions = context.getBean(
                Argument.of(TransactionOperations.class, Connection.class));
        EscalationPolicy policy = context.getBean(EscalationPolicy.class);
        Clock clock = context.getBean(Clock.class);
        long examined = 0;
        Optional<DisputeId> after = Optional.empty();
        while (true) {
            List<DisputeId> page = repository.findDue(date, after, 500);
            for (int from = 0; from < page.size(); from += chunk) {
                List<DisputeId> ids = page.subList(from, Math.min(page.size(), from + chunk));
                try {
                    List<Dispute> saved = transactions.executeWrite(status -> {
                        Connection c = status.getConnection();
                        List<Dispute> changed = new ArrayList<>();
                        for (Dispute dispute : findAll(c, ids)) {
                            if (!dispute.escalate(date, policy, clock).isEmpty()) {
                                changed.add(dispute);
                            }
                        }
                        saveAll(c, changed, policy);
                        return changed;
                    });
                    saved.forEach(Dispute::markCommitted);
                } catch (VersionConflictException e) {
                    for (DisputeId id : ids) {
                        try {
                            repository.find(id).ifPresent(dispute -> {
                                if (!dispute.escalate(date, policy, clock).isEmpty()) {
                                    repository.save(dispute, dispute.nextDueOn(policy));
                                }
                            });
                        } catch (VersionConflictException conflict) {
                            // left to the other process
                        }
                    }
                }
                examined += ids.size();
            }
            if (page.size() < 500) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
        return examined;
    }

    /** The disputes rebuilt from their timelines, read in one statement. */
    static List<Dispute> findAll(Connection c, List<DisputeId> ids) throws SQLException {
        Map<UUID, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        ids.forEach(id -> timelines.put(id.value(), new ArrayList<>()));
        try (PreparedStatement select = c.prepareStatement("SELECT dispute_id, entry, hash FROM timeline_entry WHERE dispute_id IN ("
                + "?,".repeat(ids.size() - 1) + "?) ORDER BY dispute_id, sequence")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setObject(i + 1, ids.get(i).value());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    timelines.get(rows.getObject(1, UUID.class)).add(BenchJson.readEntry(rows.getString(2), rows.getString(3)));
                }
            }
        }
        return timelines.values().stream().filter(entries -> !entries.isEmpty()).map(Dispute::replay).toList();
    }

    /** The same rows as JdbcDisputeRepository.save, for many disputes, in three batches. */
    static void saveAll(Connection c, List<Dispute> disputes, EscalationPolicy policy) throws SQLException {
        if (disputes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                + "due_on = ?, version = ? WHERE id = ? AND version = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO timeline_entry "
                + "(dispute_id, sequence, recorded_at, event_type, hash, entry) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement letters = c.prepareStatement("INSERT INTO outbox_letter "
                + "(letter_id, dispute_id, status, attempts, not_before, letter) VALUES (?, ?, 'PENDING', 0, ?, ?)")) {
            boolean anyLetter = false;
            for (Dispute dispute : disputes) {
                Optional<LocalDate> dueOn = dispute.nextDueOn(policy);
                DisputeSummary summary = DisputeSummary.of(dispute, dueOn);
                update.setString(1, summary.state());
                update.setBoolean(2, !dispute.isClosed());
                if (dueOn.isPresent()) {
                    update.setObject(3, dueOn.get());
                } else {
                    update.setNull(3, Types.DATE);
                }
                update.setLong(4, summary.version());
                update.setObject(5, dispute.id().value());
                update.setLong(6, dispute.committedVersion());
                update.addBatch();
                for (TimelineEntry entry : dispute.uncommittedEntries()) {
                    insert.setObject(1, entry.disputeId().value());
                    insert.setLong(2, entry.sequence());
                    insert.setObject(3, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
                    insert.setString(4, BenchJson.eventType(entry));
                    insert.setString(5, entry.hash());
                    insert.setString(6, BenchJson.write(entry));
                    insert.addBatch();
                    if (entry.event() instanceof DisputeEvent.LetterIssued issued) {
                        Letter letter = issued.letter();
                        letters.setObject(1, letter.id().value());
                        letters.setObject(2, dispute.id().value());
                        letters.setObject(3, OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                        letters.setString(4, BenchJson.write(letter));
                        letters.addBatch();
                        anyLetter = true;
                    }
                }
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                // Statement.SUCCESS_NO_INFO (-2) is not a conflict; 0 rows is.
                if (counts[i] == 0) {
                    Dispute d = disputes.get(i);
                    throw new VersionConflictException(d.id(), d.committedVersion(), -1);
                }
            }
            insert.executeBatch();
            if (anyLetter) {
                letters.executeBatch();
            }
        }
    }
}
