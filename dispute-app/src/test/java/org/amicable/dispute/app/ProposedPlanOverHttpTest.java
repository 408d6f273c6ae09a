package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plan the customer proposed beyond the limits, against the running application and its database: it is
 * listed as a task to decide, a manager declines it over the API with a reason, and the task goes; a decline
 * without a reason, or with no plan waiting, is refused with a problem and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProposedPlanOverHttpTest {

    private RunningApp app;
    private JsonMapper json;

    abstract Databases database();

    @BeforeAll
    void start() {
        app = RunningApp.start(database(), Map.of());
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
            return json.readValue(response.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tasksOf(String id) {
        HttpResponse<String> answer = app.get("/tasks?size=500&kind=DECIDE_PROPOSED_PLAN");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) map(answer).get("items")).stream()
                .filter(task -> id.equals(task.get("disputeId"))).toList();
    }

    /** A claim whose first reminder went out today, and a plan of twelve instalments the customer proposed. */
    private String claimWithAProposedPlan(String reference, LocalDate today) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business(reference), RunningApp.invoice("F-" + reference,
                        today.minusDays(10).toString(), "1200.00")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = (String) map(opened).get("id");
        HttpResponse<String> run = app.postJson("/escalation/runs", "{\"date\":\"" + today + "\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        // The customer proposes on his page (its own test goes through it); here the plan is what matters.
        ProposeRepaymentPlanUseCase.Outcome outcome = app.context().getBean(ProposeRepaymentPlanUseCase.class)
                .proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(DisputeId.parse(id), Optional.empty(),
                        12, today.plusDays(10)));
        assertThat(outcome.agreed()).isFalse();
        return id;
    }

    private int timelineSize(String id) {
        HttpResponse<String> timeline = app.get("/disputes/" + id + "/timeline");
        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        return timeline.body().split("\"sequence\"", -1).length - 1;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_plan_waits_as_a_task_and_a_manager_declines_it_with_a_reason() {
        LocalDate today = LocalDate.now();
        String id = claimWithAProposedPlan("C-DECLINE", today);

        List<Map<String, Object>> tasks = tasksOf(id);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0)).containsEntry("dueOn", today.plusDays(5).toString()).containsEntry("detail", "12");
        assertThat((Map<String, Object>) tasks.get(0).get("closedBy"))
                .containsEntry("path", "/disputes/" + id + "/repayment-plan");

        HttpResponse<String> declined = app.postJson("/disputes/" + id + "/repayment-plan/decline", """
                {"on":"%s","reason":"Twelve months is too long: we accept six instalments."}""".formatted(today));

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        Map<String, Object> dispute = map(declined);
        assertThat(dispute).containsEntry("state", "FIRST_REMINDER_SENT")
                .containsEntry("nextDueOn", today.plusDays(10).toString());
        assertThat((List<?>) ((Map<String, Object>) dispute.get("claim")).get("proposedPlan")).isEmpty();
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("\"type\":\"repayment-plan-declined\"")
                .contains("Twelve months is too long: we accept six instalments.");
        assertThat(tasksOf(id)).isEmpty();

        int entries = timelineSize(id);
        HttpResponse<String> again = app.postJson("/disputes/" + id + "/repayment-plan/decline", """
                {"on":"%s","reason":"Once more"}""".formatted(today));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(again.body()).contains("no plan proposed by the customer waits");
        assertThat(timelineSize(id)).isEqualTo(entries);
    }

    @Test
    void a_decline_without_a_reason_or_with_a_bad_date_is_refused_naming_the_field_and_the_plan_still_waits() {
        LocalDate today = LocalDate.now();
        String id = claimWithAProposedPlan("C-DECLINE-BAD", today);
        int entries = timelineSize(id);

        for (Map.Entry<String, String> bad : Map.of(
                "reason", "{\"on\":\"%s\",\"reason\":\"  \"}".formatted(today),
                "on", "{\"on\":\"2026-02-30\",\"reason\":\"Too long\"}",
                "surplus", "{\"on\":\"%s\",\"reason\":\"Too long\",\"surplus\":1}".formatted(today)).entrySet()) {
            HttpResponse<String> answer = app.postJson("/disputes/" + id + "/repayment-plan/decline", bad.getValue());
            assertThat(answer.statusCode()).as(bad.getKey() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).as(bad.getKey()).contains(bad.getKey());
        }

        assertThat(timelineSize(id)).isEqualTo(entries);
        assertThat(tasksOf(id)).hasSize(1);
    }
}
