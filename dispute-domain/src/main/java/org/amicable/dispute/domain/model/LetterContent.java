package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every fact a letter must state, one record per kind of letter. The domain decides the facts;
 * adapters word them in the letter's language.
 */
public sealed interface LetterContent {

    /**
     * A first or second reminder.
     *
     * @param rank    1 or 2
     * @param invoice the invoice chased
     * @param balance what is owed on the letter's date
     * @param payBy   the date the customer is asked to pay by
     * @param rate    the rate late charges run at on the letter's date, and its basis
     * @param correction the invoice's corrected amount, after a grievance about it
     */
    record Reminder(int rank, Invoice invoice, Balance balance, LocalDate payBy, Optional<LateChargeRate> rate,
            Optional<InvoiceCorrection> correction) implements LetterContent {

        /** A reminder that states no rate and no correction. */
        public Reminder(int rank, Invoice invoice, Balance balance, LocalDate payBy) {
            this(rank, invoice, balance, payBy, Optional.empty(), Optional.empty());
        }

        /** A reminder on an invoice that was not corrected. */
        public Reminder(int rank, Invoice invoice, Balance balance, LocalDate payBy, Optional<LateChargeRate> rate) {
            this(rank, invoice, balance, payBy, rate, Optional.empty());
        }

        public Reminder {
            if (rank != 1 && rank != 2) {
                throw new IllegalArgumentException("a reminder is the first or the second");
            }
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(payBy, "payBy");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(correction, "correction");
        }
    }

    /**
     * The formal notice (mise en demeure).
     *
     * @param invoice      the invoice concerned
     * @param balance      principal, penalties or interest, indemnity, on the letter's date
     * @param deadlineDays the days given to pay (eight by default: sous huitaine)
     * @param deadline     the earliest the deadline can end: counted from the letter's date. The deadline the
     *                     claim enforces runs from the letter's receipt ({@link Letter#deadlineStart}), so a
     *                     letter states it as days from receipt, never as this date
     * @param mentions     the legal statements the notice must carry
     * @param rate         the rate late charges run at on the letter's date, and its basis
     * @param correction   the invoice's corrected amount, after a grievance about it
     */
    record FormalNotice(Invoice invoice, Balance balance, int deadlineDays, LocalDate deadline, List<LegalMention> mentions,
            Optional<LateChargeRate> rate, Optional<InvoiceCorrection> correction) implements LetterContent {

        /** A formal notice that states no rate and no correction. */
        public FormalNotice(Invoice invoice, Balance balance, int deadlineDays, LocalDate deadline,
                List<LegalMention> mentions) {
            this(invoice, balance, deadlineDays, deadline, mentions, Optional.empty(), Optional.empty());
        }

        /** A formal notice on an invoice that was not corrected. */
        public FormalNotice(Invoice invoice, Balance balance, int deadlineDays, LocalDate deadline,
                List<LegalMention> mentions, Optional<LateChargeRate> rate) {
            this(invoice, balance, deadlineDays, deadline, mentions, rate, Optional.empty());
        }

        public FormalNotice {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(deadline, "deadline");
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(correction, "correction");
        }
    }

    /**
     * Notice that the dispute is referred to a mediator.
     *
     * @param mediatorKind the kind of mediator (bailiff, collection agency, conciliator), empty for a grievance
     * @param mediatorName who mediates
     * @param balance      what is owed, for a claim
     * @param fee          the mediator's fee agreed by the company, for a claim (never charged to a consumer:
     *                     Code des procédures civiles d'exécution, art. L111-8)
     */
    record MediationReferral(Optional<MediatorKind> mediatorKind, String mediatorName, Optional<Balance> balance,
            Optional<Money> fee) implements LetterContent {

        /** A referral that names no fee. */
        public MediationReferral(Optional<MediatorKind> mediatorKind, String mediatorName, Optional<Balance> balance) {
            this(mediatorKind, mediatorName, balance, Optional.empty());
        }

        public MediationReferral {
            Objects.requireNonNull(mediatorKind, "mediatorKind");
            Objects.requireNonNull(mediatorName, "mediatorName");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(fee, "fee");
        }
    }

    /**
     * Confirms a repayment plan.
     *
     * @param invoice     the invoice concerned
     * @param instalments the schedule
     * @param total       what the instalments add up to: the balance when the plan was agreed
     * @param graceDays   the days after an instalment's date before it counts as missed, when stated
     * @param afterMissed where a missed instalment takes the case (mediation or court), when stated
     * @param correction  the invoice's corrected amount, after a grievance about it
     */
    record RepaymentPlanConfirmation(Invoice invoice, List<Instalment> instalments, Money total,
            Optional<Integer> graceDays, Optional<ClaimState> afterMissed, Optional<InvoiceCorrection> correction)
            implements LetterContent {

        /** A confirmation that does not state what a missed instalment does. */
        public RepaymentPlanConfirmation(Invoice invoice, List<Instalment> instalments, Money total) {
            this(invoice, instalments, total, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public RepaymentPlanConfirmation {
            Objects.requireNonNull(invoice, "invoice");
            instalments = List.copyOf(instalments);
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(graceDays, "graceDays");
            Objects.requireNonNull(afterMissed, "afterMissed");
            Objects.requireNonNull(correction, "correction");
        }
    }

    /**
     * Acknowledges a grievance.
     *
     * @param cause          what went wrong
     * @param description    the customer's complaint, as recorded
     * @param complaintDate  the date of the written complaint
     * @param invoice        the invoice concerned, if any
     * @param mentions       the legal statements (the consumer mediator, for a consumer)
     */
    record GrievanceAcknowledgment(
            GrievanceCause cause, String description, LocalDate complaintDate, Optional<Invoice> invoice,
            List<LegalMention> mentions) implements LetterContent {
        public GrievanceAcknowledgment {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(complaintDate, "complaintDate");
            Objects.requireNonNull(invoice, "invoice");
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * A settlement proposal.
     *
     * @param proposal the offer: remedy, amount, answer-by and resolve-by dates
     * @param mentions the legal statements (the consumer mediator, for a consumer)
     * @param manager  the manager handling the grievance, who signs the letter
     */
    record Proposal(SettlementProposal proposal, List<LegalMention> mentions, Optional<String> manager)
            implements LetterContent {

        /** A proposal signed by customer service. */
        public Proposal(SettlementProposal proposal, List<LegalMention> mentions) {
            this(proposal, mentions, Optional.empty());
        }

        public Proposal {
            Objects.requireNonNull(proposal, "proposal");
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(manager, "manager");
        }
    }

    /**
     * Confirms what was agreed.
     *
     * @param proposal       the accepted proposal
     * @param agreedDeadline the date by which the company delivers the remedy (délai convenu)
     * @param manager        the manager handling the grievance, who signs the letter
     */
    record AgreementConfirmation(SettlementProposal proposal, LocalDate agreedDeadline, Optional<String> manager)
            implements LetterContent {

        /** A confirmation signed by customer service. */
        public AgreementConfirmation(SettlementProposal proposal, LocalDate agreedDeadline) {
            this(proposal, agreedDeadline, Optional.empty());
        }

        public AgreementConfirmation {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(agreedDeadline, "agreedDeadline");
            Objects.requireNonNull(manager, "manager");
        }
    }

    /**
     * Confirms that the grievance is resolved.
     *
     * @param remedy      what was delivered, when a proposal was agreed
     * @param resolvedOn  when it was delivered
     * @param onTime      whether within the agreed deadline
     * @param manager     the manager handling the grievance, who signs the letter
     */
    record ResolutionConfirmation(Optional<SettlementProposal> remedy, LocalDate resolvedOn, boolean onTime,
            Optional<String> manager) implements LetterContent {

        /** A confirmation signed by customer service. */
        public ResolutionConfirmation(Optional<SettlementProposal> remedy, LocalDate resolvedOn, boolean onTime) {
            this(remedy, resolvedOn, onTime, Optional.empty());
        }

        public ResolutionConfirmation {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(resolvedOn, "resolvedOn");
            Objects.requireNonNull(manager, "manager");
        }
    }
}
