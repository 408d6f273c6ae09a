package org.amicable.dispute.adapter.web.page;

import static org.amicable.dispute.adapter.web.page.CustomerFormFields.cause;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.date;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.field;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.invalid;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.number;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.required;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.typed;
import static org.amicable.dispute.adapter.web.page.CustomerFormFields.worded;
import static org.amicable.dispute.adapter.web.page.CustomerPageResponses.notFound;
import static org.amicable.dispute.adapter.web.page.CustomerPageResponses.secured;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.ContestClaimUseCase;
import org.amicable.dispute.domain.port.in.DeclarePaymentUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.SentDocument;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;

/**
 * The customer's page, reached without an account by the personal link his letters print
 * ({@code /c/<token>}): what he owes on each invoice and why, the letters sent to him as they were sent,
 * and four answers (a repayment plan, a payment made, a contest with documents, the judge), each through
 * the same use cases as the API, recorded with the customer as author.
 *
 * <p>A link that is malformed, altered, signed under another secret or expired, and a dispute that is
 * not the link's customer's, all answer the same 404 page, which names nobody. Forms are protected
 * against cross-site posting by a per-form token (a MAC of the link under the application's secret)
 * and, where the browser sends one, an {@code Origin} that must be this site. Every answer carries a
 * Content-Security-Policy that allows the page's own stylesheet and nothing else (no script), gives no
 * referrer to another site (the link is the key), and is not cached.
 */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.IO)
@Controller("/c")
public class CustomerPageController {

    private static final int ATTACHMENT_FIELDS = 3;

    private final CustomerLinkTokens links;
    private final CustomerPageAccess access;
    private final ViewDisputesUseCase view;
    private final ProposeRepaymentPlanUseCase proposePlan;
    private final DeclarePaymentUseCase declarePayment;
    private final ContestClaimUseCase contestClaim;
    private final TakeToCourtUseCase takeToCourt;
    private final RepaymentPlanLimits limits;
    private final Clock clock;
    private final String companyName;
    private final String stylesheet;

    CustomerPageController(CustomerLinkTokens links, ViewDisputesUseCase view, ProposeRepaymentPlanUseCase proposePlan,
            DeclarePaymentUseCase declarePayment, ContestClaimUseCase contestClaim, TakeToCourtUseCase takeToCourt,
            RepaymentPlanLimits limits, Clock clock, @Value("${amicable.company.name:Amicable}") String companyName) {
        this.links = links;
        this.access = new CustomerPageAccess(links, view);
        this.view = view;
        this.proposePlan = proposePlan;
        this.declarePayment = declarePayment;
        this.contestClaim = contestClaim;
        this.takeToCourt = takeToCourt;
        this.limits = limits;
        this.clock = clock;
        this.companyName = companyName;
        this.stylesheet = resource("/customer-page/page.css");
    }

    // ---- reading ----

    @Get("/assets/page.css")
    HttpResponse<String> stylesheet() {
        return secured(HttpResponse.ok(stylesheet).contentType("text/css; charset=utf-8"));
    }

    @Get("/{token}{?lang,done}")
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable String token, @Nullable @QueryValue String lang,
            @Nullable @QueryValue String done) {
        Optional<String> reference = access.customer(request, token);
        if (reference.isEmpty()) {
            return notFound(lang);
        }
        return render(HttpStatus.OK, token, reference.get(), lang, done, null, Map.of(), Map.of());
    }

    @Get("/{token}/disputes/{id}/letters/{letterId}")
    HttpResponse<?> letter(HttpRequest<?> request, @PathVariable String token, @PathVariable String id,
            @PathVariable String letterId) {
        Optional<String> reference = access.customer(request, token);
        Optional<DisputeView> dispute = reference.flatMap(customer -> access.disputeOf(customer, id));
        if (dispute.isEmpty()) {
            return notFound(null);
        }
        try {
            SentDocument sent = view.sentDocument(dispute.get().id(), LetterId.parse(letterId));
            return secured(HttpResponse.ok(sent.document().content()).contentType(sent.document().mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + sent.letter().kind().name()
                            .toLowerCase().replace('_', '-') + "-" + sent.letter().issuedOn() + ".pdf\""));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return notFound(null);
        }
    }

    // ---- answering ----

    @Post(value = "/{token}/claims/{id}/plan", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> plan(HttpRequest<?> request, @PathVariable String token, @PathVariable String id,
            @Nullable String form, @Nullable String lang, @Nullable String instalments, @Nullable String firstDueDate) {
        Map<String, String> typed = typed("instalments", instalments, "firstDueDate", firstDueDate);
        return answer(request, token, id, "plan", lang, form, typed, errors -> {
            int count = number(instalments, "instalments", errors);
            LocalDate first = date(firstDueDate, "firstDueDate", errors);
            if (!errors.isEmpty()) {
                return null;
            }
            ProposeRepaymentPlanUseCase.Outcome outcome = proposePlan.proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(
                    DisputeId.parse(id), Optional.empty(), count, first));
            return outcome.agreed() ? "plan-agreed" : "plan-for-manager";
        });
    }

    @Post(value = "/{token}/claims/{id}/paid", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paid(HttpRequest<?> request, @PathVariable String token, @PathVariable String id,
            @Nullable String form, @Nullable String lang, @Nullable String paidOn, @Nullable String reference) {
        Map<String, String> typed = typed("paidOn", paidOn, "reference", reference);
        return answer(request, token, id, "paid", lang, form, typed, errors -> {
            LocalDate on = date(paidOn, "paidOn", errors);
            String text = required(reference, "reference", errors);
            if (!errors.isEmpty()) {
                return null;
            }
            declarePayment.declarePayment(new DeclarePaymentUseCase.Command(DisputeId.parse(id), Optional.empty(), on,
                    text));
            return "paid";
        });
    }

    @Post(value = "/{token}/claims/{id}/contest", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> contest(HttpRequest<?> request, @PathVariable String token, @PathVariable String id,
            @Nullable String form, @Nullable String lang, @Nullable String cause, @Nullable String explanation,
            @Nullable CompletedFileUpload attachment1, @Nullable CompletedFileUpload attachment2,
            @Nullable CompletedFileUpload attachment3) {
        Map<String, String> typed = typed("cause", cause, "explanation", explanation);
        return answer(request, token, id, "contest", lang, form, typed, errors -> {
            GrievanceCause chosen = cause(cause, errors);
            String text = required(explanation, "explanation", errors);
            List<ContestClaimUseCase.Attachment> attachments = new ArrayList<>();
            CompletedFileUpload[] uploads = {attachment1, attachment2, attachment3};
            for (int i = 0; i < ATTACHMENT_FIELDS; i++) {
                CompletedFileUpload upload = uploads[i];
                if (upload != null && upload.getSize() > 0) {
                    try {
                        attachments.add(new ContestClaimUseCase.Attachment(upload.getFilename(), upload.getBytes()));
                    } catch (IOException e) {
                        errors.put("attachment" + (i + 1), "required");
                    }
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            contestClaim.contestClaim(new ContestClaimUseCase.Command(DisputeId.parse(id), chosen, text, attachments));
            return "contested";
        });
    }

    @Post(value = "/{token}/claims/{id}/court", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> court(HttpRequest<?> request, @PathVariable String token, @PathVariable String id,
            @Nullable String form, @Nullable String lang, @Nullable String reason, @Nullable String confirm) {
        Map<String, String> typed = typed("reason", reason);
        return answer(request, token, id, "court", lang, form, typed, errors -> {
            if (confirm == null) {
                errors.put("confirm", "confirm");
                return null;
            }
            String why = reason == null || reason.isBlank() ? "Asked by the customer on his page" : reason;
            takeToCourt.takeToCourt(new TakeToCourtUseCase.Command(DisputeId.parse(id), Optional.empty(),
                    LocalDate.now(clock), Initiator.CUSTOMER, why));
            return "court";
        });
    }

    /** What a form does: fills {@code errors} (by field) and answers null, or acts and answers what was done. */
    @FunctionalInterface
    private interface Action {
        String run(Map<String, String> errors);
    }

    /**
     * Checks the link, the dispute, the form's token and its origin, runs the action as the customer,
     * and answers with a redirect to the page telling what was done (post/redirect/get), or the page again
     * with what was typed and the message beside each refused field.
     */
    private HttpResponse<?> answer(HttpRequest<?> request, String token, String id, String formName, String lang,
            String form, Map<String, String> typed, Action action) {
        Optional<String> reference = access.customer(request, token);
        Optional<DisputeView> dispute = reference.flatMap(customer -> access.disputeOf(customer, id))
                .filter(found -> found.track() == Track.UNPAID_CLAIM);
        if (dispute.isEmpty()) {
            return notFound(lang);
        }
        PageWords words = CustomerPageAccess.words(lang, dispute.get());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!links.isFormTokenOf(form, token) || !access.sameOrigin(request)) {
            errors.put("form", words.say("error.form"));
            return render(HttpStatus.FORBIDDEN, token, reference.get(), lang, null, id + "/" + formName, typed, errors);
        }
        String done;
        try {
            done = action.run(errors);
        } catch (InvalidCommandException e) {
            errors.put(field(e.field()), invalid(words, e.field(), e.getMessage()));
            done = null;
        } catch (InvalidValueException e) {
            errors.put(field(e.field()), invalid(words, e.field(), e.getMessage()));
            done = null;
        } catch (TransitionNotAllowedException | DuplicateDisputeException | VersionConflictException e) {
            errors.put("form", words.say("error.state", e.getMessage()));
            done = null;
        }
        if (done == null) {
            worded(errors, words);
            return render(HttpStatus.UNPROCESSABLE_ENTITY, token, reference.get(), lang, null, id + "/" + formName,
                    typed, errors);
        }
        String location = "/c/" + token + "?lang=" + words.language().name().toLowerCase() + "&done=" + done;
        return secured(HttpResponse.seeOther(URI.create(location)));
    }

    // ---- the page ----

    private MutableHttpResponse<?> render(HttpStatus status, String token, String reference, String lang, String done,
            String failed, Map<String, String> typed, Map<String, String> errors) {
        List<DisputeView> disputes = access.disputesOf(reference);
        if (disputes.isEmpty()) {
            return notFound(lang);
        }
        PageWords words = CustomerPageAccess.words(lang, disputes.get(0));
        Map<String, Object> model = CustomerPageModel.page(words, companyName, "/c/" + token, links.formToken(token),
                disputes, limits, done != null && done.matches("[a-z-]{1,30}") ? done : null, failed, typed, errors);
        return secured(HttpResponse.status(status).body(new ModelAndView<>("customer/page", model)));
    }

    private static String resource(String path) {
        try (InputStream in = CustomerPageController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
