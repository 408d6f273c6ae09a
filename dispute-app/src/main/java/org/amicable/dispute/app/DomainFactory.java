package org.amicable.dispute.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
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
 * together (the outbox). The escalation and the dispatcher are left outside: they commit dispute by
 * dispute, and the dispatcher must never hold a transaction while it talks to a mail server.
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
    ApproveLetterUseCase approveLetter(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(ApproveLetterUseCase.class, services.approveLetter(), tx);
    }

    @Singleton
    HoldLetterUseCase holdLetter(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(HoldLetterUseCase.class, services.holdLetter(), tx);
    }

    @Singleton
    ListLettersAwaitingReviewUseCase lettersAwaitingReview(DisputeServices services) {
        return services.listLettersAwaitingReview();
    }

    @Singleton
    OpenUnpaidClaimUseCase openUnpaidClaim(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(OpenUnpaidClaimUseCase.class, services.openUnpaidClaim(), tx);
    }

    /** Each call imports one chunk of rows in one transaction. */
    @Singleton
    ImportUnpaidClaimsUseCase importUnpaidClaims(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(ImportUnpaidClaimsUseCase.class, services.importUnpaidClaims(), tx);
    }

    @Singleton
    ImportPaymentsUseCase importPayments(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(ImportPaymentsUseCase.class, services.importPayments(), tx);
    }

    /** The customer's own plan, judged against the limits the company accepts on the spot. */
    @Singleton
    ProposeRepaymentPlanUseCase proposeRepaymentPlan(DisputeServices services, RepaymentPlanLimits limits,
            TransactionOperations<Connection> tx) {
        return transactional(ProposeRepaymentPlanUseCase.class, services.proposeRepaymentPlan(limits), tx);
    }

    @Singleton
    DeclarePaymentUseCase declarePayment(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(DeclarePaymentUseCase.class, services.declarePayment(), tx);
    }

    /** The grievance, its documents and the hold of the claim's chase are committed together. */
    @Singleton
    ContestClaimUseCase contestClaim(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(ContestClaimUseCase.class, services.contestClaim(), tx);
    }

    @Singleton
    OpenGrievanceUseCase openGrievance(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(OpenGrievanceUseCase.class, services.openGrievance(), tx);
    }

    @Singleton
    RecordPaymentUseCase recordPayment(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordPaymentUseCase.class, services.recordPayment(), tx);
    }

    /** The parts of a customer's payment are recorded together, or none. */
    @Singleton
    RecordCustomerPaymentUseCase recordCustomerPayment(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordCustomerPaymentUseCase.class, services.recordCustomerPayment(), tx);
    }

    @Singleton
    RecordPromiseUseCase recordPromise(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordPromiseUseCase.class, services.recordPromise(), tx);
    }

    @Singleton
    RecordPhoneCallUseCase recordPhoneCall(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordPhoneCallUseCase.class, services.recordPhoneCall(), tx);
    }

    @Singleton
    RecordCustomerAnswerUseCase recordCustomerAnswer(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordCustomerAnswerUseCase.class, services.recordCustomerAnswer(), tx);
    }

    @Singleton
    ConfirmMediationUseCase confirmMediation(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(ConfirmMediationUseCase.class, services.confirmMediation(), tx);
    }

    @Singleton
    AgreeRepaymentPlanUseCase agreeRepaymentPlan(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(AgreeRepaymentPlanUseCase.class, services.agreeRepaymentPlan(), tx);
    }

    @Singleton
    DeclineRepaymentPlanUseCase declineRepaymentPlan(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(DeclineRepaymentPlanUseCase.class, services.declineRepaymentPlan(), tx);
    }

    @Singleton
    TakeToCourtUseCase takeToCourt(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(TakeToCourtUseCase.class, services.takeToCourt(), tx);
    }

    @Singleton
    WriteOffClaimUseCase writeOffClaim(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(WriteOffClaimUseCase.class, services.writeOffClaim(), tx);
    }

    @Singleton
    CancelClaimUseCase cancelClaim(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(CancelClaimUseCase.class, services.cancelClaim(), tx);
    }

    @Singleton
    AssignManagerUseCase assignManager(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(AssignManagerUseCase.class, services.assignManager(), tx);
    }

    @Singleton
    RecordContactUseCase recordContact(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordContactUseCase.class, services.recordContact(), tx);
    }

    @Singleton
    MakeProposalUseCase makeProposal(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(MakeProposalUseCase.class, services.makeProposal(), tx);
    }

    @Singleton
    AnswerProposalUseCase answerProposal(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(AnswerProposalUseCase.class, services.answerProposal(), tx);
    }

    @Singleton
    ReferGrievanceToMediationUseCase referGrievanceToMediation(DisputeServices services,
            TransactionOperations<Connection> tx) {
        return transactional(ReferGrievanceToMediationUseCase.class, services.referGrievanceToMediation(), tx);
    }

    @Singleton
    RecordResolutionUseCase recordResolution(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordResolutionUseCase.class, services.recordResolution(), tx);
    }

    @Singleton
    WithdrawGrievanceUseCase withdrawGrievance(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(WithdrawGrievanceUseCase.class, services.withdrawGrievance(), tx);
    }

    @Singleton
    RecordLetterTrackingUseCase recordLetterTracking(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordLetterTrackingUseCase.class, services.recordLetterTracking(), tx);
    }

    @Singleton
    RecordAcknowledgmentUseCase recordAcknowledgment(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordAcknowledgmentUseCase.class, services.recordAcknowledgment(), tx);
    }

    @Singleton
    RecordLetterReturnUseCase recordLetterReturn(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(RecordLetterReturnUseCase.class, services.recordLetterReturn(), tx);
    }

    @Singleton
    AttachScanUseCase attachScan(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(AttachScanUseCase.class, services.attachScan(), tx);
    }

    @Singleton
    CorrectContactDetailsUseCase correctContactDetails(DisputeServices services, TransactionOperations<Connection> tx) {
        return transactional(CorrectContactDetailsUseCase.class, services.correctContactDetails(), tx);
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

    /** The use case, each call of which runs in one write transaction, rolled back by any exception. */
    static <T> T transactional(Class<T> useCase, T target, TransactionOperations<Connection> transactions) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, arguments);
            }
            try {
                return transactions.executeWrite(status -> method.invoke(target, arguments));
            } catch (Exception e) {
                // The transaction manager rethrows the reflective call's InvocationTargetException as it is,
                // checked though it is: what the use case threw is its cause.
                throw unwrap(e);
            }
        };
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase}, handler));
    }

    private static Throwable unwrap(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvocationTargetException invocation) {
                return invocation.getCause();
            }
        }
        return e;
    }
}
