package org.amicable.dispute.domain.service;

import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.Grievance;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.ContestClaimUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * The use cases of the grievance track, and its link with the unpaid-claim track: an invoice-error
 * grievance holds the chase of its invoice, which resumes when the grievance ends.
 */
final class GrievanceService implements OpenGrievanceUseCase, ContestClaimUseCase, AssignManagerUseCase, RecordContactUseCase,
        MakeProposalUseCase, AnswerProposalUseCase, ReferGrievanceToMediationUseCase, RecordResolutionUseCase,
        WithdrawGrievanceUseCase {

    private final Disputes disputes;

    GrievanceService(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public DisputeView openGrievance(OpenGrievanceUseCase.Command command) {
        command.invoice().ifPresent(invoice -> disputes.requireNoneOpenAbout(
                DisputeSubject.grievance(command.customer().reference(), invoice.number(), command.cause())));
        DisputeId id = DisputeId.next(disputes.clock());
        Optional<UnpaidClaim> chased = command.cause() == GrievanceCause.INVOICE_ERROR
                ? command.invoice().flatMap(invoice -> chaseOf(command.customer().reference(), invoice))
                : Optional.empty();
        Grievance grievance = Grievance.open(id, command.customer(), command.cause(), command.description(),
                command.invoice(), command.complaintDate(), chased.map(Dispute::id), disputes.policy(),
                disputes.actor(), disputes.clock());
        chased.ifPresent(claim -> {
            disputes.actor().ifPresent(claim::actingAs);
            claim.holdForGrievance(id, disputes.today(), disputes.clock());
        });
        disputes.save(grievance);
        chased.ifPresent(disputes::save);
        return disputes.view(grievance);
    }

    @Override
    public DisputeView contestClaim(ContestClaimUseCase.Command command) {
        Dispute contested = disputes.load(command.claimId());
        if (!(contested instanceof UnpaidClaim claim)) {
            throw new TransitionNotAllowedException(contested.id(), contested.state().name(), "contest the claim",
                    "the dispute is a grievance, not an unpaid claim");
        }
        if (claim.isClosed()) {
            throw new TransitionNotAllowedException(claim.id(), claim.state().name(), "contest the claim",
                    "the claim is closed");
        }
        if (command.attachments().size() > ContestClaimUseCase.Command.MAX_ATTACHMENTS) {
            throw new InvalidCommandException("attachments", "at most " + ContestClaimUseCase.Command.MAX_ATTACHMENTS
                    + " documents, not " + command.attachments().size());
        }
        Invoice invoice = claim.invoice().orElseThrow();
        disputes.requireNoneOpenAbout(DisputeSubject.grievance(claim.customer().reference(), invoice.number(),
                command.cause()));
        DisputeId id = DisputeId.next(disputes.clock());
        Optional<UnpaidClaim> held = claim.heldByGrievance().isEmpty() ? Optional.of(claim) : Optional.empty();
        Grievance grievance = Grievance.open(id, claim.customer(), command.cause(), command.explanation(),
                Optional.of(invoice), disputes.today(), held.map(Dispute::id), disputes.policy(), disputes.actor(),
                disputes.clock());
        for (int i = 0; i < command.attachments().size(); i++) {
            ContestClaimUseCase.Attachment attachment = command.attachments().get(i);
            grievance.receiveDocument(attachment.name(), attachment.content(), "attachments[" + i + "]",
                    disputes.clock());
        }
        held.ifPresent(chase -> {
            disputes.actor().ifPresent(chase::actingAs);
            chase.holdForGrievance(id, disputes.today(), disputes.clock());
        });
        disputes.save(grievance);
        held.ifPresent(disputes::save);
        return disputes.view(grievance);
    }

    private Optional<UnpaidClaim> chaseOf(String customerReference, Invoice invoice) {
        return disputes.repository().search(DisputeQuery.openAbout(customerReference, invoice.number())).stream()
                .filter(summary -> summary.track() == Track.UNPAID_CLAIM)
                .map(DisputeSummary::id)
                .map(disputes::load)
                .map(UnpaidClaim.class::cast)
                .filter(claim -> !claim.isClosed() && claim.heldByGrievance().isEmpty())
                .findFirst();
    }

    @Override
    public DisputeView assignManager(AssignManagerUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.assignManager(command.manager(), disputes.clock()));
    }

    @Override
    public DisputeView recordContact(RecordContactUseCase.Command command) {
        return disputes.changeGrievance(command, "record a contact",
                grievance -> grievance.recordContact(command.on(), command.note(), disputes.clock()));
    }

    @Override
    public DisputeView makeProposal(MakeProposalUseCase.Command command) {
        disputes.requireWithinHorizon(command.answerBy(), "answerBy");
        disputes.requireWithinHorizon(command.resolveBy(), "resolveBy");
        return disputes.changeGrievance(command, "make a proposal", grievance -> grievance.propose(command.remedy(),
                command.amount(), command.answerBy(), command.resolveBy(), command.terms(), disputes.clock()));
    }

    @Override
    public DisputeView answerProposal(AnswerProposalUseCase.Command command) {
        return disputes.changeGrievance(command, command.accepted() ? "accept a proposal" : "reject a proposal",
                grievance -> {
                    if (command.accepted()) {
                        grievance.accept(command.on(), disputes.clock());
                    } else {
                        grievance.reject(command.on(), Disputes.required(command.reason(), "reason"), disputes.clock());
                    }
                });
    }

    @Override
    public DisputeView referGrievanceToMediation(ReferGrievanceToMediationUseCase.Command command) {
        return disputes.changeGrievance(command, "refer to mediation", grievance -> grievance.referToMediation(
                command.on(), command.mediatorName(), disputes.policy(), disputes.clock()));
    }

    @Override
    public DisputeView recordResolution(RecordResolutionUseCase.Command command) {
        DisputeView view = disputes.changeGrievance(command, "record the resolution",
                grievance -> grievance.resolve(command.deliveredOn(), command.note(), command.correctionReference(),
                        disputes.clock()));
        resumeHeldChase(command.disputeId());
        return view;
    }

    @Override
    public DisputeView withdrawGrievance(WithdrawGrievanceUseCase.Command command) {
        DisputeView view = disputes.changeGrievance(command, "withdraw the grievance",
                grievance -> grievance.withdraw(command.on(), command.reason(), disputes.clock()));
        resumeHeldChase(command.disputeId());
        return view;
    }

    /** The grievance ended: the chase it held resumes on the corrected amount, or ends if nothing is owed. */
    private void resumeHeldChase(DisputeId grievanceId) {
        Grievance grievance = (Grievance) disputes.load(grievanceId);
        grievance.heldClaim().map(disputes::load).map(UnpaidClaim.class::cast)
                .filter(claim -> claim.heldByGrievance().filter(grievanceId::equals).isPresent())
                .ifPresent(claim -> {
                    claim.resumeAfterGrievance(grievanceId, grievance.correctedInvoiceAmount(),
                            grievance.correctionReference(), disputes.today(), disputes.policy(), disputes.clock());
                    disputes.save(claim);
                });
    }
}
