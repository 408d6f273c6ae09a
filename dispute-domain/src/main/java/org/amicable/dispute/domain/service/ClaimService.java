package org.amicable.dispute.domain.service;

import java.time.LocalDate;
import java.time.Period;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DeclarePaymentUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;

/** The use cases of the unpaid-claim track. */
final class ClaimService implements OpenUnpaidClaimUseCase, RecordPaymentUseCase, RecordPromiseUseCase,
        RecordPhoneCallUseCase, RecordCustomerAnswerUseCase, ConfirmMediationUseCase, AgreeRepaymentPlanUseCase,
        TakeToCourtUseCase, WriteOffClaimUseCase, CancelClaimUseCase, DeclarePaymentUseCase,
        DeclineRepaymentPlanUseCase {

    /** Older than every limitation period of a claim (two years toward a consumer, five between businesses). */
    private static final Period OLDEST_INVOICE = Period.ofYears(10);

    private final Disputes disputes;

    ClaimService(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public DisputeView openUnpaidClaim(OpenUnpaidClaimUseCase.Command command) {
        requireAcceptable(command.invoice());
        disputes.requireNoneOpenAbout(DisputeSubject.claim(command.customer().reference(), command.invoice().number()));
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(disputes.clock()), command.customer(), command.invoice(),
                disputes.actor(), disputes.clock());
        disputes.save(claim);
        return disputes.view(claim);
    }

    /** The dates an invoice must have to be claimed, whether one by one or imported. */
    void requireAcceptable(Invoice invoice) {
        LocalDate issued = invoice.issueDate();
        if (issued.isAfter(disputes.today())) {
            throw new InvalidCommandException("invoice.issueDate", "is in the future (" + issued + ")");
        }
        if (issued.isBefore(disputes.today().minus(OLDEST_INVOICE))) {
            throw new InvalidCommandException("invoice.issueDate",
                    "is more than ten years ago, beyond every limitation period of a claim");
        }
        disputes.requireWithinHorizon(invoice.dueDate(), "invoice.dueDate");
    }

    @Override
    public DisputeView recordPayment(RecordPaymentUseCase.Command command) {
        return disputes.changeClaim(command, "record a payment", claim -> claim.recordPayment(command.receivedOn(),
                command.amount(), command.reference(), disputes.policy(), disputes.clock()));
    }

    @Override
    public DisputeView recordPromise(RecordPromiseUseCase.Command command) {
        disputes.requireWithinHorizon(command.promisedFor(), "promisedFor");
        return disputes.changeClaim(command, "record a promise to pay", claim -> claim.recordPromise(command.on(),
                command.promisedFor(), command.amount(), disputes.clock()));
    }

    @Override
    public DisputeView recordPhoneCall(RecordPhoneCallUseCase.Command command) {
        command.promisedFor().ifPresent(date -> disputes.requireWithinHorizon(date, "promisedFor"));
        return disputes.changeClaim(command, "record a phone call", claim -> claim.recordPhoneCall(command.on(),
                command.outcome(), command.promisedFor(), command.note(), disputes.clock()));
    }

    @Override
    public DisputeView recordCustomerAnswer(RecordCustomerAnswerUseCase.Command command) {
        return disputes.changeClaim(command, "record an answer", claim -> claim.recordAnswer(command.on(),
                command.summary(), disputes.clock()));
    }

    @Override
    public DisputeView declarePayment(DeclarePaymentUseCase.Command command) {
        return disputes.changeClaim(command, "say the invoice is paid", claim -> claim.declarePayment(disputes.today(),
                command.paidOn(), command.reference(), disputes.clock()));
    }

    @Override
    public DisputeView confirmMediation(ConfirmMediationUseCase.Command command) {
        return disputes.changeClaim(command, "confirm mediation", claim -> claim.confirmMediation(command.on(),
                command.mediatorKind(), command.mediatorName(), command.fee(), command.confirmedBy(),
                disputes.policy(), disputes.clock()));
    }

    @Override
    public DisputeView agreeRepaymentPlan(AgreeRepaymentPlanUseCase.Command command) {
        for (int i = 0; i < command.instalments().size(); i++) {
            disputes.requireWithinHorizon(command.instalments().get(i).dueDate(), "instalments[" + i + "].dueDate");
        }
        return disputes.changeClaim(command, "agree a repayment plan", claim -> claim.agreeRepaymentPlan(command.on(),
                command.instalments(), disputes.policy(), disputes.clock()));
    }

    @Override
    public DisputeView declineRepaymentPlan(DeclineRepaymentPlanUseCase.Command command) {
        return disputes.changeClaim(command, "decline the proposed repayment plan", claim -> claim.declineRepaymentPlan(
                command.on(), command.reason(), disputes.clock()));
    }

    @Override
    public DisputeView takeToCourt(TakeToCourtUseCase.Command command) {
        return disputes.changeClaim(command, "take the case to court", claim -> claim.takeToCourt(command.on(),
                command.initiator(), command.reason(), disputes.policy(), disputes.clock()));
    }

    @Override
    public DisputeView writeOffClaim(WriteOffClaimUseCase.Command command) {
        return disputes.changeClaim(command, "write the claim off", claim -> claim.writeOff(command.on(),
                command.reason(), disputes.clock()));
    }

    @Override
    public DisputeView cancelClaim(CancelClaimUseCase.Command command) {
        return disputes.changeClaim(command, "cancel the claim", claim -> claim.cancel(command.on(), command.reason(),
                disputes.clock()));
    }
}
