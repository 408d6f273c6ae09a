package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.RemedyKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the API's POST requests. Unknown fields are refused; the domain checks the business rules
 * (lengths, control characters, dates) again when the values are built.
 */
public final class Requests {

    private Requests() {
    }

    /** Opens an unpaid claim. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "OpenUnpaidClaimRequest")
    public record OpenUnpaidClaim(@NotNull @Valid Json.Customer customer, @NotNull @Valid Json.Invoice invoice) {
    }

    /** Opens a grievance. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "OpenGrievanceRequest")
    public record OpenGrievance(@NotNull @Valid Json.Customer customer, @NotNull GrievanceCause cause,
            @NotBlank @Size(max = 4000) String description, @Nullable @Valid Json.Invoice invoice,
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate complaintDate) {
    }

    /** A payment received. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "PaymentRequest")
    public record Payment(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate receivedOn, @NotNull @Valid Json.Money amount,
            @NotBlank @Size(max = 100) String reference) {
    }

    /** A promise to pay by a date. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "PromiseRequest")
    public record Promise(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate promisedFor, @Nullable @Valid Json.Money amount) {
    }

    /** The outcome of a confirmation call. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "PhoneCallRequest")
    public record PhoneCall(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotNull PhoneCallOutcome outcome, @Nullable @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate promisedFor,
            @NotBlank @Size(max = 2000) String note) {
    }

    /** The customer's answer (by letter, mail or phone). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CustomerAnswerRequest")
    public record CustomerAnswer(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotBlank @Size(max = 2000) String summary) {
    }

    /** A manager confirms the external mediation of an unpaid claim. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "MediationRequest")
    public record Mediation(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotNull MediatorKind mediatorKind,
            @NotBlank @Size(max = 200) String mediatorName, @NotNull @Valid Json.Money fee,
            @NotBlank @Size(max = 100) String confirmedBy) {
    }

    /** A signed repayment plan. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "RepaymentPlanRequest")
    public record RepaymentPlan(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on,
            @NotEmpty @Size(max = 120) List<Json.@NotNull @Valid Instalment> instalments) {
    }

    /** The case goes to court. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CourtRequest")
    public record Court(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotNull Initiator initiator, @NotBlank @Size(max = 2000) String reason) {
    }

    /** A decision with a reason: writing off, cancelling, withdrawing. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "DecisionRequest")
    public record Decision(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The manager who handles a grievance. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ManagerRequest")
    public record Manager(@NotBlank @Size(max = 100) String manager) {
    }

    /** The manager's contact with the customer. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ContactRequest")
    public record Contact(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotBlank @Size(max = 2000) String note) {
    }

    /** A settlement proposal. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ProposalRequest")
    public record Proposal(@NotNull RemedyKind remedy, @Nullable @Valid Json.Money amount, @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate answerBy,
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate resolveBy, @NotBlank @Size(max = 2000) String terms) {
    }

    /** The customer's acceptance or rejection of the pending proposal. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ProposalAnswerRequest")
    public record ProposalAnswer(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotNull Boolean accepted,
            @Nullable @Size(max = 2000) String reason) {
    }

    /** A grievance referred to a mediator. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "MediationReferralRequest")
    public record MediationReferral(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate on, @NotBlank @Size(max = 200) String mediatorName) {
    }

    /**
     * The remedy was delivered.
     *
     * @param deliveredOn         the day it was delivered
     * @param note                what was done
     * @param correctionReference the credit note's or corrected invoice's number, when the invoice was
     *                            corrected; the later letters about the invoice quote it
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ResolutionRequest")
    public record Resolution(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate deliveredOn,
            @NotBlank @Size(max = 2000) String note, @Nullable @Size(max = 64) String correctionReference) {
    }

    /** A registered letter's tracking number. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "TrackingRequest")
    public record Tracking(@NotBlank @Size(max = 64) String trackingNumber) {
    }

    /** The day a registered letter's acknowledgment of receipt was signed. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "AcknowledgmentRequest")
    public record Acknowledgment(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate deliveredOn) {
    }

    /**
     * A registered letter that came back undelivered.
     *
     * @param reason           UNCLAIMED (pli avisé et non réclamé), REFUSED, or ADDRESSEE_UNKNOWN (NPAI)
     * @param firstPresentedOn the day the post first presented it; required unless ADDRESSEE_UNKNOWN
     * @param returnedOn       the day it came back
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "LetterReturnRequest")
    public record LetterReturn(@NotNull ReturnReason reason,
            @Nullable @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate firstPresentedOn,
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate returnedOn) {
    }

    /**
     * The customer's corrected contact details; later letters use them.
     *
     * @param address the postal address
     * @param email   the email address, if any
     * @param phone   the phone number, if any
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ContactDetailsRequest")
    public record ContactDetails(@NotNull @Valid Json.Address address, @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 20) String phone) {
    }

    /** The date an escalation runs for. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "EscalationRunRequest")
    public record EscalationRun(@NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate date) {
    }

    /** How many letters a dispatch may send at most. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "DispatchRequest")
    public record Dispatch(@NotNull @Min(1) @Max(1000) Integer max) {
    }
}
