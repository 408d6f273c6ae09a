package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.Track;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.web.port.Roles;

/** The bodies the API returns. */
public final class Responses {

    private Responses() {
    }

    /** A claim's or a grievance's state, for the OpenAPI document: the names of both tracks' states. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
    @Schema(description = "An unpaid claim's state (ClaimState) or a grievance's (GrievanceState).", allowableValues = {
                "OPEN", "FIRST_REMINDER_SENT", "SECOND_REMINDER_SENT", "FORMAL_NOTICE_SENT", "MEDIATION_TO_CONFIRM",
                "IN_MEDIATION", "REPAYMENT_PLAN", "LITIGATION", "SETTLED", "WRITTEN_OFF", "CANCELLED", "RECEIVED",
                "IN_NEGOTIATION", "PROPOSAL_PENDING", "AGREED", "OVERDUE", "RESOLVED_ON_TIME", "RESOLVED_LATE", "WITHDRAWN"})
    @interface DisputeState {
    }

    /** A dispute as it stands today; its version is also its ETag. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Dispute")
    public record Dispute(String id, Track track, @DisputeState String state, boolean closed, long version, Json.Customer customer,
            @Nullable Json.Invoice invoice, LocalDate openedOn, LocalDate asOf, @Nullable Responses.Balance balance,
            @Nullable String nextStep, @Nullable LocalDate nextDueOn, Map<String, LocalDate> deadlines,
            @Nullable LocalDate limitationDate, List<Letter> letters, @Nullable Claim claim,
            @Nullable Grievance grievance) {
    }

    /** What is owed: principal, late charges (penalties or interest), indemnity, and their total. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Balance")
    public record Balance(Json.Money principal, Json.Money lateCharges,
            org.amicable.dispute.domain.model.Balance.ChargeKind chargeKind, Json.Money indemnity, Json.Money total) {
    }

    /**
     * What only an unpaid claim has; {@code proposedPlan} is a plan the customer proposed on his page
     * outside the limits accepted on the spot, waiting for a manager (empty when none waits).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ClaimDetails")
    public record Claim(@Nullable LocalDate promisedFor, @Nullable String heldByGrievance, boolean mediationTried,
            List<Json.Instalment> repaymentPlan, int instalmentsPaid, List<Json.Instalment> proposedPlan) {
    }

    /** What only a grievance has. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GrievanceDetails")
    public record Grievance(GrievanceCause cause, String description, LocalDate complaintDate,
            @Nullable String manager, List<Proposal> proposals, @Nullable Proposal pendingProposal,
            @Nullable Proposal agreement, @Nullable String heldClaim, @Nullable String mediator) {
    }

    /** A settlement proposal. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Proposal")
    public record Proposal(int round, RemedyKind remedy, @Nullable Json.Money amount, LocalDate answerBy,
            LocalDate resolveBy, String terms) {
    }

    /** A letter, with its delivery facts; {@code content} holds what the letter says, with its {@code type}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Letter")
    public record Letter(String id, String disputeId, LetterKind kind, LetterChannel channel, Language language,
            LocalDate issuedOn, String reference, LetterStatus status, @Nullable Instant sentAt,
            @Nullable String contentHash, @Nullable String trackingNumber, @Nullable LocalDate acknowledgedOn,
            @Nullable String failure,
            @Nullable @Schema(ref = EventSchemas.CONTENT, nullable = true) Map<String, Object> content,
            @Nullable Delivery delivery) {
    }

    /**
     * How a letter's sending went so far, while it is in trouble.
     *
     * @param letterId    the letter
     * @param disputeId   its dispute
     * @param status      PENDING (another attempt will come), SENT or FAILED (for good)
     * @param attempts    how many attempts failed
     * @param lastError   the last reason given by the mail server or the renderer
     * @param nextAttempt when the next attempt is due, while pending
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LetterDelivery")
    public record Delivery(String letterId, String disputeId, LetterStatus status, int attempts,
            @Nullable String lastError, @Nullable Instant nextAttempt) {
    }

    /** A line of a list of disputes. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DisputeSummary")
    public record Summary(String id, Track track, @DisputeState String state, String customerReference, String customerName,
            @Nullable String invoiceNumber, @Nullable LocalDate dueOn, long version, LocalDate openedOn,
            @Nullable String manager) {
    }

    /** A page of disputes; {@code next} is the cursor of the following page ({@code after}), absent on the last. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DisputePage")
    public record Page(List<Summary> items, @Nullable String next) {
    }

    /**
     * A timeline entry: {@code type} and {@code version} name the kind of event in its stable stored
     * form, {@code summary} says it in a sentence, {@code event} holds its type and its fields (in the
     * current version), and {@code stored} is the entry
     * exactly as stored, whose UTF-8 bytes the hash covers: {@code hash = SHA-256(previousHash ‖ stored)}.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TimelineEntry")
    public record TimelineEntry(long sequence, Instant recordedAt, String type, int version, LocalDate on,
            @Nullable Actor actor, String summary, @Schema(ref = EventSchemas.EVENT, requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> event,
            String previousHash, String hash,
            String stored) {
    }

    /**
     * Who made a timeline entry: an API client ({@code kind} {@code api-client}, its token's name and
     * role), a person signed in to the pages ({@code person}, their login and role; the description adds
     * their name), a job of the application ({@code system-job}: {@code escalation}, {@code dispatch}), or the
     * customer on his personal page ({@code customer}, named by his reference).
     * Absent on entries recorded before actors were recorded.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Actor")
    public record Actor(@Schema(allowableValues = {"api-client", "person", "system-job", "customer"}) String kind, String name,
            @Nullable @Schema(allowableValues = {Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR},
                    nullable = true) String role,
            String description) {
    }

    /** The result of checking the timeline's hash chain. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Verification")
    public record Verification(boolean intact, @Nullable Long firstBroken, String explanation) {
    }

    /** The evidence file: the dispute, its timeline, every letter, and the check of the hash chain. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EvidenceFile")
    public record Evidence(Dispute dispute, List<TimelineEntry> timeline, List<Letter> letters,
            Verification verification) {
    }

    /** What an escalation did, or would do. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EscalationReport")
    public record EscalationReport(LocalDate date, boolean preview, int examined, Map<String, Integer> counts,
            List<EscalationAction> actions, List<String> conflicts) {
    }

    /** The events an escalation recorded (or would record) for one dispute. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EscalationAction")
    public record EscalationAction(String disputeId, @DisputeState String stateAfter,
            @ArraySchema(schema = @Schema(implementation = EventSchemas.Event.class)) List<Map<String, Object>> events) {
    }

    /**
     * What a dispatch of letters did.
     *
     * @param leaseLost letters this dispatch no longer held when their turn came (another instance sends them)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DispatchReport")
    public record DispatchReport(int sent, int retrying, int failed, int leaseLost) {
    }
}
