package org.amicable.dispute.adapter.persistence.migration;

import java.util.List;
import org.amicable.dispute.adapter.persistence.JdbcBalanceMovements;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the balance movements of the claims stored before they were kept: each unpaid claim, open or closed,
 * is rebuilt from its timeline and its movements written as every later save writes them.
 */
public class V153__Movements_of_stored_claims extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StoredDisputes.forEach(context.getConnection(), "SELECT id FROM dispute WHERE track = 'UNPAID_CLAIM' ORDER BY id",
                (connection, dispute) -> JdbcBalanceMovements.insert(connection, List.of(dispute)));
    }
}
