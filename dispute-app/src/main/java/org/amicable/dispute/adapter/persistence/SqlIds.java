package org.amicable.dispute.adapter.persistence;

import java.util.Collection;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * Dispute ids written into a statement as literals, for the reads of the tables a save keeps beside the dispute
 * (open tasks, balance movements), which may start empty and fill within one escalation run.
 *
 * <p>A statement with parameters, run again and again on one connection, is prepared once by PostgreSQL's driver
 * and keeps the plan made then: planned while the table was nearly empty, that is a scan of the whole table, which
 * then reads every row at every save as the table fills, until the table's statistics are next gathered. With the
 * ids as literals each read is planned on the table as it is, and finds its rows through the key's index. A
 * {@link java.util.UUID}'s text holds only hexadecimal digits and hyphens: nothing can be injected.
 */
final class SqlIds {

    private SqlIds() {
    }

    /** The ids as a parenthesised list of UUID literals, for {@code column IN} …. */
    static String inList(Collection<DisputeId> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one id");
        }
        return ids.stream().map(id -> "CAST('" + id.value() + "' AS UUID)").collect(Collectors.joining(", ", "(", ")"));
    }
}
