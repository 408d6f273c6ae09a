package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase;
import org.amicable.dispute.domain.port.in.PastEscalation;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;

/**
 * The escalation, for people: what it would decide for a chosen date (a preview: nothing is stored), and
 * what the past runs decided, the latest first.
 */
@Hidden
@Controller(EscalationPageController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class EscalationPageController {

    static final String PATH = "/office/escalation";
    static final int RUNS = 20;

    private final PreviewEscalationUseCase preview;
    private final ListEscalationRunsUseCase runs;
    private final Clock clock;
    private final FormTokens tokens;

    EscalationPageController(PreviewEscalationUseCase preview, ListEscalationRunsUseCase runs, Clock clock,
            FormTokens tokens) {
        this.preview = preview;
        this.runs = runs;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Get("{?date}")
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<?> page(Authentication authentication, @QueryValue @Nullable String date) {
        Optional<SignedInPerson> found = SignedInPerson.of(authentication);
        if (found.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        SignedInPerson person = found.get();
        Map<String, String> words = PersonWords.of(person.language());
        Map<String, Object> model = OfficePage.of(authentication, tokens).orElseThrow().model("escalation", "escalation.title");
        String typed = date == null ? LocalDate.now(clock).toString() : date.strip();
        model.put("date", typed.length() > 40 ? typed.substring(0, 40) : typed);
        model.put("problem", null);
        model.put("preview", null);
        HttpStatus status = HttpStatus.OK;
        try {
            PastEscalation would = PastEscalation.of(preview.previewEscalation(LocalDate.parse(typed)), clock.instant());
            model.put("preview", run(would, words, person));
        } catch (DateTimeParseException e) {
            model.put("problem", "escalation.date.invalid");
            status = HttpStatus.BAD_REQUEST;
        } catch (InvalidCommandException e) {
            model.put("problem", "escalation.date.outOfReach");
            status = HttpStatus.BAD_REQUEST;
        }
        List<Map<String, Object>> history = new ArrayList<>();
        for (PastEscalation past : runs.listEscalationRuns(0, RUNS)) {
            history.add(run(past, words, person));
        }
        model.put("runs", history);
        return HttpResponse.status(status).body(new ModelAndView<>("office/escalation", model));
    }

    /** A run (or a preview) as the page shows it: its figures, and its decisions in words. */
    private Map<String, Object> run(PastEscalation run, Map<String, String> words, SignedInPerson person) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(PersonWords.locale(person.language())).withZone(clock.getZone());
        Map<String, Object> shown = new HashMap<>();
        shown.put("date", run.date().toString());
        shown.put("ranAt", when.format(run.ranAt()));
        shown.put("examined", run.examined());
        shown.put("changed", run.changed());
        shown.put("complete", run.complete());
        shown.put("letters", run.lettersIssued());
        shown.put("awaitingReview", run.listLettersAwaitingReview());
        shown.put("steps", run.counts().getOrDefault("ClaimEscalated", 0));
        shown.put("mediations", run.decisions().stream()
                .filter(decision -> decision.stateAfter().equals("MEDIATION_TO_CONFIRM")).count());
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (PastEscalation.Decision decision : run.decisions()) {
            Map<String, Object> row = new HashMap<>();
            row.put("dispute", decision.disputeId().toString());
            row.put("state", words.getOrDefault("escalation.state." + decision.stateAfter(), decision.stateAfter()));
            row.put("what", decision.what().stream().map(said -> said(said, words)).toList());
            decisions.add(row);
        }
        shown.put("decisions", decisions);
        return shown;
    }

    /** An event's stable name, with its letter kind or state, in the person's words where the page has them. */
    private static String said(String said, Map<String, String> words) {
        String[] parts = said.split(" ", 2);
        String event = words.getOrDefault("escalation.event." + parts[0], parts[0]);
        if (parts.length == 1) {
            return event;
        }
        String fact = words.getOrDefault("review.kind." + parts[1],
                words.getOrDefault("escalation.state." + parts[1], parts[1]));
        return event + " " + fact;
    }
}
