package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.model.ReportRow;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.out.ReportFigures;

/**
 * The reports' figures from the {@code dispute_report} table, and the aged balance from the claims' movements
 * ({@link JdbcBalanceMovements}): written only by {@link #replace} and by those movements, which the dispute
 * repository calls in the transaction of every save, and summed by the database, one query a report.
 */
@Singleton
public final class JdbcReportFigures implements ReportFigures {

    private static final String COLUMNS = "dispute_id, track, customer_kind, state, is_open, currency, "
            + "outstanding_minor, due_on, highest_step, opened_on, settled_on, days_to_settle, mediation_since, "
            + "mediation_left_on, court_on, remedy_deadline, resolved_on, resolved_on_time";

    private static final int COUNT = COLUMNS.split(", ").length;

    private final TransactionOperations<Connection> transactions;

    JdbcReportFigures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Brings the report rows of these disputes to what {@link ReportRow#of} says of them, on the caller's
     * connection, so within the transaction that saves them. A stored row is updated in place, so that
     * the indexes of the columns that did not change are left as they are.
     */
    public static void replace(Connection connection, Collection<Dispute> disputes) throws SQLException {
        if (disputes.isEmpty()) {
            return;
        }
        if (DisputeRows.onPostgres(connection)) {
            upsert(connection, disputes);
            return;
        }
        List<ReportRow> fresh = new ArrayList<>();
        // A dispute stored for the first time has no row to update.
        List<ReportRow> stored = disputes.stream().filter(dispute -> dispute.committedVersion() > 0).map(ReportRow::of).toList();
        if (!stored.isEmpty()) {
            List<String> figures = List.of(COLUMNS.split(", ")).subList(1, COUNT);
            try (PreparedStatement update = connection.prepareStatement("UPDATE dispute_report SET "
                    + String.join(" = ?, ", figures) + " = ? WHERE dispute_id = ?")) {
                for (ReportRow row : stored) {
                    // The key goes last, after the figures.
                    bind(update, row, column -> column == 1 ? COUNT : column - 1);
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    if (updated[i] == 0) {
                        fresh.add(stored.get(i));
                    }
                }
            }
        }
        disputes.stream().filter(dispute -> dispute.committedVersion() == 0).map(ReportRow::of).forEach(fresh::add);
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dispute_report (" + COLUMNS
                + ") VALUES (?" + ", ?".repeat(COUNT - 1) + ")")) {
            for (ReportRow row : fresh) {
                bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * On PostgreSQL, one upsert a row: its conflict on the key is found through the key's index whatever
     * the table's statistics say. An update by key planned while the table was nearly empty (fresh, or
     * being filled) would scan the whole table for each row instead.
     */
    private static void upsert(Connection connection, Collection<Dispute> disputes) throws SQLException {
        Map<DisputeId, ReportRow> rows = new LinkedHashMap<>();
        disputes.forEach(dispute -> rows.put(dispute.id(), ReportRow.of(dispute)));
        List<String> figures = List.of(COLUMNS.split(", ")).subList(1, COUNT);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO dispute_report (" + COLUMNS
                + ") VALUES (?" + ", ?".repeat(COUNT - 1) + ") ON CONFLICT (dispute_id) DO UPDATE SET "
                + String.join(", ", figures.stream().map(column -> column + " = EXCLUDED." + column).toList()))) {
            for (ReportRow row : rows.values()) {
                bind(upsert, row);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Binds the row to an insert of {@link #COLUMNS}, in their order. */
    public static void bind(PreparedStatement insert, ReportRow row) throws SQLException {
        bind(insert, row, column -> column);
    }

    /** Binds the row's value of each column of {@link #COLUMNS} (from 1) to the parameter {@code at} names. */
    private static void bind(PreparedStatement statement, ReportRow row, IntUnaryOperator at) throws SQLException {
        statement.setObject(at.applyAsInt(1), row.disputeId().value());
        statement.setString(at.applyAsInt(2), row.track().name());
        statement.setString(at.applyAsInt(3), row.customerKind().name());
        statement.setString(at.applyAsInt(4), row.state().name());
        statement.setBoolean(at.applyAsInt(5), row.open());
        if (row.outstanding().isPresent()) {
            statement.setString(at.applyAsInt(6), row.outstanding().get().currency().getCurrencyCode());
            statement.setLong(at.applyAsInt(7), row.outstanding().get().minorUnits());
        } else {
            statement.setNull(at.applyAsInt(6), Types.CHAR);
            statement.setNull(at.applyAsInt(7), Types.BIGINT);
        }
        setDate(statement, at.applyAsInt(8), row.dueOn());
        statement.setString(at.applyAsInt(9), row.highestStep().name());
        statement.setObject(at.applyAsInt(10), row.openedOn());
        setDate(statement, at.applyAsInt(11), row.settledOn());
        if (row.daysToSettle().isPresent()) {
            statement.setInt(at.applyAsInt(12), Math.toIntExact(row.daysToSettle().get()));
        } else {
            statement.setNull(at.applyAsInt(12), Types.INTEGER);
        }
        setDate(statement, at.applyAsInt(13), row.mediationSince());
        setDate(statement, at.applyAsInt(14), row.mediationLeftOn());
        setDate(statement, at.applyAsInt(15), row.courtOn());
        setDate(statement, at.applyAsInt(16), row.remedyDeadline());
        setDate(statement, at.applyAsInt(17), row.resolvedOn());
        statement.setBoolean(at.applyAsInt(18), row.resolvedOnTime());
    }

    /** The columns of the table, in the order {@link #bind} binds them. */
    public static String columns() {
        return COLUMNS;
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setObject(index, date.get());
        } else {
            statement.setNull(index, Types.DATE);
        }
    }

    @Override
    public List<AgedGroup> agedBalance(LocalDate asOf) {
        // The band of each claim from its due date, compared with the earliest due date of each band.
        StringBuilder band = new StringBuilder("CASE");
        List<Object> parameters = new ArrayList<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            Optional<LocalDate> earliest = bucket.earliestDueOn(asOf);
            if (earliest.isPresent()) {
                band.append(" WHEN due_on >= ? THEN '").append(bucket.name()).append('\'');
                parameters.add(earliest.get());
            } else {
                band.append(" ELSE '").append(bucket.name()).append('\'');
            }
        }
        band.append(" END");
        // The claims open on the day and what they owed then: every movement up to it, added up per band. A
        // claim's due date is on each of its movements, so no claim needs summing on its own first.
        String sql = "SELECT currency, customer_kind, band, SUM(claims), SUM(amount_minor) FROM (SELECT currency,"
                + " customer_kind, claims, amount_minor, " + band + " AS band FROM claim_movement WHERE moved_on <= ?)"
                + " aged GROUP BY currency, customer_kind, band HAVING SUM(claims) > 0";
        parameters.add(asOf);
        return query(sql, parameters, rows -> new AgedGroup(Currency.getInstance(rows.getString(1).trim()),
                CustomerKind.valueOf(rows.getString(2)), AgeBucket.valueOf(rows.getString(3)), rows.getLong(4),
                rows.getLong(5)));
    }

    @Override
    public Settlements settlements(LocalDate from, LocalDate to) {
        String settled = " FROM dispute_report WHERE track = '" + Track.UNPAID_CLAIM + "' AND state = '" + ClaimState.SETTLED + "'"
                + " AND settled_on >= ? AND settled_on <= ?";
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            Map<LadderStep, Long> byStep = new EnumMap<>(LadderStep.class);
            long totalDays = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT highest_step, COUNT(*),"
                    + " SUM(days_to_settle)" + settled + " GROUP BY highest_step")) {
                select.setObject(1, from);
                select.setObject(2, to);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byStep.put(LadderStep.valueOf(rows.getString(1)), rows.getLong(2));
                        totalDays += rows.getLong(3);
                    }
                }
            }
            Optional<BigDecimal> median = Optional.empty();
            if (!byStep.isEmpty()) {
                try (PreparedStatement select = connection.prepareStatement("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP"
                        + " (ORDER BY days_to_settle)" + settled)) {
                    select.setObject(1, from);
                    select.setObject(2, to);
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        // The median of whole days is a whole or a half day: exact at one decimal.
                        median = Optional.of(new BigDecimal(rows.getString(1)).setScale(1, java.math.RoundingMode.HALF_UP));
                    }
                }
            }
            return new Settlements(byStep, totalDays, median);
        });
    }

    @Override
    public List<StageGroup> mediationAndLitigation(LocalDate asOf) {
        String sql = "SELECT currency, stage, COUNT(*), SUM(outstanding_minor) FROM (SELECT currency, outstanding_minor,"
                + " CASE WHEN court_on <= ? THEN '" + ClaimState.LITIGATION + "' ELSE '" + ClaimState.IN_MEDIATION
                + "' END AS stage FROM dispute_report WHERE track = '" + Track.UNPAID_CLAIM + "' AND (court_on <= ? OR (mediation_since <= ?"
                + " AND (mediation_left_on IS NULL OR mediation_left_on > ?)))) staged GROUP BY currency, stage";
        return query(sql, List.of(asOf, asOf, asOf, asOf), rows -> new StageGroup(
                Currency.getInstance(rows.getString(1).trim()), ClaimState.valueOf(rows.getString(2)), rows.getLong(3),
                rows.getLong(4)));
    }

    @Override
    public Resolutions resolutions(LocalDate from, LocalDate to) {
        String sql = "SELECT COALESCE(SUM(CASE WHEN resolved_on_time THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN resolved_on_time THEN 0 ELSE 1 END), 0) FROM dispute_report"
                + " WHERE track = '" + Track.GRIEVANCE + "' AND resolved_on >= ? AND resolved_on <= ?";
        return query(sql, List.of(from, to), rows -> new Resolutions(rows.getLong(1), rows.getLong(2))).get(0);
    }

    /** Reads one value from the current row of a result. */
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowReader<T> reader) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<T> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(reader.read(rows));
                    }
                }
                return found;
            }
        });
    }
}
