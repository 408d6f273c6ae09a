package org.amicable.bench.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP baselines, in the same server as the application: a bare Micronaut Data read by id of the
 * dispute row, and a bare transactional insert of one row. Same security (the application's bearer
 * tokens and role check), same thread model (@ExecuteOn(TaskExecutors.IO), like the application's
 * controllers: the app's fixed pool of 16 threads, micronaut.executors.io), same request body as the
 * application's payment.
 */
@Controller("/baseline")
@ExecuteOn(TaskExecutors.IO)
@Secured({"integration", "manager", "auditor"})
class BaselineController {

    @Serdeable
    record Money(String amount, String currency) {
    }

    @Serdeable
    record Payment(LocalDate receivedOn, Money amount, String reference) {
    }

    private final BaselineRepositories.DisputeRows disputes;
    private final BaselineRepositories.BenchPayments payments;

    BaselineController(BaselineRepositories.DisputeRows disputes, BaselineRepositories.BenchPayments payments) {
        this.disputes = disputes;
        this.payments = payments;
    }

    @Get("/disputes/{id}")
    HttpResponse<DisputeRow> read(@PathVariable UUID id) {
        return disputes.findById(id).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Post("/disputes/{id}/payments")
    @Transactional
    HttpResponse<BenchPayment> insert(@PathVariable UUID id, @Body Payment body) {
        BenchPayment saved = payments.save(new BenchPayment(new UUID(System.currentTimeMillis() << 16 | 0x7000,
                ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L), id,
                body.receivedOn(), new BigDecimal(body.amount().amount()), body.amount().currency(), body.reference()));
        return HttpResponse.status(HttpStatus.OK).body(saved);
    }

    /** Which thread serves a request (event loop or blocking pool): the same answer as for the application. */
    @Get("/thread")
    String thread() {
        return Thread.currentThread().getName();
    }
}
