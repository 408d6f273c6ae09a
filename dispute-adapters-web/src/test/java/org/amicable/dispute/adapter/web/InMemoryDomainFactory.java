package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.service.DisputeServices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What the application wires in production, over the domain's in-memory ports and a fixed clock. */
@Factory
class InMemoryDomainFactory {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Singleton
    InMemoryDisputeRepository repository() {
        return new InMemoryDisputeRepository();
    }

    @Singleton
    LetterRenderer renderer() {
        return new PlainTextLetterRenderer();
    }

    @Singleton
    RecordingLetterSender sender() {
        return new RecordingLetterSender();
    }

    @Singleton
    SignInSecret signInSecret() {
        return new SignInSecret("a sign-in secret for the tests, 32+ bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Singleton
    DisputeServices services(InMemoryDisputeRepository repository, LetterRenderer renderer,
            RecordingLetterSender sender, Clock clock, RequestActor actor) {
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(
                RateTable.constant("ECB", LocalDate.of(2020, 1, 1), "2.15"),
                RateTable.constant("legal", LocalDate.of(2020, 1, 1), "3.16")));
        return new DisputeServices(repository, repository, renderer, sender, policy, clock,
                java.time.Duration.ofMinutes(5), actor);
    }

    @Singleton OpenUnpaidClaimUseCase openUnpaidClaim(DisputeServices s) { return s.openUnpaidClaim(); }
    @Singleton org.amicable.dispute.domain.port.in.ImportUnpaidClaimsUseCase importUnpaidClaims(DisputeServices s) { return s.importUnpaidClaims(); }
    @Singleton org.amicable.dispute.domain.port.in.ImportPaymentsUseCase importPayments(DisputeServices s) { return s.importPayments(); }
    @Singleton RecordPaymentUseCase recordPayment(DisputeServices s) { return s.recordPayment(); }
    @Singleton org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase recordCustomerPayment(DisputeServices s) { return s.recordCustomerPayment(); }
    @Singleton RecordPromiseUseCase recordPromise(DisputeServices s) { return s.recordPromise(); }
    @Singleton RecordPhoneCallUseCase recordPhoneCall(DisputeServices s) { return s.recordPhoneCall(); }
    @Singleton RecordCustomerAnswerUseCase recordCustomerAnswer(DisputeServices s) { return s.recordCustomerAnswer(); }
    @Singleton ConfirmMediationUseCase confirmMediation(DisputeServices s) { return s.confirmMediation(); }
    @Singleton AgreeRepaymentPlanUseCase agreeRepaymentPlan(DisputeServices s) { return s.agreeRepaymentPlan(); }
    @Singleton DeclineRepaymentPlanUseCase declineRepaymentPlan(DisputeServices s) { return s.declineRepaymentPlan(); }
    @Singleton TakeToCourtUseCase takeToCourt(DisputeServices s) { return s.takeToCourt(); }
    @Singleton WriteOffClaimUseCase writeOffClaim(DisputeServices s) { return s.writeOffClaim(); }
    @Singleton CancelClaimUseCase cancelClaim(DisputeServices s) { return s.cancelClaim(); }
    @Singleton OpenGrievanceUseCase openGrievance(DisputeServices s) { return s.openGrievance(); }
    @Singleton org.amicable.dispute.domain.policy.RepaymentPlanLimits planLimits() { return org.amicable.dispute.domain.policy.RepaymentPlanLimits.defaults(); }
    @Singleton org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase proposeRepaymentPlan(DisputeServices s, org.amicable.dispute.domain.policy.RepaymentPlanLimits limits) { return s.proposeRepaymentPlan(limits); }
    @Singleton org.amicable.dispute.domain.port.in.DeclarePaymentUseCase declarePayment(DisputeServices s) { return s.declarePayment(); }
    @Singleton org.amicable.dispute.domain.port.in.ContestClaimUseCase contestClaim(DisputeServices s) { return s.contestClaim(); }
    @Singleton org.amicable.dispute.adapter.web.page.CustomerLinkTokens customerLinks(Clock clock) {
        return new org.amicable.dispute.adapter.web.page.CustomerLinkTokens(new byte[32], java.net.URI.create("http://localhost"),
                java.time.Period.ofDays(180), clock);
    }
    @Singleton AssignManagerUseCase assignManager(DisputeServices s) { return s.assignManager(); }
    @Singleton RecordContactUseCase recordContact(DisputeServices s) { return s.recordContact(); }
    @Singleton MakeProposalUseCase makeProposal(DisputeServices s) { return s.makeProposal(); }
    @Singleton AnswerProposalUseCase answerProposal(DisputeServices s) { return s.answerProposal(); }
    @Singleton ReferGrievanceToMediationUseCase referGrievanceToMediation(DisputeServices s) { return s.referGrievanceToMediation(); }
    @Singleton RecordResolutionUseCase recordResolution(DisputeServices s) { return s.recordResolution(); }
    @Singleton WithdrawGrievanceUseCase withdrawGrievance(DisputeServices s) { return s.withdrawGrievance(); }
    @Singleton RecordLetterTrackingUseCase recordLetterTracking(DisputeServices s) { return s.recordLetterTracking(); }
    @Singleton RecordAcknowledgmentUseCase recordAcknowledgment(DisputeServices s) { return s.recordAcknowledgment(); }
    @Singleton DispatchLettersUseCase dispatchLetters(DisputeServices s) { return s.dispatchLetters(); }
    @Singleton org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase recordLetterReturn(DisputeServices s) { return s.recordLetterReturn(); }
    @Singleton org.amicable.dispute.domain.port.in.AttachScanUseCase attachScan(DisputeServices s) { return s.attachScan(); }
    @Singleton org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase correctContactDetails(DisputeServices s) { return s.correctContactDetails(); }
    @Singleton org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase escalationRuns(DisputeServices s) { return s.listEscalationRuns(); }
    @Singleton org.amicable.dispute.domain.port.in.ApproveLetterUseCase approveLetter(DisputeServices s) { return s.approveLetter(); }
    @Singleton org.amicable.dispute.domain.port.in.HoldLetterUseCase holdLetter(DisputeServices s) { return s.holdLetter(); }
    @Singleton org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase lettersAwaitingReview(DisputeServices s) { return s.listLettersAwaitingReview(); }
    @Singleton RunEscalationUseCase runEscalation(DisputeServices s) { return s.runEscalation(); }
    @Singleton PreviewEscalationUseCase previewEscalation(DisputeServices s) { return s.previewEscalation(); }
    @Singleton ViewDisputesUseCase viewDisputes(DisputeServices s) { return s.viewDisputes(); }
    @Singleton org.amicable.dispute.domain.port.in.ViewReportsUseCase viewReports(InMemoryDisputeRepository repository) {
        return DisputeServices.viewReports(repository);
    }

    @Singleton org.amicable.dispute.domain.port.in.ListTasksUseCase listTasks(InMemoryDisputeRepository repository) {
        return DisputeServices.listTasks(repository);
    }
    @Singleton org.amicable.dispute.domain.port.in.PreviewLetterUseCase previewLetter(Clock clock) {
        return DisputeServices.previewLetter(new PlainTextLetterRenderer(), clock);
    }
}
