package org.amicable.bench.http;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the baseline's own table (bench migration V900), for the bare transactional insert. */
@Serdeable
@MappedEntity("bench_payment")
public record BenchPayment(
        @Id UUID id,
        UUID disputeId,
        LocalDate receivedOn,
        BigDecimal amount,
        String currency,
        String reference) {
}
