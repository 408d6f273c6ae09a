package org.amicable.bench.http;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Bare Micronaut Data repositories, the baselines' whole data access. */
final class BaselineRepositories {

    private BaselineRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface DisputeRows extends CrudRepository<DisputeRow, UUID> {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface BenchPayments extends CrudRepository<BenchPayment, UUID> {
    }
}
