package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One open claim per invoice and one open grievance per order and cause, over HTTP against the running
 * application: a second opening answers 409 with the open dispute's location, also when both race.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneOpenDisputePerSubjectTest {

    private RunningApp app;

    abstract Databases database();

    @BeforeAll
    void start() {
        app = RunningApp.start(database(), Map.of());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private HttpResponse<String> openClaim(String customer, String invoice) {
        return app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}".formatted(
                RunningApp.business(customer), RunningApp.invoice(invoice, "2026-01-15", "800.00")));
    }

    @Test
    void a_second_claim_for_the_same_invoice_answers_409_with_the_open_claims_location() {
        HttpResponse<String> first = openClaim("C-TWICE", "F-TWICE");
        assertThat(first.statusCode()).isEqualTo(201);
        String location = first.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> second = openClaim("C-TWICE", "F-TWICE");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(second.headers().firstValue("Location")).hasValue(location);
        assertThat(second.body()).contains("\"existing\":\"" + location + "\"")
                .contains("\"type\":\"https://amicable.org/problems/already-open\"")
                .contains("invoice F-TWICE of customer C-TWICE");
        assertThat(app.get(location).statusCode()).isEqualTo(200);
        assertThat(openClaim("C-OTHER", "F-TWICE").statusCode()).as("another customer's invoice").isEqualTo(201);
    }

    @Test
    void once_the_claim_is_cancelled_the_invoice_can_be_claimed_again() {
        String location = openClaim("C-CANCEL", "F-CANCEL").headers().firstValue("Location").orElseThrow();
        assertThat(app.postJson(location + "/cancellation", "{\"on\":\"2026-01-20\",\"reason\":\"opened by mistake\"}")
                .statusCode()).isEqualTo(200);

        assertThat(openClaim("C-CANCEL", "F-CANCEL").statusCode()).isEqualTo(201);
    }

    @Test
    void a_second_grievance_about_the_same_order_and_cause_answers_409() {
        String body = """
                {"customer":%s,"cause":"NON_CONFORMING_ITEM","description":"blue instead of red",
                 "invoice":%s,"complaintDate":"2026-01-10"}""".formatted(RunningApp.business("C-GRIEF"),
                RunningApp.invoice("F-GRIEF", "2026-01-15", "80.00"));
        HttpResponse<String> first = app.postJson("/disputes/grievances", body);
        assertThat(first.statusCode()).isEqualTo(201);

        HttpResponse<String> second = app.postJson("/disputes/grievances", body);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(app.postJson("/disputes/grievances", body.replace("NON_CONFORMING_ITEM", "SPOILED_PRODUCT"))
                .statusCode()).as("another cause").isEqualTo(201);
    }

    @Test
    void of_concurrent_openings_for_one_invoice_one_is_created_and_the_others_answer_409() throws Exception {
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return openClaim("C-RACE", "F-RACE");
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                responses.add(call.get(2, TimeUnit.MINUTES));
            }
            List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
            assertThat(created).hasSize(1);
            String location = created.get(0).headers().firstValue("Location").orElseThrow();
            assertThat(responses).filteredOn(r -> r.statusCode() != 201).hasSize(racers - 1).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat(response.headers().firstValue("Location")).hasValue(location);
            });
            assertThat(app.get("/disputes?customer=C-RACE").body()).containsOnlyOnce("\"id\"");
        } finally {
            threads.shutdownNow();
        }
    }
}
