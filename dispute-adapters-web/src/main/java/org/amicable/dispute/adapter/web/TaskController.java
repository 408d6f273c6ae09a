package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.adapter.web.port.Roles;

/** What people must do: the open tasks of every dispute, derived from the disputes' state. */
// The list is read from the database: it runs on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/tasks")
@Tag(name = "tasks")
@ApiErrors
class TaskController {

    private static final Set<String> PARAMETERS = Set.of("assignee", "unassigned", "kind", "dueOnOrBefore", "page",
            "size");

    private final ListTasksUseCase tasks;

    TaskController(ListTasksUseCase tasks) {
        this.tasks = tasks;
    }

    @Operation(summary = "List open tasks", description = "What people must do, by due date, then the larger amount"
            + " first: calls to make, mediations to confirm, grievances to take, answers awaited, remedies due, letters"
            + " to track, returned or failed, promises due, missed instalments, claims about to expire. Each names the"
            + " call that closes it; once that call is recorded the task leaves the list. A task is for the dispute's"
            + " manager, or for nobody yet. An unknown or repeated parameter is refused.")
    @Get("{?assignee,unassigned,kind,dueOnOrBefore,page,size}")
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    TaskResponses.TaskPage list(HttpRequest<?> request,
            @Parameter(description = "only the tasks of this manager", schema = @Schema(minLength = 1, maxLength = 100))
            @QueryValue @Nullable String assignee,
            @Parameter(description = "true: only the tasks nobody is assigned to (not with assignee)")
            @QueryValue @Nullable Boolean unassigned,
            @Parameter(description = "only this kind of task") @QueryValue @Nullable TaskKind kind,
            @Parameter(description = "only the tasks due on or before this date")
            @QueryValue @Nullable LocalDate dueOnOrBefore,
            @Parameter(description = "the page, from 1 (default 1)",
                    schema = @Schema(minimum = "1", maximum = "" + ListTasksUseCase.MAX_PAGE))
            @QueryValue @Nullable Integer page,
            @Parameter(description = "the page size (default 50)",
                    schema = @Schema(minimum = "1", maximum = "" + ListTasksUseCase.MAX_SIZE))
            @QueryValue @Nullable Integer size) {
        // Ranges and lengths are checked by the query itself (a problem naming the parameter): no
        // validation interceptor stands between the request and the list.
        for (String name : request.getParameters().names()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidRequestException(name, name + " is not a parameter of the task list; it takes "
                        + String.join(", ", PARAMETERS.stream().sorted().toList()));
            }
            List<String> values = request.getParameters().getAll(name);
            if (values.size() > 1) {
                throw new InvalidRequestException(name, name + " is given " + values.size() + " times; give it once");
            }
        }
        String flag = request.getParameters().get("unassigned");
        if (flag != null && !flag.equals("true") && !flag.equals("false")) {
            throw new InvalidRequestException("unassigned", "unassigned must be true or false");
        }
        // The converter forgives the case of an enum's name; the API names kinds exactly as documented.
        if (kind != null && !kind.name().equals(request.getParameters().get("kind"))) {
            throw new InvalidRequestException("kind", "kind must be one of " + Arrays.toString(TaskKind.values()));
        }
        return TaskResponses.page(tasks.listTasks(new ListTasksUseCase.Query(Optional.ofNullable(assignee),
                Boolean.TRUE.equals(unassigned), Optional.ofNullable(kind), Optional.ofNullable(dueOnOrBefore),
                page == null ? 1 : page, size == null ? 50 : size)));
    }
}
