package org.amicable.dispute.adapter.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.adapter.web.EventSchemas.Content;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.MediatorKind;

/** The OpenAPI schemas of what letters say, with the balance, rate and correction they quote. */
final class LetterContentSchemas {

    private LetterContentSchemas() {
    }

    /** What is owed on a letter's date. */
    @Schema(name = "LetterBalance", description = "What is owed on the letter's date.")
    record StoredBalance(Json.Money principal, Json.Money lateCharges, Balance.ChargeKind lateChargesKind,
            Json.Money indemnity) {
    }

    /** The rate late charges run at, and its basis. */
    @Schema(name = "LateChargeRate", description = "The rate late charges run at on the letter's date, percent a year.")
    record ChargeRate(@Schema(example = "12.15") String annualPercent, LateChargeRate.Basis basis) {
    }

    /** An invoice's amount corrected after a grievance about it. */
    @Schema(name = "InvoiceCorrection", description = "The invoice's corrected amount, after a grievance about it.")
    record Correction(Json.Money originalAmount, Json.Money correctedAmount, @Nullable String reference) {
    }

    /** A first or second reminder. */
    @Schema(name = "ReminderContent", description = "A first or second reminder.")
    record Reminder(
            @Schema(description = "always reminder", requiredMode = REQUIRED) String type,
            int rank, Json.Invoice invoice, StoredBalance balance, LocalDate payBy, @Nullable ChargeRate rate,
            @Nullable Correction correction) implements Content {
    }

    /** The formal notice (mise en demeure). */
    @Schema(name = "FormalNoticeContent", description = "The formal notice (mise en demeure).")
    record FormalNotice(
            @Schema(description = "always formal-notice", requiredMode = REQUIRED) String type,
            Json.Invoice invoice, StoredBalance balance, int deadlineDays, LocalDate deadline,
            List<LegalMention> mentions, @Nullable ChargeRate rate,
            @Nullable Correction correction) implements Content {
    }

    /** Notice that the dispute is referred to a mediator. */
    @Schema(name = "MediationReferralContent", description = "Notice that the dispute is referred to a mediator.")
    record MediationReferral(
            @Schema(description = "always mediation-referral", requiredMode = REQUIRED) String type,
            @Nullable MediatorKind mediatorKind, String mediatorName, @Nullable StoredBalance balance,
            @Nullable Json.Money fee) implements Content {
    }

    /** Confirms a repayment plan. */
    @Schema(name = "RepaymentPlanConfirmationContent", description = "Confirms a repayment plan.")
    record RepaymentPlanConfirmation(
            @Schema(description = "always repayment-plan-confirmation", requiredMode = REQUIRED) String type,
            Json.Invoice invoice, List<Json.Instalment> instalments, Json.Money total, @Nullable Integer graceDays,
            @Nullable ClaimState afterMissed, @Nullable Correction correction) implements Content {
    }

    /** Acknowledges a grievance. */
    @Schema(name = "GrievanceAcknowledgmentContent", description = "Acknowledges a grievance.")
    record GrievanceAcknowledgment(
            @Schema(description = "always grievance-acknowledgment", requiredMode = REQUIRED) String type,
            GrievanceCause cause, String description, LocalDate complaintDate, @Nullable Json.Invoice invoice,
            List<LegalMention> mentions) implements Content {
    }

    /** A settlement proposal. */
    @Schema(name = "ProposalContent", description = "A settlement proposal.")
    record Proposal(
            @Schema(description = "always proposal", requiredMode = REQUIRED) String type,
            Responses.Proposal proposal, List<LegalMention> mentions, @Nullable String manager) implements Content {
    }

    /** Confirms the agreement on a proposal. */
    @Schema(name = "AgreementConfirmationContent", description = "Confirms the agreement on a proposal.")
    record AgreementConfirmation(
            @Schema(description = "always agreement-confirmation", requiredMode = REQUIRED) String type,
            Responses.Proposal proposal, LocalDate agreedDeadline, @Nullable String manager) implements Content {
    }

    /** Confirms the grievance's resolution. */
    @Schema(name = "ResolutionConfirmationContent", description = "Confirms the grievance's resolution.")
    record ResolutionConfirmation(
            @Schema(description = "always resolution-confirmation", requiredMode = REQUIRED) String type,
            @Nullable Responses.Proposal remedy, LocalDate resolvedOn, boolean onTime,
            @Nullable String manager) implements Content {
    }
}
