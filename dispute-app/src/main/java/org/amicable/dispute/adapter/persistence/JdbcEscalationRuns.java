package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.port.in.PastEscalation;
import org.amicable.dispute.domain.port.out.EscalationRuns;

/**
 * The reports of past escalation runs in SQL (table {@code escalation_run}): the figures in columns, the
 * counts and decisions as canonical JSON.
 */
@Singleton
final class JdbcEscalationRuns implements EscalationRuns {

    private final TransactionOperations<Connection> transactions;

    JdbcEscalationRuns(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(PastEscalation run) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("counts", new LinkedHashMap<String, Object>(run.counts()));
        report.put("decisions", run.decisions().stream().map(decision -> {
            Map<String, Object> said = new LinkedHashMap<>();
            said.put("dispute", decision.disputeId().toString());
            said.put("stateAfter", decision.stateAfter());
            said.put("what", decision.what());
            return said;
        }).toList());
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO escalation_run"
                    + " (run_id, run_date, ran_at, examined, changed, complete, report) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, run.date());
                insert.setObject(3, OffsetDateTime.ofInstant(run.ranAt(), ZoneOffset.UTC));
                insert.setInt(4, run.examined());
                insert.setInt(5, run.changed());
                insert.setBoolean(6, run.complete());
                insert.setString(7, CanonicalJson.write(report));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<PastEscalation> latest(int offset, int limit) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT run_date, ran_at, examined,"
                    + " changed, complete, report FROM escalation_run ORDER BY ran_at DESC, run_id"
                    + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, offset);
                select.setInt(2, limit);
                List<PastEscalation> runs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        runs.add(read(rows));
                    }
                }
                return runs;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static PastEscalation read(ResultSet rows) throws java.sql.SQLException {
        Map<String, Object> report = (Map<String, Object>) CanonicalJson.parse(rows.getString(6));
        Map<String, Integer> counts = new LinkedHashMap<>();
        ((Map<String, Object>) report.get("counts")).forEach((kind, count) -> counts.put(kind,
                ((Number) count).intValue()));
        List<PastEscalation.Decision> decisions = new ArrayList<>();
        for (Object item : (List<Object>) report.get("decisions")) {
            Map<String, Object> decision = (Map<String, Object>) item;
            decisions.add(new PastEscalation.Decision(new DisputeId(UUID.fromString((String) decision.get("dispute"))),
                    (String) decision.get("stateAfter"), ((List<Object>) decision.get("what")).stream()
                    .map(String.class::cast).toList()));
        }
        return new PastEscalation(rows.getObject(1, java.time.LocalDate.class),
                rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getInt(3), rows.getInt(4), rows.getBoolean(5),
                counts, decisions);
    }
}
