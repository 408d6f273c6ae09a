package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeInFull;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;

/**
 * What every form of a dispute's page does around its own action, for the controllers that hold those forms:
 * it runs the action as the signed-in person (the request's actor, as for the API), then redirects to the page
 * saying what was done (post/redirect/get); or it shows the page again, 422, with what was typed and the message
 * beside each refused field, having changed nothing.
 */
@Singleton
final class OfficeDisputeForms {

    private static final Currency EURO = Currency.getInstance("EUR");

    private final ViewDisputesUseCase view;
    private final FormTokens tokens;
    private final Clock clock;

    OfficeDisputeForms(ViewDisputesUseCase view, FormTokens tokens, Clock clock) {
        this.view = view;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** What a form does: refuses its fields on the form, or calls its use case. */
    @FunctionalInterface
    interface Action {
        void run(OfficeForm form, DisputeView dispute, OfficePage person);
    }

    /** Runs the form {@code name} of dispute {@code id} as posted. */
    HttpResponse<?> act(Authentication authentication, String id, String name, Map<String, String> posted,
            Action action) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        Optional<DisputeView> dispute = find(id);
        if (dispute.isEmpty()) {
            return notFound(page);
        }
        OfficeForm form = new OfficeForm(name, posted == null ? Map.of() : posted, page, currency(dispute.get()));
        try {
            action.run(form, dispute.get(), page);
        } catch (InvalidValueException e) {
            form.refuse(e.field(), page.say("office.error.invalid", e.problem()));
        } catch (InvalidCommandException e) {
            form.refuse(e.field(), page.say("office.error.invalid", e.getMessage()));
        } catch (TransitionNotAllowedException | VersionConflictException e) {
            form.refuse("", page.say("office.error.state", e.getMessage()));
        } catch (DisputeNotFoundException e) {
            form.refuse("", page.say("office.error.invalid", e.getMessage()));
        }
        if (form.ok()) {
            return HttpResponse.seeOther(URI.create("/office/disputes/" + dispute.get().id() + "?done=" + name));
        }
        Optional<DisputeInFull> after = findInFull(id);
        if (after.isEmpty()) {
            return notFound(page);
        }
        return page(HttpStatus.UNPROCESSABLE_ENTITY, page, after.get(), null, name, form.typed(), form.errors());
    }

    /**
     * The dispute's page: with what was done ({@code done}, the key of its words) or with the form {@code failed}
     * as it was typed and its messages.
     */
    HttpResponse<?> page(HttpStatus status, OfficePage page, DisputeInFull dispute, String done, String failed,
            Map<String, String> typed, Map<String, String> errors) {
        Map<String, Object> model = OfficeDisputeModel.of(page, dispute);
        model.put("done", done == null ? null : page.say(done));
        model.put("failed", failed);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("today", today().toString());
        return HttpResponse.status(status).body(new ModelAndView<>("office/dispute", model));
    }

    /** The letter chosen in the form's {@code letter} field, among the dispute's letters that {@code allowed}. */
    static LetterId letter(OfficeForm form, DisputeView dispute, OfficePage person, Predicate<Letter> allowed) {
        String typed = form.required("letter");
        Optional<LetterId> letter = dispute.letters().stream().filter(allowed).map(Letter::id)
                .filter(each -> each.toString().equals(typed)).findFirst();
        if (letter.isEmpty() && form.ok()) {
            form.refuse("letter", person.say("office.error.choice"));
        }
        return letter.orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    HttpResponse<?> notFound(OfficePage page) {
        Map<String, Object> model = page.model("disputes", "office.dispute.notFound");
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("office/not-found", model));
    }

    Optional<DisputeView> find(String id) {
        try {
            return Optional.of(view.view(DisputeId.parse(id)));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The dispute with its timeline, tasks and manager, from one read of it. */
    Optional<DisputeInFull> findInFull(String id) {
        try {
            return Optional.of(view.viewInFull(DisputeId.parse(id)));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Currency currency(DisputeView dispute) {
        return dispute.invoice().map(invoice -> invoice.amount().currency())
                .or(() -> dispute.balance().map(balance -> balance.principal().currency())).orElse(EURO);
    }
}
