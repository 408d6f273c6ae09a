package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredFields.later;
import static org.amicable.dispute.domain.model.StoredValues.date;
import static org.amicable.dispute.domain.model.StoredValues.proposal;

import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.DocumentReceived;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.ManagerAssigned;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;

/** How the events of a grievance are stored: its handling, proposals, resolution or withdrawal. */
final class GrievanceEventCodecs {

    private GrievanceEventCodecs() {
    }

    static void registerIn(EventRegistry registry) {
        registry.register("manager-assigned", 1, ManagerAssigned.class, e -> fields("on", date(e.on()), "manager", e.manager()),
                f -> new ManagerAssigned(f.date("on"), f.string("manager")));
        registry.register("contact-recorded", 1, ContactRecorded.class, e -> fields("on", date(e.on()), "note", e.note()),
                f -> new ContactRecorded(f.date("on"), f.string("note")));
        registry.register("first-contact-overdue", 1, FirstContactOverdue.class, e -> fields(
                "on", date(e.on()), "deadline", date(e.deadline())),
                f -> new FirstContactOverdue(f.date("on"), f.date("deadline")));
        registry.register("proposal-made", 1, ProposalMade.class, e -> fields("on", date(e.on()), "proposal", proposal(e.proposal())),
                f -> new ProposalMade(f.date("on"), f.object("proposal", StoredValues::proposal)));
        registry.register("proposal-accepted", 1, ProposalAccepted.class, e -> fields("on", date(e.on()), "round", e.round()),
                f -> new ProposalAccepted(f.date("on"), f.integer("round")));
        registry.register("proposal-rejected", 1, ProposalRejected.class, e -> fields(
                "on", date(e.on()), "round", e.round(), "reason", e.reason()),
                f -> new ProposalRejected(f.date("on"), f.integer("round"), f.string("reason")));
        registry.register("proposal-lapsed", 1, ProposalLapsed.class, e -> fields("on", date(e.on()), "round", e.round()),
                f -> new ProposalLapsed(f.date("on"), f.integer("round")));
        registry.register("remedy-overdue", 1, RemedyOverdue.class, e -> fields(
                "on", date(e.on()), "agreedDeadline", date(e.agreedDeadline())),
                f -> new RemedyOverdue(f.date("on"), f.date("agreedDeadline")));
        registry.register("grievance-resolved", 1, GrievanceResolved.class, e -> later(fields(
                "on", date(e.on()), "onTime", e.onTime(), "note", e.note()),
                "correctionReference", e.correctionReference()),
                f -> new GrievanceResolved(f.date("on"), f.bool("onTime"), f.string("note"),
                        f.later("correctionReference", StoredFields::optionalString)));
        registry.register("document-received", 1, DocumentReceived.class, e -> fields(
                "on", date(e.on()), "documentSha256", e.documentHash(), "mediaType", e.mediaType(), "name", e.name()),
                f -> new DocumentReceived(f.date("on"), f.string("documentSha256"), f.string("mediaType"),
                        f.string("name")));
        registry.register("grievance-referred-to-mediation", 1, GrievanceReferredToMediation.class, e -> fields(
                "on", date(e.on()), "mediatorName", e.mediatorName()),
                f -> new GrievanceReferredToMediation(f.date("on"), f.string("mediatorName")));
        registry.register("grievance-withdrawn", 1, GrievanceWithdrawn.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new GrievanceWithdrawn(f.date("on"), f.string("reason")));
    }
}
