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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.port.in.Assignee;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;

/**
 * The back-office's list of disputes, filtered by state, customer, invoice, assignee and next due date, a page
 * at a time in the order they were opened. A filter that cannot be read shows the form again with what was
 * typed and the message beside the field, and lists nothing.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
class OfficeDisputeListController {

    private static final int PAGE_SIZE = 50;
    /** The assignee filter's values that name no person: the signed-in person's disputes, and nobody's. */
    static final String MINE = "mine";
    static final String UNASSIGNED = "unassigned";

    private final ViewDisputesUseCase view;
    private final PersonAccounts accounts;
    private final FormTokens tokens;

    OfficeDisputeListController(ViewDisputesUseCase view, PersonAccounts accounts, FormTokens tokens) {
        this.view = view;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Get("{?state,customer,invoice,assignee,due,after}")
    HttpResponse<?> list(Authentication authentication, @Nullable @QueryValue String state,
            @Nullable @QueryValue String customer, @Nullable @QueryValue String invoice,
            @Nullable @QueryValue String assignee, @Nullable @QueryValue String due, @Nullable @QueryValue String after) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        OfficePage page = office.get();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> states = Stream.concat(Arrays.stream(ClaimState.values()).map(Enum::name),
                Arrays.stream(GrievanceState.values()).map(Enum::name)).distinct().toList();
        Optional<String> chosenState = blank(state) ? Optional.empty() : Optional.of(state);
        if (chosenState.filter(name -> !states.contains(name)).isPresent()) {
            errors.put("state", page.say("office.error.choice"));
        }
        Optional<String> reference = text(customer, "customer", page, errors);
        Optional<String> number = text(invoice, "invoice", page, errors);
        Optional<Assignee> who = text(assignee, "assignee", page, errors).map(value -> value.equals(MINE)
                ? Assignee.manager(page.person().login())
                : value.equals(UNASSIGNED) ? Assignee.nobody() : Assignee.manager(value));
        Optional<LocalDate> dueOn = Optional.empty();
        if (!blank(due)) {
            try {
                dueOn = Optional.of(LocalDate.parse(due.strip()));
            } catch (DateTimeParseException e) {
                errors.put("due", page.say("office.error.date"));
            }
        }
        Optional<DisputeId> cursor = Optional.empty();
        if (!blank(after)) {
            try {
                cursor = Optional.of(DisputeId.parse(after.strip()));
            } catch (IllegalArgumentException e) {
                errors.put("form", page.say("office.error.page"));
            }
        }
        Map<String, Object> model = page.model("disputes", "office.disputes.title");
        model.put("states", states.stream().map(name -> new OfficeTaskController.Choice(name,
                page.name("office.state.", name))).toList());
        String typedAssignee = assignee == null ? "" : assignee.strip();
        model.put("people", people(page, typedAssignee));
        Map<String, String> typed = new HashMap<>();
        typed.put("state", state == null ? "" : state);
        typed.put("customer", customer == null ? "" : customer);
        typed.put("invoice", invoice == null ? "" : invoice);
        typed.put("assignee", typedAssignee);
        typed.put("due", due == null ? "" : due);
        model.put("typed", typed);
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            model.put("rows", List.of());
            return HttpResponse.unprocessableEntity().body(new ModelAndView<>("office/disputes", model));
        }
        DisputeQuery query = new DisputeQuery(Optional.empty(), Optional.empty(), chosenState, reference, number, dueOn,
                false, cursor, PAGE_SIZE, who);
        List<DisputeSummary> found = view.list(query);
        model.put("rows", found.stream().map(summary -> new DisputeRow(summary.id().toString(),
                "/office/disputes/" + summary.id(), page.name("office.track.", summary.track().name()),
                page.name("office.state.", summary.state().name()), summary.customerName(), summary.customerReference(),
                summary.invoiceNumber().orElse(""), summary.manager().orElse(""),
                summary.dueOn().map(page.format()::date).orElse(""), page.format().date(summary.openedOn()))).toList());
        String filters = filters(state, customer, invoice, typedAssignee, due);
        model.put("first", cursor.isPresent() ? "/office/disputes?" + filters : null);
        model.put("next", found.size() == PAGE_SIZE ? "/office/disputes?" + filters
                + "&after=" + found.get(found.size() - 1).id() : null);
        return HttpResponse.ok(new ModelAndView<>("office/disputes", model));
    }

    /**
     * The assignee filter's choices: the person signed in, nobody, then everyone with an account; a manager
     * asked for by a name no account has is offered too, so that what was asked stays chosen.
     */
    private List<OfficeTaskController.Choice> people(OfficePage page, String typed) {
        List<OfficeTaskController.Choice> choices = new ArrayList<>();
        choices.add(new OfficeTaskController.Choice(MINE, page.say("office.filter.assignee.mine")));
        choices.add(new OfficeTaskController.Choice(UNASSIGNED, page.say("office.filter.assignee.unassigned")));
        for (PersonAccounts.Person person : accounts.people()) {
            choices.add(new OfficeTaskController.Choice(person.login(), person.name() + " (" + person.login() + ")"));
        }
        if (!typed.isEmpty() && choices.stream().noneMatch(choice -> choice.value().equals(typed))) {
            choices.add(new OfficeTaskController.Choice(typed, typed));
        }
        return choices;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Optional<String> text(String value, String field, OfficePage page, Map<String, String> errors) {
        if (blank(value)) {
            return Optional.empty();
        }
        if (value.strip().length() > 100) {
            errors.put(field, page.say("office.error.tooLong", 100));
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private static String filters(String state, String customer, String invoice, String assignee, String due) {
        return "state=" + OfficeTaskController.encode(state) + "&customer=" + OfficeTaskController.encode(customer)
                + "&invoice=" + OfficeTaskController.encode(invoice) + "&assignee=" + OfficeTaskController.encode(assignee)
                + "&due=" + OfficeTaskController.encode(due);
    }

    /** One dispute as a row of the list. */
    record DisputeRow(String id, String link, String track, String state, String customer, String reference,
            String invoice, String assignee, String due, String opened) {
    }
}
