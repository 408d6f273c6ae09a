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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.RemedyKind;
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
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;

/**
 * The back-office's page of one dispute (the list is {@link OfficeDisputeListController}'s), with a form for
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

    private final FormTokens tokens;
    private final Clock clock;
    private final OfficeDisputeForms forms;
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

    OfficeDisputeController(FormTokens tokens, Clock clock, OfficeDisputeForms forms,
            RecordPhoneCallUseCase recordPhoneCall, RecordPromiseUseCase recordPromise,
            RecordPaymentUseCase recordPayment, ConfirmMediationUseCase confirmMediation,
            RecordLetterTrackingUseCase recordTracking, RecordAcknowledgmentUseCase recordAcknowledgment,
            MakeProposalUseCase makeProposal, AnswerProposalUseCase answerProposal, AgreeRepaymentPlanUseCase agreePlan,
            TakeToCourtUseCase takeToCourt, WriteOffClaimUseCase writeOff, AssignManagerUseCase assignManager) {
        this.tokens = tokens;
        this.clock = clock;
        this.forms = forms;
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

    @Get("/{id}{?done}")
    HttpResponse<?> dispute(Authentication authentication, @PathVariable String id, @Nullable @QueryValue String done) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        Optional<DisputeInFull> dispute = forms.findInFull(id);
        if (dispute.isEmpty()) {
            return forms.notFound(office.get());
        }
        String confirmation = done != null && done.matches("[a-z-]{1,20}") ? "office.done." + done : null;
        return forms.page(HttpStatus.OK, office.get(), dispute.get(), confirmation, "", Map.of(), Map.of());
    }

    // ---- acting: calls, promises, payments and answers (managers and collectors) ----

    @Post(value = "/{id}/call", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    HttpResponse<?> call(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "call", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "promise", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "payment", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "answer", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "mediation", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "tracking", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "acknowledgment", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "proposal", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "plan", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "court", posted, (form, dispute, person) -> {
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
        return forms.act(authentication, id, "write-off", posted, (form, dispute, person) -> {
            String reason = form.required("reason");
            if (form.ok()) {
                writeOff.writeOffClaim(new WriteOffClaimUseCase.Command(dispute.id(), today(), reason));
            }
        });
    }

    @Post(value = "/{id}/assign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.MANAGER)
    HttpResponse<?> assign(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "assign", posted, (form, dispute, person) -> {
            String manager = form.required("manager");
            if (form.ok()) {
                assignManager.assignManager(new AssignManagerUseCase.Command(dispute.id(), manager));
            }
        });
    }

    private static LetterId letter(OfficeForm form, DisputeView dispute, OfficePage person) {
        return OfficeDisputeForms.letter(form, dispute, person, letter -> true);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
