package org.amicable.dispute.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.ReviewPolicy;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.ImportUnpaidClaimsUseCase;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.in.ErasePersonalDataUseCase;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.ContestClaimUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.DeclarePaymentUseCase;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.port.out.EscalationRuns;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.ReportFigures;
import org.amicable.dispute.domain.port.out.TaskList;
import org.amicable.dispute.domain.service.DisputeServices;

/**
 * Wires the domain's use cases over the storage and mail adapters. A use case that changes disputes
 * runs in one database transaction, so that its entries and the letters it decides are committed
 * together (the outbox): Micronaut's transaction advice, declared on the factory method, wraps the bean
 * it returns and rolls back when the use case throws. The escalation and the dispatcher are left
 * outside: the escalation commits chunk by chunk, and the dispatcher must never hold a transaction
 * while it talks to a mail server.
 */
@Factory
final class DomainFactory {

    @Singleton
    DisputeServices disputeServices(DisputeRepository repository, LetterOutbox outbox, LetterRenderer renderer,
            LetterSender sender, EscalationPolicy policy, Clock clock,
            @Value("${amicable.dispatch.lease:5m}") Duration letterLease, CurrentActor actor, DossierRenderer dossiers,
            ReviewPolicy review, EscalationRuns runs) {
        return new DisputeServices(repository, outbox, renderer, sender, policy, clock, letterLease, actor, dossiers,
                review, runs);
    }

    @Singleton
    ListEscalationRunsUseCase escalationRuns(DisputeServices services) {
        return services.listEscalationRuns();
    }

    /** The letters named and those of its group are decided in one transaction. */
    @Singleton
    @Transactional
    ApproveLetterUseCase approveLetter(DisputeServices services) {
        return services.approveLetter();
    }

    @Singleton
    @Transactional
    HoldLetterUseCase holdLetter(DisputeServices services) {
        return services.holdLetter();
    }

    @Singleton
    ListLettersAwaitingReviewUseCase lettersAwaitingReview(DisputeServices services) {
        return services.listLettersAwaitingReview();
    }

    @Singleton
    @Transactional
    OpenUnpaidClaimUseCase openUnpaidClaim(DisputeServices services) {
        return services.openUnpaidClaim();
    }

    /** Each call imports one chunk of rows in one transaction. */
    @Singleton
    @Transactional
    ImportUnpaidClaimsUseCase importUnpaidClaims(DisputeServices services) {
        return services.importUnpaidClaims();
    }

    @Singleton
    @Transactional
    ImportPaymentsUseCase importPayments(DisputeServices services) {
        return services.importPayments();
    }

    /** The customer's own plan, judged against the limits the company accepts on the spot. */
    @Singleton
    @Transactional
    ProposeRepaymentPlanUseCase proposeRepaymentPlan(DisputeServices services, RepaymentPlanLimits limits) {
        return services.proposeRepaymentPlan(limits);
    }

    @Singleton
    @Transactional
    DeclarePaymentUseCase declarePayment(DisputeServices services) {
        return services.declarePayment();
    }

    /** The grievance, its documents and the hold of the claim's chase are committed together. */
    @Singleton
    @Transactional
    ContestClaimUseCase contestClaim(DisputeServices services) {
        return services.contestClaim();
    }

    @Singleton
    @Transactional
    OpenGrievanceUseCase openGrievance(DisputeServices services) {
        return services.openGrievance();
    }

    @Singleton
    @Transactional
    RecordPaymentUseCase recordPayment(DisputeServices services) {
        return services.recordPayment();
    }

    /** The parts of a customer's payment are recorded together, or none. */
    @Singleton
    @Transactional
    RecordCustomerPaymentUseCase recordCustomerPayment(DisputeServices services) {
        return services.recordCustomerPayment();
    }

    @Singleton
    @Transactional
    RecordPromiseUseCase recordPromise(DisputeServices services) {
        return services.recordPromise();
    }

    @Singleton
    @Transactional
    RecordPhoneCallUseCase recordPhoneCall(DisputeServices services) {
        return services.recordPhoneCall();
    }

    @Singleton
    @Transactional
    RecordCustomerAnswerUseCase recordCustomerAnswer(DisputeServices services) {
        return services.recordCustomerAnswer();
    }

    @Singleton
    @Transactional
    ConfirmMediationUseCase confirmMediation(DisputeServices services) {
        return services.confirmMediation();
    }

    @Singleton
    @Transactional
    AgreeRepaymentPlanUseCase agreeRepaymentPlan(DisputeServices services) {
        return services.agreeRepaymentPlan();
    }

    @Singleton
    @Transactional
    DeclineRepaymentPlanUseCase declineRepaymentPlan(DisputeServices services) {
        return services.declineRepaymentPlan();
    }

    @Singleton
    @Transactional
    TakeToCourtUseCase takeToCourt(DisputeServices services) {
        return services.takeToCourt();
    }

    @Singleton
    @Transactional
    WriteOffClaimUseCase writeOffClaim(DisputeServices services) {
        return services.writeOffClaim();
    }

    @Singleton
    @Transactional
    CancelClaimUseCase cancelClaim(DisputeServices services) {
        return services.cancelClaim();
    }

    @Singleton
    @Transactional
    AssignManagerUseCase assignManager(DisputeServices services) {
        return services.assignManager();
    }

    @Singleton
    @Transactional
    RecordContactUseCase recordContact(DisputeServices services) {
        return services.recordContact();
    }

    @Singleton
    @Transactional
    MakeProposalUseCase makeProposal(DisputeServices services) {
        return services.makeProposal();
    }

    @Singleton
    @Transactional
    AnswerProposalUseCase answerProposal(DisputeServices services) {
        return services.answerProposal();
    }

    @Singleton
    @Transactional
    ReferGrievanceToMediationUseCase referGrievanceToMediation(DisputeServices services) {
        return services.referGrievanceToMediation();
    }

    @Singleton
    @Transactional
    RecordResolutionUseCase recordResolution(DisputeServices services) {
        return services.recordResolution();
    }

    @Singleton
    @Transactional
    WithdrawGrievanceUseCase withdrawGrievance(DisputeServices services) {
        return services.withdrawGrievance();
    }

    @Singleton
    @Transactional
    RecordLetterTrackingUseCase recordLetterTracking(DisputeServices services) {
        return services.recordLetterTracking();
    }

    @Singleton
    @Transactional
    RecordAcknowledgmentUseCase recordAcknowledgment(DisputeServices services) {
        return services.recordAcknowledgment();
    }

    @Singleton
    @Transactional
    RecordLetterReturnUseCase recordLetterReturn(DisputeServices services) {
        return services.recordLetterReturn();
    }

    @Singleton
    @Transactional
    AttachScanUseCase attachScan(DisputeServices services) {
        return services.attachScan();
    }

    @Singleton
    @Transactional
    CorrectContactDetailsUseCase correctContactDetails(DisputeServices services) {
        return services.correctContactDetails();
    }

    /** Typed as what it is: a graceful-shutdown participant, and what the metrics read the last run from. */
    @Singleton
    MeteredEscalation runEscalation(DisputeServices services, BeanProvider<MeterRegistry> metrics, Clock clock) {
        return new MeteredEscalation(services.runEscalation(), metrics, clock);
    }

    @Singleton
    PreviewLetterUseCase previewLetter(LetterPreview preview, Clock clock) {
        return DisputeServices.previewLetter(preview, clock);
    }

    @Singleton
    PreviewEscalationUseCase previewEscalation(DisputeServices services) {
        return services.previewEscalation();
    }

    @Singleton
    DispatchLettersUseCase dispatchLetters(DisputeServices services, BeanProvider<MeterRegistry> metrics) {
        return new MeteredDispatch(services.dispatchLetters(), metrics);
    }

    @Singleton
    ErasePersonalDataUseCase erasePersonalData(DisputeServices services) {
        // Each dispute is erased in a transaction of its own (the storage's), so that a run can stop anywhere.
        return services.erasePersonalData();
    }

    @Singleton
    ViewDisputesUseCase viewDisputes(DisputeServices services) {
        return services.viewDisputes();
    }

    /** Sums the report rows each save of a dispute keeps beside it. */
    @Singleton
    ViewReportsUseCase viewReports(ReportFigures figures) {
        return DisputeServices.viewReports(figures);
    }

    /** Reads the tasks each save of a dispute keeps beside it. */
    @Singleton
    ListTasksUseCase listTasks(TaskList tasks) {
        return DisputeServices.listTasks(tasks);
    }
}
