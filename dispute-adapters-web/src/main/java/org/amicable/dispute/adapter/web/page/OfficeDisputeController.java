package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.Roles;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DisputeInFull;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * The disputes of the back-office: the list with its filters, and the page of one dispute with a form for
 * every action the person's role allows. Each form calls the same use case as the API, as the signed-in person
 * (the request's actor), and answers with a redirect back to the page saying what was done; a refused form
 * shows the page again with what was typed and the message beside the field, and changes nothing. A role that
 * may not act gets no form, and 403 if it posts anyway.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes")
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
class OfficeDisputeController {

    private static final int PAGE_SIZE = 50;
    private static final Currency EURO = Currency.getInstance("EUR");

    private final ViewDisputesUseCase view;
    private final FormTokens tokens;
    private final Clock clock;
    private final RecordPhoneCallUseCase recordPhoneCall;
    private final RecordPromiseUseCase recordPromise;
    private final RecordPaymentUseCase recordPayment;
    private final ConfirmMediationUseCase confirmMediation;
    private final RecordLetterTrackingUseCase recordTracking;
    private final RecordAcknowledgmentUseCase recordAcknowledgment;
    private final MakeProposalUseCase makeProposal;
    private final AnswerProposalUseCase answerProposal;
    private final AgreeRepaymentPlanUseCase agreePlan;
    private final TakeToCourtUseCase takeToCourt;
    private final WriteOffClaimUseCase writeOff;
    private final AssignManagerUseCase assignManager;

    OfficeDisputeController(ViewDisputesUseCase view, FormTokens tokens, Clock clock,
            RecordPhoneCallUseCase recordPhoneCall, RecordPromiseUseCase recordPromise,
            RecordPaymentUseCase recordPayment, ConfirmMediationUseCase confirmMediation,
            RecordLetterTrackingUseCase recordTracking, RecordAcknowledgmentUseCase recordAcknowledgment,
            MakeProposalUseCase makeProposal, AnswerProposalUseCase answerProposal, AgreeRepaymentPlanUseCase agreePlan,
            TakeToCourtUseCase takeToCourt, WriteOffClaimUseCase writeOff, AssignManagerUseCase assignManager) {
        this.view = view;
        this.tokens = tokens;
        this.clock = clock;
        this.recordPhoneCall = recordPhoneCall;
        this.recordPromise = recordPromise;
        this.recordPayment = recordPayment;
        this.confirmMediation = confirmMediation;
        this.recordTracking = recordTracking;
        this.recordAcknowledgment = recordAcknowledgment;
        this.makeProposal = makeProposal;
        this.answerProposal = answerProposal;
        this.agreePlan = agreePlan;
        this.takeToCourt = takeToCourt;
        this.writeOff = writeOff;
        this.assignManager = assignManager;
    }

    // ---- reading ----

    @Get("{?state,customer,invoice,due,after}")
    HttpResponse<?> list(Authentication authentication, @Nullable @QueryValue String state,
            @Nullable @QueryValue String customer, @Nullable @QueryValue String invoice,
            @Nullable @QueryValue String due, @Nullable @QueryValue String after) {
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
        model.put("typed", Map.of("state", state == null ? "" : state, "customer", customer == null ? "" : customer,
                "invoice", invoice == null ? "" : invoice, "due", due == null ? "" : due));
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            model.put("rows", List.of());
            return HttpResponse.unprocessableEntity().body(new ModelAndView<>("office/disputes", model));
        }
        List<DisputeSummary> found = view.list(new DisputeQuery(Optional.empty(), Optional.empty(), chosenState,
                reference, number, dueOn, false, cursor, PAGE_SIZE));
        model.put("rows", found.stream().map(summary -> new DisputeRow(summary.id().toString(),
                "/office/disputes/" + summary.id(), page.name("office.track.", summary.track().name()),
                page.name("office.state.", summary.state()), summary.customerName(), summary.customerReference(),
                summary.invoiceNumber().orElse(""), summary.dueOn().map(page.format()::date).orElse(""),
                page.format().date(summary.openedOn()))).toList());
        model.put("first", cursor.isPresent() ? "/office/disputes?" + filters(state, customer, invoice, due) : null);
        model.put("next", found.size() == PAGE_SIZE ? "/office/disputes?" + filters(state, customer, invoice, due)
                + "&after=" + found.get(found.size() - 1).id() : null);
        return HttpResponse.ok(new ModelAndView<>("office/disputes", model));
    }

    @Get("/{id}{?done}")
    HttpResponse<?> dispute(Authentication authentication, @PathVariable String id, @Nullable @QueryValue String done) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        Optional<DisputeInFull> dispute = findInFull(id);
        if (dispute.isEmpty()) {
            return notFound(office.get());
        }
        String confirmation = done != null && done.matches("[a-z-]{1,20}") ? "office.done." + done : null;
        return render(HttpStatus.OK, office.get(), dispute.get(), confirmation, "", Map.of(), Map.of());
    }

    // ---- acting: calls, promises, payments and answers (managers and collectors) ----

    @Post(value = "/{id}/call", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    HttpResponse<?> call(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "call", posted, (form, dispute, person) -> {
            PhoneCallOutcome outcome = form.choice("outcome", PhoneCallOutcome.class);
            Optional<LocalDate> promisedFor = form.optionalDate("promisedFor");
            String note = form.optional("note").orElse("");
            if (outcome == PhoneCallOutcome.PROMISED && promisedFor.isEmpty() && form.ok()) {
                form.refuse("promisedFor", person.say("office.error.required"));
            }
            if (form.ok()) {
                recordPhoneCall.recordPhoneCall(new RecordPhoneCallUseCase.Command(dispute.id(), today(), outcome,
                        promisedFor, note));
            }
        });
    }

    @Post(value = "/{id}/promise", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    HttpResponse<?> promise(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "promise", posted, (form, dispute, person) -> {
            LocalDate promisedFor = form.date("promisedFor");
            var amount = form.optionalMoney("amount");
            if (form.ok()) {
                recordPromise.recordPromise(new RecordPromiseUseCase.Command(dispute.id(), today(), promisedFor,
                        amount));
            }
        });
    }

    @Post(value = "/{id}/payment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    HttpResponse<?> payment(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "payment", posted, (form, dispute, person) -> {
            LocalDate receivedOn = form.date("receivedOn");
            var amount = form.money("amount");
            String reference = form.required("reference");
            if (form.ok()) {
                recordPayment.recordPayment(new RecordPaymentUseCase.Command(dispute.id(), receivedOn, amount,
                        reference));
            }
        });
    }

    @Post(value = "/{id}/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    HttpResponse<?> answer(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "answer", posted, (form, dispute, person) -> {
            String accepted = form.required("accepted");
            Optional<String> reason = form.optional("reason");
            if (!accepted.isEmpty() && !accepted.equals("yes") && !accepted.equals("no")) {
                form.refuse("accepted", person.say("office.error.choice"));
            }
            if (accepted.equals("no") && reason.isEmpty() && form.ok()) {
                form.refuse("reason", person.say("office.error.required"));
            }
            if (form.ok()) {
                answerProposal.answerProposal(new AnswerProposalUseCase.Command(dispute.id(), today(),
                        accepted.equals("yes"), reason));
            }
        });
    }

    // ---- acting: what only a manager decides ----

    @Post(value = "/{id}/mediation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> mediation(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "mediation", posted, (form, dispute, person) -> {
            MediatorKind kind = form.choice("mediatorKind", MediatorKind.class);
            String mediator = form.required("mediatorName");
            var fee = form.money("fee");
            if (form.ok()) {
                confirmMediation.confirmMediation(new ConfirmMediationUseCase.Command(dispute.id(), today(), kind,
                        mediator, fee, person.person().name()));
            }
        });
    }

    @Post(value = "/{id}/tracking", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> tracking(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "tracking", posted, (form, dispute, person) -> {
            LetterId letter = letter(form, dispute, person);
            String number = form.required("trackingNumber");
            if (form.ok()) {
                recordTracking.recordLetterTracking(new RecordLetterTrackingUseCase.Command(dispute.id(), letter, number));
            }
        });
    }

    @Post(value = "/{id}/acknowledgment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> acknowledgment(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return act(authentication, id, "acknowledgment", posted, (form, dispute, person) -> {
            LetterId letter = letter(form, dispute, person);
            LocalDate deliveredOn = form.date("deliveredOn");
            if (form.ok()) {
                recordAcknowledgment.recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(dispute.id(), letter,
                        deliveredOn));
            }
        });
    }

    @Post(value = "/{id}/proposal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> proposal(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "proposal", posted, (form, dispute, person) -> {
            RemedyKind remedy = form.choice("remedy", RemedyKind.class);
            var amount = form.optionalMoney("amount");
            LocalDate answerBy = form.date("answerBy");
            LocalDate resolveBy = form.date("resolveBy");
            String terms = form.required("terms");
            if (form.ok()) {
                makeProposal.makeProposal(new MakeProposalUseCase.Command(dispute.id(), remedy, amount, answerBy,
                        resolveBy, terms));
            }
        });
    }

    @Post(value = "/{id}/plan", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> plan(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "plan", posted, (form, dispute, person) -> {
            List<Instalment> instalments = new ArrayList<>();
            String lines = form.required("instalments");
            for (String line : lines.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+", 2);
                try {
                    LocalDate due = LocalDate.parse(parts[0]);
                    Optional<Money> amount = parts.length < 2 ? Optional.empty()
                            : form.money("instalments", parts[1]);
                    if (amount.isEmpty()) {
                        form.refuse("instalments", person.say("office.error.instalment", line.strip()));
                        break;
                    }
                    instalments.add(new Instalment(instalments.size() + 1, due, amount.get()));
                } catch (DateTimeParseException e) {
                    form.refuse("instalments", person.say("office.error.instalment", line.strip()));
                    break;
                }
            }
            if (form.ok()) {
                agreePlan.agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(dispute.id(), today(), instalments));
            }
        });
    }

    @Post(value = "/{id}/court", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> court(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "court", posted, (form, dispute, person) -> {
            String reason = form.required("reason");
            if (form.ok()) {
                takeToCourt.takeToCourt(new TakeToCourtUseCase.Command(dispute.id(), today(), Initiator.COMPANY,
                        reason));
            }
        });
    }

    @Post(value = "/{id}/write-off", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> writeOff(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "write-off", posted, (form, dispute, person) -> {
            String reason = form.required("reason");
            if (form.ok()) {
                writeOff.writeOffClaim(new WriteOffClaimUseCase.Command(dispute.id(), today(), reason));
            }
        });
    }

    @Post(value = "/{id}/assign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> assign(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return act(authentication, id, "assign", posted, (form, dispute, person) -> {
            String manager = form.required("manager");
            if (form.ok()) {
                assignManager.assignManager(new AssignManagerUseCase.Command(dispute.id(), manager));
            }
        });
    }

    /** What a form does: refuses its fields on the form, or calls its use case. */
    @FunctionalInterface
    private interface Action {
        void run(OfficeForm form, DisputeView dispute, OfficePage person);
    }

    /**
     * Runs a form's action as the signed-in person (the request's actor, as for the API), then redirects to
     * the dispute's page saying what was done (post/redirect/get); or shows the page again, 422, with what was
     * typed and the message beside each refused field.
     */
    private HttpResponse<?> act(Authentication authentication, String id, String name, Map<String, String> posted,
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
        return render(HttpStatus.UNPROCESSABLE_ENTITY, page, after.get(), null, name, form.typed(), form.errors());
    }

    private LetterId letter(OfficeForm form, DisputeView dispute, OfficePage person) {
        String typed = form.required("letter");
        Optional<LetterId> letter = dispute.letters().stream().map(each -> each.id())
                .filter(each -> each.toString().equals(typed)).findFirst();
        if (letter.isEmpty() && form.ok()) {
            form.refuse("letter", person.say("office.error.choice"));
        }
        return letter.orElse(null);
    }

    // ---- the page ----

    private HttpResponse<?> render(HttpStatus status, OfficePage page, DisputeInFull dispute, String done,
            String failed, Map<String, String> typed, Map<String, String> errors) {
        Map<String, Object> model = OfficeDisputeModel.of(page, dispute);
        model.put("done", done == null ? null : page.say(done));
        model.put("failed", failed);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("today", today().toString());
        return HttpResponse.status(status).body(new ModelAndView<>("office/dispute", model));
    }

    private HttpResponse<?> notFound(OfficePage page) {
        Map<String, Object> model = page.model("disputes", "office.dispute.notFound");
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("office/not-found", model));
    }

    private Optional<DisputeView> find(String id) {
        try {
            return Optional.of(view.view(DisputeId.parse(id)));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The dispute with its timeline, tasks and manager, from one read of it. */
    private Optional<DisputeInFull> findInFull(String id) {
        try {
            return Optional.of(view.viewInFull(DisputeId.parse(id)));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Currency currency(DisputeView dispute) {
        return dispute.invoice().map(invoice -> invoice.amount().currency())
                .or(() -> dispute.balance().map(balance -> balance.principal().currency())).orElse(EURO);
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

    private static String filters(String state, String customer, String invoice, String due) {
        return "state=" + OfficeTaskController.encode(state) + "&customer=" + OfficeTaskController.encode(customer)
                + "&invoice=" + OfficeTaskController.encode(invoice) + "&due=" + OfficeTaskController.encode(due);
    }

    /** One dispute as a row of the list. */
    record DisputeRow(String id, String link, String track, String state, String customer, String reference,
            String invoice, String due, String opened) {
    }
}
