package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/** The disputes' rows a query selects, in the order of their ids, a page at a time. */
@Singleton
final class JdbcDisputeSearch {

    private final TransactionOperations<Connection> transactions;

    JdbcDisputeSearch(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    List<DisputeSummary> search(DisputeQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + JdbcDisputeSummaries.COLUMNS + " FROM dispute WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.id().ifPresent(id -> where(sql, parameters, " AND id = ?", id.value()));
        query.track().ifPresent(track -> where(sql, parameters, " AND track = ?", track.name()));
        query.state().ifPresent(state -> where(sql, parameters, " AND state = ?", state));
        query.customerReference().ifPresent(ref -> where(sql, parameters, " AND customer_reference = ?", ref));
        query.invoiceNumber().ifPresent(number -> where(sql, parameters, " AND invoice_number = ?", number));
        query.dueOnOrBefore().ifPresent(date -> where(sql, parameters, " AND due_on <= ?", date));
        query.assignee().ifPresent(who -> {
            if (who.manager().isPresent()) {
                where(sql, parameters, " AND manager = ?", who.manager().get());
            } else {
                sql.append(" AND manager IS NULL");
            }
        });
        if (query.openOnly()) {
            sql.append(" AND is_open = TRUE");
        }
        query.after().ifPresent(id -> where(sql, parameters, " AND id > ?", id.value()));
        sql.append(" ORDER BY id FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit());
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<DisputeSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(new DisputeSummary(new DisputeId(rows.getObject("id", UUID.class)),
                                Track.valueOf(rows.getString("track")), StoredStates.read(rows.getString("track"), rows.getString("state")),
                                rows.getString("customer_reference"), rows.getString("customer_name"),
                                Optional.ofNullable(rows.getString("invoice_number")),
                                Optional.ofNullable(rows.getObject("due_on", LocalDate.class)), rows.getLong("version"),
                                rows.getObject("opened_on", LocalDate.class), Optional.ofNullable(rows.getString("manager"))));
                    }
                }
                return summaries;
            }
        });
    }

    private static void where(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        sql.append(clause);
        parameters.add(value);
    }
}
