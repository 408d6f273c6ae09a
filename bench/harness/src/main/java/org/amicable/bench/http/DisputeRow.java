package org.amicable.bench.http;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** The application's dispute row, mapped by Micronaut Data for the baseline read by id. */
@Serdeable
@MappedEntity("dispute")
public record DisputeRow(
        @Id UUID id,
        String track,
        String state,
        @MappedProperty("is_open") boolean open,
        String customerReference,
        String customerName,
        String invoiceNumber,
        LocalDate dueOn,
        long version,
        LocalDate openedOn) {
}
