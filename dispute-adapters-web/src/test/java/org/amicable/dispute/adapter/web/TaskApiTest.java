package org.amicable.dispute.adapter.web;

import static org.amicable.dispute.adapter.web.DisputeApiTest.assertProblem;
import static org.amicable.dispute.adapter.web.DisputeApiTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskAction;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.model.Track;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The task list over HTTP, against the embedded server over the in-memory domain. */
@MicronautTest
class TaskApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http.toBlocking(), json);
    }

    private String openGrievance(String reference) {
        Api.Answer opened = api.post("/disputes/grievances", """
                {"customer":{"reference":"%s","name":"Marie Dupont","kind":"CONSUMER","email":"marie@example.org",
                 "address":{"lines":["1 rue du Port"],"postalCode":"13002","city":"Marseille","country":"FR"},
                 "language":"FR"},
                 "cause":"SPOILED_PRODUCT","description":"mouldy cake",
                 "invoice":{"number":"F-%s","issueDate":"2026-02-01","dueDate":"2026-03-01",
                 "amount":{"amount":"120.00","currency":"EUR"}},"complaintDate":"2026-03-01"}""".formatted(reference,
                reference), Api.MANAGER);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return (String) opened.map().get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.map().get("items");
    }

    private List<Map<String, Object>> tasksOf(String disputeId, String query) {
        return items(api.get("/tasks?size=500" + query, Api.MANAGER)).stream()
                .filter(task -> disputeId.equals(task.get("disputeId"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_grievance_nobody_took_is_listed_with_the_call_that_closes_it_and_leaves_once_that_call_is_made() {
        String id = openGrievance("TASK-TAKE");

        List<Map<String, Object>> tasks = tasksOf(id, "&kind=TAKE_GRIEVANCE&unassigned=true");
        assertThat(tasks).hasSize(1);
        Map<String, Object> take = tasks.get(0);
        assertThat(take).containsEntry("kind", "TAKE_GRIEVANCE").containsEntry("track", "GRIEVANCE")
                .containsEntry("customerReference", "TASK-TAKE").containsEntry("customerName", "Marie Dupont")
                .containsEntry("dueOn", InMemoryDomainFactory.TODAY.toString()).doesNotContainKey("assignee");
        assertThat(take.get("amount")).isEqualTo(Map.of("amount", "120.00", "currency", "EUR"));
        assertThat((String) take.get("whatToDo")).contains("assign the manager");
        Map<String, Object> call = (Map<String, Object>) take.get("closedBy");
        assertThat(call).containsEntry("action", "ASSIGN_MANAGER").containsEntry("method", "POST")
                .containsEntry("path", "/disputes/" + id + "/manager");

        assertThat(api.post((String) call.get("path"), "{\"manager\":\"alice\"}", Api.MANAGER).status()).isEqualTo(200);

        assertThat(tasksOf(id, "&kind=TAKE_GRIEVANCE")).isEmpty();
        List<Map<String, Object>> alices = tasksOf(id, "&assignee=alice");
        assertThat(alices).extracting(task -> task.get("kind")).containsExactly("MAKE_FIRST_CONTACT");
        assertThat(alices.get(0)).containsEntry("assignee", "alice");
        assertThat(tasksOf(id, "&assignee=bob")).isEmpty();
        assertThat(tasksOf(id, "&dueOnOrBefore=" + InMemoryDomainFactory.TODAY)).as("first contact is due later")
                .isEmpty();
    }

    @Test
    void pages_say_which_page_follows() {
        for (int i = 0; i < 3; i++) {
            openGrievance("TASK-PAGE-" + i);
        }
        Api.Answer first = api.get("/tasks?kind=TAKE_GRIEVANCE&size=2", Api.AUDITOR);
        assertThat(items(first)).hasSize(2);
        assertThat(first.map()).containsEntry("page", 1).containsEntry("size", 2).containsEntry("next", 2);

        Api.Answer last = api.get("/tasks?kind=TAKE_GRIEVANCE&size=2&page=1000000", Api.AUDITOR);
        assertThat(items(last)).isEmpty();
        assertThat(last.map()).doesNotContainKey("next");
    }

    @Test
    void a_bad_parameter_is_a_problem_naming_it() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("kind=NOT_A_KIND", "kind");
        refused.put("kind=take_grievance", "kind");
        refused.put("dueOnOrBefore=2026-13-01", "dueOnOrBefore");
        refused.put("dueOnOrBefore=tomorrow", "dueOnOrBefore");
        refused.put("page=0", "page");
        refused.put("page=-1", "page");
        refused.put("page=one", "page");
        refused.put("page=1000001", "page");
        refused.put("size=0", "size");
        refused.put("size=501", "size");
        refused.put("size=9999999999", "size");
        refused.put("unassigned=maybe", "unassigned");
        refused.put("assignee=alice&unassigned=true", "unassigned");
        refused.put("assignee=" + "a".repeat(101), "assignee");
        refused.put("asignee=alice", "asignee");
        refused.put("kind=TAKE_GRIEVANCE&kind=PROMISE_DUE", "kind");
        refused.forEach((query, field) -> {
            Api.Answer answer = api.get("/tasks?" + query, Api.MANAGER);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertProblem(answer, 400);
            assertThat(fields(answer)).as(query + ": " + answer).containsExactly(field);
        });
    }

    @Test
    void managers_and_auditors_read_tasks_integrations_do_not() {
        assertThat(api.get("/tasks", Api.MANAGER).status()).isEqualTo(200);
        assertThat(api.get("/tasks", Api.AUDITOR).status()).isEqualTo(200);
        assertProblem(api.get("/tasks", Api.INTEGRATION), 403);
        assertProblem(api.get("/tasks", null), 401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_closing_call_is_a_documented_route() {
        Map<String, Object> document = new Yaml().load(new StringReader(
                api.get("/swagger/" + ApiDefinition.SPEC, Api.AUDITOR).body()));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        DisputeId dispute = new DisputeId(UUID.randomUUID());
        LetterId letter = new LetterId(UUID.randomUUID());
        for (TaskAction action : TaskAction.values()) {
            Task task = new Task(dispute, TaskKind.RECORD_TRACKING, Optional.of(letter), Track.UNPAID_CLAIM, "C-1",
                    "Client", Optional.empty(), LocalDate.of(2026, 3, 2), Optional.empty(), action, Optional.empty());
            TaskResponses.ClosingCall call = TaskResponses.closingCall(task);
            String template = call.path().replace(dispute.toString(), "{id}").replace(letter.toString(), "{letterId}");
            assertThat(paths).as(action + " " + template).containsKey(template);
            assertThat(paths.get(template)).as(action + " " + call.method() + " " + template)
                    .containsKey(call.method().toLowerCase(Locale.ROOT));
        }
    }
}
