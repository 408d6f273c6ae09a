package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase;
import org.amicable.dispute.domain.port.in.PastEscalation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Review before sending, against the running application and its database, with the default settings:
 * a formal notice waits for a manager, is listed and previewed; approved it goes out once with the next
 * dispatch, held it stays unsent; only a manager decides, and bad input is a problem, never a change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewOverHttpTest {

    private static final String AUDITOR = "review-auditor-token";
    private static final String INTEGRATION = "review-integration-token";

    private RunningApp app;
    private JsonMapper json;

    abstract Databases database();

    @BeforeAll
    void start() throws Exception {
        app = RunningApp.start(database(), Map.of("review.clock", "mutable",
                "amicable.security.tokens[1].name", "review-auditor",
                "amicable.security.tokens[1].sha256", EndToEndTest.sha256(AUDITOR),
                "amicable.security.tokens[1].role", "auditor",
                "amicable.security.tokens[2].name", "review-erp",
                "amicable.security.tokens[2].sha256", EndToEndTest.sha256(INTEGRATION),
                "amicable.security.tokens[2].role", "integration"));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private Map<String, Object> map(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A claim due six days ago, escalated day by day (the clock moving on) up to its formal notice. */
    private Claim claimAtItsFormalNotice(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business(reference), """
                        {"number":"F-%s","issueDate":"%s","dueDate":"%s","amount":{"amount":"900.00","currency":"EUR"}}"""
                        .formatted(reference, ReviewClock.today().minusDays(36), ReviewClock.today().minusDays(6))));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = (String) map(opened).get("id");
        // The first reminder today, the second ten days later, the formal notice ten days after that.
        for (int run = 0; run < 3; run++) {
            if (run > 0) {
                ReviewClock.CLOCK.advanceDays(10);
            }
            HttpResponse<String> ran = app.postJson("/escalation/runs", "{\"date\":\"" + ReviewClock.today() + "\"}");
            assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        }
        Map<String, Object> notice = letters(id).stream().filter(letter -> "FORMAL_NOTICE".equals(letter.get("kind")))
                .findFirst().orElseThrow();
        return new Claim(id, (String) notice.get("id"));
    }

    private record Claim(String id, String notice) {
        String letterPath() {
            return "/disputes/" + id + "/letters/" + notice;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> letters(String dispute) {
        HttpResponse<String> answer = app.get("/disputes/" + dispute + "/letters");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try {
            return json.readValue(answer.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String status(Claim claim) {
        return (String) map(app.get(claim.letterPath())).get("status");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> awaiting() {
        HttpResponse<String> answer = app.get("/letters/awaiting-review?limit=100");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return (List<Map<String, Object>>) map(answer).get("letters");
    }

    private int dispatch() {
        HttpResponse<String> answer = app.postJson("/letters/dispatch", "{\"max\":100}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ((Number) map(answer).get("sent")).intValue();
    }

    private HttpResponse<String> as(String token, String path, String body) {
        return app.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).setHeader("Authorization", "Bearer " + token));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_formal_notice_waits_for_review_and_once_approved_goes_out_once() {
        Claim claim = claimAtItsFormalNotice("C-REVIEW-1");
        dispatch();

        assertThat(status(claim)).isEqualTo("PENDING");
        assertThat(awaiting()).anySatisfy(letter -> {
            assertThat(letter).containsEntry("letter", claim.notice()).containsEntry("dispute", claim.id())
                    .containsEntry("kind", "FORMAL_NOTICE").containsEntry("review", "AWAITING")
                    .containsEntry("customerReference", "C-REVIEW-1").containsEntry("issuedOn", ReviewClock.today().toString());
            assertThat((Map<String, Object>) letter.get("amount")).containsEntry("currency", "EUR");
        });
        HttpResponse<String> tasks = app.get("/tasks?size=500&kind=LETTER_AWAITING_REVIEW");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains(claim.notice());
        HttpResponse<String> preview = app.get(claim.letterPath() + "/preview.pdf");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(preview.headers().firstValue("X-Preview")).isPresent();
        assertThat(preview.body()).startsWith("%PDF");

        HttpResponse<String> approved = app.postJson(claim.letterPath() + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(awaiting()).noneMatch(letter -> claim.notice().equals(letter.get("letter")));
        assertThat(dispatch()).isEqualTo(1);
        assertThat(dispatch()).isZero();
        assertThat(status(claim)).isEqualTo("SENT");
        HttpResponse<String> timeline = app.get("/disputes/" + claim.id() + "/timeline");
        assertThat(timeline.body()).contains("letter-approved", "running-app");

        HttpResponse<String> again = app.postJson(claim.letterPath() + "/approve", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_held_letter_stays_unsent_and_a_hold_without_a_reason_is_refused() {
        Claim claim = claimAtItsFormalNotice("C-REVIEW-2");
        long version = ((Number) map(app.get("/disputes/" + claim.id())).get("version")).longValue();

        for (String bad : List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":\"x\",\"extra\":1}", "not json")) {
            HttpResponse<String> refused = app.postJson(claim.letterPath() + "/hold", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).as(bad).hasValue("application/problem+json");
        }
        assertThat(((Number) map(app.get("/disputes/" + claim.id())).get("version")).longValue()).isEqualTo(version);

        HttpResponse<String> held = app.postJson(claim.letterPath() + "/hold",
                "{\"reason\":\"The customer announced a transfer\"}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(app.postJson(claim.letterPath() + "/hold", "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        dispatch();

        assertThat(status(claim)).isEqualTo("PENDING");
        assertThat(awaiting()).anySatisfy(letter -> assertThat(letter).containsEntry("letter", claim.notice())
                .containsEntry("review", "HELD").containsEntry("heldBecause", "The customer announced a transfer"));
        assertThat(map(app.get("/disputes/" + claim.id())).get("state")).isEqualTo("FORMAL_NOTICE_SENT");
    }

    @Test
    void each_run_is_kept_with_what_it_decided() {
        Claim claim = claimAtItsFormalNotice("C-REVIEW-5");

        List<PastEscalation> runs = app.context().getBean(ListEscalationRunsUseCase.class).listEscalationRuns(0, 3);

        assertThat(runs).hasSize(3);
        PastEscalation last = runs.get(0);
        assertThat(last.date()).isEqualTo(ReviewClock.today());
        assertThat(last.complete()).isTrue();
        assertThat(last.lettersIssued()).isEqualTo(1);
        assertThat(last.listLettersAwaitingReview()).isEqualTo(1);
        assertThat(last.decisions()).anySatisfy(decision -> {
            assertThat(decision.disputeId().toString()).isEqualTo(claim.id());
            assertThat(decision.stateAfter()).isEqualTo("FORMAL_NOTICE_SENT");
            assertThat(decision.what()).contains("claim-escalated FORMAL_NOTICE_SENT", "letter-issued FORMAL_NOTICE",
                    "letter-awaiting-review");
        });
        assertThat(runs.get(1).date()).isEqualTo(ReviewClock.today().minusDays(10));
        assertThat(runs.get(1).decisions()).anySatisfy(decision -> assertThat(decision.what())
                .contains("letter-issued SECOND_REMINDER").doesNotContain("letter-awaiting-review"));
    }

    @Test
    void only_a_manager_decides() {
        Claim claim = claimAtItsFormalNotice("C-REVIEW-3");

        for (String token : List.of(AUDITOR, INTEGRATION)) {
            assertThat(as(token, claim.letterPath() + "/approve", "{}").statusCode()).isEqualTo(403);
            assertThat(as(token, claim.letterPath() + "/hold", "{\"reason\":\"no\"}").statusCode()).isEqualTo(403);
        }
        HttpResponse<String> read = app.send(HttpRequest.newBuilder(app.uri("/letters/awaiting-review")).GET()
                .setHeader("Authorization", "Bearer " + AUDITOR));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(status(claim)).isEqualTo("PENDING");
        assertThat(awaiting()).anySatisfy(letter -> assertThat(letter).containsEntry("letter", claim.notice())
                .containsEntry("review", "AWAITING"));
    }

    @Test
    void a_reminder_that_never_waited_cannot_be_approved_and_bad_paging_is_refused() {
        Claim claim = claimAtItsFormalNotice("C-REVIEW-4");
        String reminder = (String) letters(claim.id()).get(0).get("id");

        HttpResponse<String> refused = app.postJson("/disputes/" + claim.id() + "/letters/" + reminder + "/approve", "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(app.postJson("/disputes/" + claim.id() + "/letters/not-a-letter/approve", "{}").statusCode())
                .isBetween(400, 404);
        for (String query : List.of("limit=0", "limit=101", "offset=-1", "limit=x")) {
            HttpResponse<String> answer = app.get("/letters/awaiting-review?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
    }
}
