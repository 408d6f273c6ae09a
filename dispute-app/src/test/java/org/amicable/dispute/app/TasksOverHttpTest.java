package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The task list against the running application and its database: a registered reminder asks for a
 * call, the call closes it, a manager assigned to the claim gets its tasks, and bad parameters are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TasksOverHttpTest {

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
    private List<Map<String, Object>> tasks(String query) {
        HttpResponse<String> answer = app.get("/tasks?size=500&" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return (List<Map<String, Object>>) map(answer).get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_registered_reminder_asks_for_a_call_which_the_call_closes_and_the_manager_gets_the_claims_tasks() {
        LocalDate today = LocalDate.now();
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business("C-TASKS"), """
                        {"number":"F-TASKS","issueDate":"%s","dueDate":"%s","amount":{"amount":"800.00","currency":"EUR"}}"""
                        .formatted(today.minusDays(40), today.minusDays(10))));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = (String) map(opened).get("id");
        assertThat(tasks("kind=CONFIRM_BY_PHONE")).noneMatch(task -> id.equals(task.get("disputeId")));

        HttpResponse<String> run = app.postJson("/escalation/runs", "{\"date\":\"" + today + "\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);

        List<Map<String, Object>> calls = tasks("kind=CONFIRM_BY_PHONE&dueOnOrBefore=" + today).stream()
                .filter(task -> id.equals(task.get("disputeId"))).toList();
        assertThat(calls).hasSize(1);
        Map<String, Object> call = calls.get(0);
        assertThat(call).containsEntry("customerReference", "C-TASKS").containsEntry("dueOn", today.toString())
                .containsEntry("amount", Map.of("amount", "800.00", "currency", "EUR"));
        Map<String, Object> closedBy = (Map<String, Object>) call.get("closedBy");
        assertThat(closedBy).containsEntry("method", "POST").containsEntry("path", "/disputes/" + id + "/phone-calls");

        assertThat(app.postJson("/disputes/" + id + "/manager", "{\"manager\":\"carla\"}").statusCode()).isEqualTo(200);
        assertThat(tasks("assignee=carla")).extracting(task -> task.get("kind")).containsExactly("CONFIRM_BY_PHONE");

        HttpResponse<String> recorded = app.postJson((String) closedBy.get("path"), """
                {"on":"%s","outcome":"REACHED","note":"the customer will pay"}""".formatted(today));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        assertThat(tasks("assignee=carla")).isEmpty();
    }

    @Test
    void a_bad_parameter_is_refused_with_a_problem_naming_it() {
        for (String query : List.of("kind=NOPE", "dueOnOrBefore=2026-02-30", "page=0", "size=501", "sort=amount")) {
            HttpResponse<String> answer = app.get("/tasks?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).as(query).contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
    }
}
