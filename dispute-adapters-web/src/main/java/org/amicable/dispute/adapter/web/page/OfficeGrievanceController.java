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
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;

/**
 * The forms of a dispute's page that follow a grievance to its end, and the one that cancels a claim opened in
 * error: the manager's contact with the customer, the remedy delivered, the referral to a mediator, the
 * customer's withdrawal. Only a manager decides them, as on the API.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/disputes")
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.MANAGER)
class OfficeGrievanceController {

    private final OfficeDisputeForms forms;
    private final RecordContactUseCase recordContact;
    private final RecordResolutionUseCase recordResolution;
    private final ReferGrievanceToMediationUseCase referToMediation;
    private final WithdrawGrievanceUseCase withdraw;
    private final CancelClaimUseCase cancel;

    OfficeGrievanceController(OfficeDisputeForms forms, RecordContactUseCase recordContact,
            RecordResolutionUseCase recordResolution, ReferGrievanceToMediationUseCase referToMediation,
            WithdrawGrievanceUseCase withdraw, CancelClaimUseCase cancel) {
        this.forms = forms;
        this.recordContact = recordContact;
        this.recordResolution = recordResolution;
        this.referToMediation = referToMediation;
        this.withdraw = withdraw;
        this.cancel = cancel;
    }

    @Post(value = "/{id}/contact", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> contact(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "contact", posted, (form, dispute, person) -> {
            LocalDate on = form.date("on");
            String note = form.required("note");
            if (form.ok()) {
                recordContact.recordContact(new RecordContactUseCase.Command(dispute.id(), on, note));
            }
        });
    }

    @Post(value = "/{id}/resolution", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resolution(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return forms.act(authentication, id, "resolution", posted, (form, dispute, person) -> {
            LocalDate deliveredOn = form.date("deliveredOn");
            String note = form.required("note");
            Optional<String> correction = form.optional("correctionReference");
            if (form.ok()) {
                recordResolution.recordResolution(new RecordResolutionUseCase.Command(dispute.id(), deliveredOn, note,
                        correction));
            }
        });
    }

    @Post(value = "/{id}/referral", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> referral(Authentication authentication, @PathVariable String id, @Body Map<String, String> posted) {
        return forms.act(authentication, id, "referral", posted, (form, dispute, person) -> {
            String mediator = form.required("mediatorName");
            if (form.ok()) {
                referToMediation.referGrievanceToMediation(new ReferGrievanceToMediationUseCase.Command(dispute.id(),
                        forms.today(), mediator));
            }
        });
    }

    @Post(value = "/{id}/withdrawal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdrawal(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return forms.act(authentication, id, "withdrawal", posted, (form, dispute, person) -> {
            String reason = form.required("reason");
            if (form.ok()) {
                withdraw.withdrawGrievance(new WithdrawGrievanceUseCase.Command(dispute.id(), forms.today(), reason));
            }
        });
    }

    @Post(value = "/{id}/cancellation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancellation(Authentication authentication, @PathVariable String id,
            @Body Map<String, String> posted) {
        return forms.act(authentication, id, "cancellation", posted, (form, dispute, person) -> {
            String reason = form.required("reason");
            if (form.ok()) {
                cancel.cancelClaim(new CancelClaimUseCase.Command(dispute.id(), forms.today(), reason));
            }
        });
    }
}
