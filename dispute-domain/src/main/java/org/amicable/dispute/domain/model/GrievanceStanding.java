package org.amicable.dispute.domain.model;

import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;

/**
 * Where a grievance stands, as its events add up: its state, what the customer complained of, the
 * first contact, the proposals round after round and the one agreed, the claim it holds. It applies
 * every event of the grievance's track; the grievance decides what to record.
 */
final class GrievanceStanding {

    private final Grievance grievance;
    private GrievanceState state;
    private GrievanceCause cause;
    private String description;
    private Optional<Invoice> invoice = Optional.empty();
    private Optional<String> correctionReference = Optional.empty();
    private LocalDate complaintDate;
    private LocalDate firstContactDeadline;
    private boolean contacted;
    private boolean firstContactEscalated;
    private final List<SettlementProposal> proposals = new ArrayList<>();
    private Optional<SettlementProposal> pending = Optional.empty();
    private GrievanceState negotiatingIn = GrievanceState.IN_NEGOTIATION;
    private Optional<SettlementProposal> agreed = Optional.empty();
    private Optional<DisputeId> heldClaim = Optional.empty();
    private Optional<String> mediator = Optional.empty();

    GrievanceStanding(Grievance grievance) {
        this.grievance = grievance;
    }

    GrievanceState state() {
        return state;
    }

    GrievanceCause cause() {
        return cause;
    }

    String description() {
        return description;
    }

    Optional<Invoice> invoice() {
        return invoice;
    }

    Optional<String> correctionReference() {
        return correctionReference;
    }

    LocalDate complaintDate() {
        return complaintDate;
    }

    LocalDate firstContactDeadline() {
        return firstContactDeadline;
    }

    boolean contacted() {
        return contacted;
    }

    List<SettlementProposal> proposals() {
        return List.copyOf(proposals);
    }

    Optional<SettlementProposal> pending() {
        return pending;
    }

    Optional<SettlementProposal> agreed() {
        return agreed;
    }

    Optional<DisputeId> heldClaim() {
        return heldClaim;
    }

    Optional<String> mediator() {
        return mediator;
    }

    /** What is owed on the invoice once the grievance is resolved, where the agreement changes it. */
    Optional<Money> correctedAmount() {
        if (state != GrievanceState.RESOLVED_ON_TIME && state != GrievanceState.RESOLVED_LATE) {
            return Optional.empty();
        }
        return agreed.flatMap(proposal -> invoice.flatMap(inv -> proposal.amount().map(amount -> switch (proposal.remedy()) {
            case INVOICE_CORRECTION -> amount;
            case CREDIT_NOTE, DISCOUNT, REFUND -> inv.amount().minus(amount).max(Money.zero(amount.currency()));
            case REPLACEMENT, REPAIR, OTHER -> inv.amount();
        })));
    }

    /** What the grievance's schedule needs to know of it. */
    GrievanceFacts facts() {
        return new GrievanceFacts(state, firstContactDeadline, contacted, firstContactEscalated, pending, agreed);
    }

    /** What comes next on the grievance, and by when, while it is open. */
    Optional<NextStep> nextStep() {
        return Optional.ofNullable(switch (state) {
            case RECEIVED -> NextStep.on(NextStep.Kind.ASSIGN_MANAGER, firstContactDeadline);
            case IN_NEGOTIATION -> contacted ? NextStep.of(NextStep.Kind.MAKE_PROPOSAL)
                    : NextStep.on(NextStep.Kind.MAKE_FIRST_CONTACT, firstContactDeadline);
            case PROPOSAL_PENDING -> NextStep.on(NextStep.Kind.CUSTOMER_ANSWERS, pending.orElseThrow().answerBy());
            case AGREED -> NextStep.on(NextStep.Kind.DELIVER_REMEDY, agreed.orElseThrow().resolveBy());
            case OVERDUE -> NextStep.of(NextStep.Kind.DELIVER_OVERDUE_REMEDY);
            case IN_MEDIATION -> NextStep.of(NextStep.Kind.MEDIATOR_OUTCOME);
            case RESOLVED_ON_TIME, RESOLVED_LATE, WITHDRAWN -> null; // closed: nothing comes next
        });
    }

    void apply(DisputeEvent.GrievanceEvent event) {
        EVENTS.apply(this, event);
    }

    /** What each event of the grievance's track changes in where it stands. */
    static final EventHandlers<GrievanceStanding, DisputeEvent.GrievanceEvent> EVENTS =
            EventHandlers.<GrievanceStanding, DisputeEvent.GrievanceEvent>of(DisputeEvent.GrievanceEvent.class)
                    .on(GrievanceOpened.class, GrievanceStanding::opened)
                    .on(ContactRecorded.class, (standing, contact) -> standing.contacted = true)
                    .on(FirstContactOverdue.class, (standing, overdue) -> standing.firstContactEscalated = true)
                    .on(ProposalMade.class, GrievanceStanding::proposalMade)
                    .on(ProposalAccepted.class, (standing, accepted) -> {
                        standing.agreed = standing.pending;
                        standing.pending = Optional.empty();
                        standing.state = GrievanceState.AGREED;
                    })
                    .on(ProposalRejected.class, (standing, rejected) -> standing.proposalAnswered())
                    .on(ProposalLapsed.class, (standing, lapsed) -> standing.proposalAnswered())
                    .on(RemedyOverdue.class, (standing, overdue) -> standing.state = GrievanceState.OVERDUE)
                    .on(GrievanceReferredToMediation.class, (standing, referred) -> {
                        standing.mediator = Optional.of(referred.mediatorName());
                        standing.state = GrievanceState.IN_MEDIATION;
                    })
                    .on(GrievanceResolved.class, (standing, resolved) -> {
                        standing.state = resolved.onTime() ? GrievanceState.RESOLVED_ON_TIME
                                : GrievanceState.RESOLVED_LATE;
                        standing.correctionReference = resolved.correctionReference();
                    })
                    .on(GrievanceWithdrawn.class, (standing, withdrawn) -> standing.state = GrievanceState.WITHDRAWN)
                    .build();

    private void opened(GrievanceOpened opened) {
        grievance.opened(opened.customer(), opened.on());
        state = GrievanceState.RECEIVED;
        cause = opened.cause();
        description = opened.description();
        invoice = opened.invoice();
        complaintDate = opened.complaintDate();
        firstContactDeadline = opened.firstContactDeadline();
        heldClaim = opened.heldClaim();
    }

    private void proposalMade(ProposalMade made) {
        contacted = true;
        proposals.add(made.proposal());
        pending = Optional.of(made.proposal());
        negotiatingIn = state == GrievanceState.IN_MEDIATION ? GrievanceState.IN_MEDIATION
                : GrievanceState.IN_NEGOTIATION;
        state = GrievanceState.PROPOSAL_PENDING;
    }

    /** The customer rejected the pending proposal, or let it lapse: the negotiation goes on where it was. */
    private void proposalAnswered() {
        pending = Optional.empty();
        state = negotiatingIn;
    }

    /** A manager is assigned: the negotiation starts. */
    void managerAssigned() {
        if (state == GrievanceState.RECEIVED) {
            state = GrievanceState.IN_NEGOTIATION;
        }
    }

    // ---- as a snapshot keeps it ----

    Map<String, Object> stored() {
        return StoredFields.fields("state", state.name(), "cause", StoredCodes.GRIEVANCE_CAUSE.code(cause),
                "description", description, "invoice", invoice.map(StoredValues::invoice).orElse(null),
                "correctionReference", correctionReference.orElse(null),
                "complaintDate", StoredValues.date(complaintDate),
                "firstContactDeadline", StoredValues.date(firstContactDeadline), "contacted", contacted,
                "firstContactEscalated", firstContactEscalated,
                "proposals", proposals.stream().map(StoredValues::proposal).toList(),
                "pending", pending.map(StoredValues::proposal).orElse(null), "negotiatingIn", negotiatingIn.name(),
                "agreed", agreed.map(StoredValues::proposal).orElse(null),
                "heldClaim", heldClaim.map(DisputeId::toString).orElse(null), "mediator", mediator.orElse(null));
    }

    void restore(StoredFields f) {
        state = GrievanceState.valueOf(f.string("state"));
        cause = f.code("cause", StoredCodes.GRIEVANCE_CAUSE);
        description = f.string("description");
        invoice = f.optionalObject("invoice", StoredValues::invoice);
        correctionReference = f.optionalString("correctionReference");
        complaintDate = f.date("complaintDate");
        firstContactDeadline = f.date("firstContactDeadline");
        contacted = f.bool("contacted");
        firstContactEscalated = f.bool("firstContactEscalated");
        proposals.addAll(f.objects("proposals", StoredValues::proposal));
        pending = f.optionalObject("pending", StoredValues::proposal);
        negotiatingIn = GrievanceState.valueOf(f.string("negotiatingIn"));
        agreed = f.optionalObject("agreed", StoredValues::proposal);
        heldClaim = f.optionalUuid("heldClaim").map(DisputeId::new);
        mediator = f.optionalString("mediator");
    }
}
