package org.amicable.dispute.adapter.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.amicable.dispute.adapter.web.EventSchemas.Event;
import org.amicable.dispute.domain.model.GrievanceCause;

/** The OpenAPI schemas of a grievance's events. */
final class GrievanceEventSchemas {

    private GrievanceEventSchemas() {
    }

    /** A grievance opened: the company is said to be at fault. */
    @Schema(name = "GrievanceOpenedEvent", description = "A grievance opened: the company is said to be at fault.")
    record GrievanceOpened(
            @Schema(description = "always grievance-opened", requiredMode = REQUIRED) String type,
            LocalDate on, String dispute, Json.Customer customer, GrievanceCause cause, String description,
            @Nullable Json.Invoice invoice, LocalDate complaintDate, LocalDate firstContactDeadline,
            @Nullable String heldClaim) implements Event {
    }

    /** A manager assigned to the grievance. */
    @Schema(name = "ManagerAssignedEvent", description = "A manager assigned to the grievance.")
    record ManagerAssigned(
            @Schema(description = "always manager-assigned", requiredMode = REQUIRED) String type,
            LocalDate on, String manager) implements Event {
    }

    /** A contact with the customer. */
    @Schema(name = "ContactRecordedEvent", description = "A contact with the customer.")
    record ContactRecorded(
            @Schema(description = "always contact-recorded", requiredMode = REQUIRED) String type,
            LocalDate on, String note) implements Event {
    }

    /** No first contact by its deadline. */
    @Schema(name = "FirstContactOverdueEvent", description = "No first contact by its deadline.")
    record FirstContactOverdue(
            @Schema(description = "always first-contact-overdue", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate deadline) implements Event {
    }

    /** A settlement proposal made. */
    @Schema(name = "ProposalMadeEvent", description = "A settlement proposal made.")
    record ProposalMade(
            @Schema(description = "always proposal-made", requiredMode = REQUIRED) String type,
            LocalDate on, Responses.Proposal proposal) implements Event {
    }

    /** A settlement proposal accepted. */
    @Schema(name = "ProposalAcceptedEvent", description = "A settlement proposal accepted.")
    record ProposalAccepted(
            @Schema(description = "always proposal-accepted", requiredMode = REQUIRED) String type,
            LocalDate on, int round) implements Event {
    }

    /** A settlement proposal rejected. */
    @Schema(name = "ProposalRejectedEvent", description = "A settlement proposal rejected.")
    record ProposalRejected(
            @Schema(description = "always proposal-rejected", requiredMode = REQUIRED) String type,
            LocalDate on, int round, String reason) implements Event {
    }

    /** A settlement proposal not answered in time. */
    @Schema(name = "ProposalLapsedEvent", description = "A settlement proposal not answered in time.")
    record ProposalLapsed(
            @Schema(description = "always proposal-lapsed", requiredMode = REQUIRED) String type,
            LocalDate on, int round) implements Event {
    }

    /** The agreed remedy not delivered by its deadline. */
    @Schema(name = "RemedyOverdueEvent", description = "The agreed remedy not delivered by its deadline.")
    record RemedyOverdue(
            @Schema(description = "always remedy-overdue", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate agreedDeadline) implements Event {
    }

    /** The remedy delivered. */
    @Schema(name = "GrievanceResolvedEvent", description = "The remedy delivered.")
    record GrievanceResolved(
            @Schema(description = "always grievance-resolved", requiredMode = REQUIRED) String type,
            LocalDate on, boolean onTime, String note, @Nullable String correctionReference) implements Event {
    }

    /** The grievance referred to a mediator. */
    @Schema(name = "GrievanceReferredToMediationEvent", description = "The grievance referred to a mediator.")
    record GrievanceReferredToMediation(
            @Schema(description = "always grievance-referred-to-mediation", requiredMode = REQUIRED) String type,
            LocalDate on, String mediatorName) implements Event {
    }

    /** The grievance withdrawn. */
    @Schema(name = "GrievanceWithdrawnEvent", description = "The grievance withdrawn.")
    record GrievanceWithdrawn(
            @Schema(description = "always grievance-withdrawn", requiredMode = REQUIRED) String type,
            LocalDate on, String reason) implements Event {
    }
}
