package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;

/**
 * The task pages of the back-office: "My tasks", the open tasks of the disputes the person manages, and "All
 * tasks", filtered by kind, assignee and due date; both by due date, paged, each task linking to its dispute.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
class OfficeTaskController {

    static final String MY_TASKS = "/office/tasks";
    private static final int PAGE_SIZE = 50;

    private final ListTasksUseCase tasks;
    private final FormTokens tokens;

    OfficeTaskController(ListTasksUseCase tasks, FormTokens tokens) {
        this.tasks = tasks;
        this.tokens = tokens;
    }

    @Get
    HttpResponse<?> office() {
        return HttpResponse.seeOther(URI.create(MY_TASKS));
    }

    @Get("/tasks{?page}")
    HttpResponse<?> mine(Authentication authentication, @Nullable @QueryValue String page) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        int number = pageNumber(page);
        ListTasksUseCase.Page found = tasks.listTasks(new ListTasksUseCase.Query(Optional.of(office.get().person().login()),
                false, Optional.empty(), Optional.empty(), number, PAGE_SIZE));
        Map<String, Object> model = office.get().model("tasks", "office.tasks.mine");
        put(model, office.get(), found, MY_TASKS + "?");
        return HttpResponse.ok(new ModelAndView<>("office/tasks", model));
    }

    @Get("/tasks/all{?kind,assignee,due,page}")
    HttpResponse<?> all(Authentication authentication, @Nullable @QueryValue String kind,
            @Nullable @QueryValue String assignee, @Nullable @QueryValue String due, @Nullable @QueryValue String page) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        OfficePage words = office.get();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<TaskKind> chosenKind = Optional.empty();
        if (kind != null && !kind.isBlank()) {
            try {
                chosenKind = Optional.of(TaskKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                errors.put("kind", words.say("office.error.choice"));
            }
        }
        String who = assignee == null ? "" : assignee.strip();
        if (who.length() > 100) {
            errors.put("assignee", words.say("office.error.tooLong", 100));
        }
        Optional<LocalDate> dueOn = Optional.empty();
        if (due != null && !due.isBlank()) {
            try {
                dueOn = Optional.of(LocalDate.parse(due.strip()));
            } catch (DateTimeParseException e) {
                errors.put("due", words.say("office.error.date"));
            }
        }
        Map<String, Object> model = words.model("all-tasks", "office.tasks.all");
        model.put("kinds", Arrays.stream(TaskKind.values())
                .map(each -> new Choice(each.name(), words.name("office.taskKind.", each.name()))).toList());
        model.put("typed", Map.of("kind", kind == null ? "" : kind, "assignee", who, "due", due == null ? "" : due));
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            model.put("rows", List.of());
            return HttpResponse.unprocessableEntity().body(new ModelAndView<>("office/tasks", model));
        }
        ListTasksUseCase.Page found = tasks.listTasks(new ListTasksUseCase.Query(who.isEmpty() ? Optional.empty()
                : Optional.of(who), false, chosenKind, dueOn, pageNumber(page), PAGE_SIZE));
        put(model, words, found, "/office/tasks/all?kind=" + encode(kind) + "&assignee=" + encode(who) + "&due="
                + encode(due) + "&");
        return HttpResponse.ok(new ModelAndView<>("office/tasks", model));
    }

    private static void put(Map<String, Object> model, OfficePage office, ListTasksUseCase.Page found, String link) {
        List<Row> rows = new ArrayList<>();
        for (Task task : found.items()) {
            rows.add(new Row(task.disputeId().toString(), "/office/disputes/" + task.disputeId(), task.customerName(),
                    task.customerReference(), task.amount().map(office.format()::money).orElse(""),
                    office.format().date(task.dueOn()), office.whatToDo(task), task.assignee().orElse(""),
                    task.kind().name()));
        }
        model.put("rows", rows);
        model.put("page", found.page());
        model.put("previous", found.page() > 1 ? link + "page=" + (found.page() - 1) : null);
        model.put("next", found.more() ? link + "page=" + (found.page() + 1) : null);
    }

    /** A page number as typed in the address; anything else is the first page. */
    static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page == null ? "1" : page.strip());
            return Math.max(1, Math.min(number, ListTasksUseCase.MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One option of a select: its value and its words. */
    record Choice(String value, String label) {
    }

    /** One task as a row of the table. */
    record Row(String disputeId, String link, String customer, String reference, String amount, String due,
            String whatToDo, String assignee, String kind) {
    }
}
