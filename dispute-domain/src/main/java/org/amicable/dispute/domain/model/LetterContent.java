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
     */
    record Reminder(int rank, Invoice invoice, Balance balance, LocalDate payBy) implements LetterContent {
        public Reminder {
            if (rank != 1 && rank != 2) {
                throw new IllegalArgumentException("a reminder is the first or the second");
            }
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(payBy, "payBy");
        }
    }

    /**
     * The formal notice (mise en demeure).
     *
     * @param invoice      the invoice concerned
     * @param balance      principal, penalties or interest, indemnity, on the letter's date
     * @param deadlineDays the days given to pay (eight by default: sous huitaine)
     * @param deadline     the deadline as a date, counted from the letter's date
     * @param mentions     the legal statements the notice must carry
     */
    record FormalNotice(Invoice invoice, Balance balance, int deadlineDays, LocalDate deadline, List<LegalMention> mentions)
            implements LetterContent {
        public FormalNotice {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(deadline, "deadline");
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * Notice that the dispute is referred to a mediator.
     *
     * @param mediatorKind the kind of mediator (bailiff, collection agency, conciliator), empty for a grievance
     * @param mediatorName who mediates
     * @param balance      what is owed, for a claim
     */
    record MediationReferral(Optional<MediatorKind> mediatorKind, String mediatorName, Optional<Balance> balance)
            implements LetterContent {
        public MediationReferral {
            Objects.requireNonNull(mediatorKind, "mediatorKind");
            Objects.requireNonNull(mediatorName, "mediatorName");
            Objects.requireNonNull(balance, "balance");
        }
    }

    /**
     * Confirms a repayment plan.
     *
     * @param invoice     the invoice concerned
     * @param instalments the schedule
     * @param total       what the instalments add up to: the balance when the plan was agreed
     */
    record RepaymentPlanConfirmation(Invoice invoice, List<Instalment> instalments, Money total) implements LetterContent {
        public RepaymentPlanConfirmation {
            Objects.requireNonNull(invoice, "invoice");
            instalments = List.copyOf(instalments);
            Objects.requireNonNull(total, "total");
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
     */
    record Proposal(SettlementProposal proposal, List<LegalMention> mentions) implements LetterContent {
        public Proposal {
            Objects.requireNonNull(proposal, "proposal");
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * Confirms what was agreed.
     *
     * @param proposal       the accepted proposal
     * @param agreedDeadline the date by which the company delivers the remedy (délai convenu)
     */
    record AgreementConfirmation(SettlementProposal proposal, LocalDate agreedDeadline) implements LetterContent {
        public AgreementConfirmation {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(agreedDeadline, "agreedDeadline");
        }
    }

    /**
     * Confirms that the grievance is resolved.
     *
     * @param remedy      what was delivered, when a proposal was agreed
     * @param resolvedOn  when it was delivered
     * @param onTime      whether within the agreed deadline
     */
    record ResolutionConfirmation(Optional<SettlementProposal> remedy, LocalDate resolvedOn, boolean onTime)
            implements LetterContent {
        public ResolutionConfirmation {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(resolvedOn, "resolvedOn");
        }
    }
}
