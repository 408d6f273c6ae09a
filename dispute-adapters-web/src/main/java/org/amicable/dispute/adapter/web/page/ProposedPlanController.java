package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;

/**
 * A manager's two answers, on the dispute's page, to the repayment plan a customer proposed beyond the limits
 * accepted on the spot: agree it as proposed, or decline it with a reason. Like every form of the page, a form
 * done leads back to the page saying so; a form refused shows the page again with what was typed and the message
 * beside the field, and changes nothing. Collectors and auditors see neither form and get 403 if they post.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.MANAGER)
class ProposedPlanController {

    private final OfficeDisputeForms forms;
    private final AgreeRepaymentPlanUseCase agreePlan;
    private final DeclineRepaymentPlanUseCase declinePlan;

    ProposedPlanController(OfficeDisputeForms forms, AgreeRepaymentPlanUseCase agreePlan,
            DeclineRepaymentPlanUseCase declinePlan) {
        this.forms = forms;
        this.agreePlan = agreePlan;
        this.declinePlan = declinePlan;
    }

    /**
     * The plan the customer proposed as the page shows it, in the person's words, with the version of the
     * dispute it was read from; {@code null} when no plan waits.
     */
    static ProposedPlan of(OfficePage page, DisputeView dispute) {
        PageWords format = page.format();
        List<InstalmentRow> rows = proposed(dispute).stream()
                .map(instalment -> new InstalmentRow(instalment.number(), format.date(instalment.dueDate()),
                        format.money(instalment.amount())))
                .toList();
        return rows.isEmpty() ? null : new ProposedPlan(rows, Long.toString(dispute.version()));
    }

    private static List<Instalment> proposed(DisputeView dispute) {
        return dispute.claim().map(DisputeView.ClaimDetails::proposedPlan).orElse(List.of());
    }

    @Post(value = "/{id}/agree-proposed", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> agree(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "agree-proposed", posted, (form, dispute, page) -> {
            // The plan agreed is the one the manager saw: a plan proposed again since is refused as a change.
            Optional<Long> seen = version(form, page);
            if (proposed(dispute).isEmpty()) {
                form.refuse("", page.say("office.error.state", page.say("office.proposedPlan.none")));
            }
            if (form.ok()) {
                agreePlan.agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(dispute.id(), seen, forms.today(),
                        proposed(dispute)));
            }
        });
    }

    @Post(value = "/{id}/decline-plan", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "decline-plan", posted, (form, dispute, page) -> {
            Optional<Long> seen = version(form, page);
            String reason = form.required("reason");
            if (form.ok()) {
                declinePlan.declineRepaymentPlan(new DeclineRepaymentPlanUseCase.Command(dispute.id(), seen,
                        forms.today(), reason));
            }
        });
    }

    /** The version of the dispute the form was shown with, which the change is checked against. */
    private static Optional<Long> version(OfficeForm form, OfficePage page) {
        Optional<String> typed = form.optional("version");
        try {
            return typed.map(Long::valueOf);
        } catch (NumberFormatException e) {
            form.refuse("version", page.say("office.proposedPlan.stale"));
            return Optional.empty();
        }
    }

    /** The plan the customer proposed: its instalments, and the dispute's version the forms carry. */
    record ProposedPlan(List<InstalmentRow> instalments, String version) {
    }

    /** An instalment of the proposed plan, as a row. */
    record InstalmentRow(int number, String due, String amount) {
    }
}
