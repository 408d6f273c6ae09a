package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a person must do about a dispute, derived from its state by {@link OpenTasks}: done once
 * the action that closes it ({@link #closedBy()}) is recorded, which changes the state it came from.
 *
 * @param disputeId         the dispute
 * @param kind              what kind of task
 * @param letterId          the letter it is about, for a letter's task
 * @param track             the dispute's track
 * @param customerReference the customer's reference
 * @param customerName      the customer's name
 * @param amount            what is at stake: the principal owed on a claim; the proposal's, else the invoice's amount
 *                          on a grievance; empty when nothing is quantified
 * @param dueOn             the day by which it should be done
 * @param assignee          the dispute's manager, or empty when nobody is assigned
 * @param closedBy          the action that closes it
 * @param detail            what the kind needs said: the mail server's reason, the letter kind to confirm,
 *                          the return reason, the instalment's number
 */
public record Task(
        DisputeId disputeId,
        TaskKind kind,
        Optional<LetterId> letterId,
        Track track,
        String customerReference,
        String customerName,
        Optional<Money> amount,
        LocalDate dueOn,
        Optional<String> assignee,
        TaskAction closedBy,
        Optional<String> detail) {

    public Task {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(detail, "detail");
    }

    /** What tells the task apart among its dispute's: its kind, and its letter for a letter's task. */
    public String key() {
        return kind.name() + letterId.map(id -> "/" + id).orElse("");
    }

    /** What to do, in a sentence. */
    public String whatToDo() {
        String said = detail.orElse("");
        return switch (kind) {
            case CONFIRM_BY_PHONE -> "Call the customer to confirm the registered " + words(said) + ".";
            case CONFIRM_MEDIATION -> "Confirm the mediation, with its mediator and fee: the formal notice's deadline"
                    + " passed unpaid.";
            case TAKE_GRIEVANCE -> "Take the grievance: assign the manager who handles it.";
            case MAKE_FIRST_CONTACT -> "Make first contact with the customer by " + dueOn + ".";
            case PROPOSAL_AWAITING_ANSWER -> "Record the customer's answer to the proposal, due by " + dueOn + ".";
            case DELIVER_AGREED_REMEDY -> "Deliver the agreed remedy by " + dueOn + " and record it.";
            case RECORD_TRACKING -> "Record the registered letter's tracking number.";
            case RECORD_ACKNOWLEDGMENT -> "Record the registered letter's acknowledgment of receipt, or its return.";
            case LETTER_RETURNED -> closedBy == TaskAction.CORRECT_CONTACT_DETAILS
                    ? "Correct the customer's address: the letter came back, addressee unknown (NPAI); it is sent"
                            + " again once the address is corrected."
                    : "Attach the scan of the returned envelope: the letter came back " + words(said)
                            + " and took effect from its first presentation.";
            case LETTER_FAILED -> "Check the customer's contact details and correct them: the letter could not be"
                    + " sent (" + said + ").";
            case LETTER_NOT_PRINTABLE -> "Correct the value the letter cannot print (" + said + ").";
            case LETTER_AWAITING_REVIEW -> "Review the " + words(said) + " before it goes out: approve it, or hold it"
                    + " with a reason.";
            case PROMISE_DUE -> "Check that the payment promised for " + dueOn + " arrives, and record it.";
            case DECIDE_PROPOSED_PLAN -> "Decide on the repayment plan of " + said + " instalments the customer"
                    + " proposed, by " + dueOn + ": agree it, or decline it with a reason.";
            case INSTALMENT_MISSED -> "Instalment " + said + " of the repayment plan was missed: agree a new plan,"
                    + " or take the case to court.";
            case LIMITATION_WARNING -> "The claim expires on " + dueOn + " unless the debt is acknowledged (a payment,"
                    + " a signed plan) or the case is taken to court.";
        };
    }

    private static String words(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
