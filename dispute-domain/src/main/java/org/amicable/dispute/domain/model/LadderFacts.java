package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ladder's schedule needs to know of an unpaid claim, as of now.
 *
 * @param state               where the claim stands
 * @param dueDate             the invoice's due date
 * @param stateSince          the day it entered its state
 * @param stepFrom            the day the current step's waiting delay starts: the sending of its letter where a
 *                            manager reviewed it, else the day it entered its state
 * @param lastReaction        the customer's last reaction (payment, answer, promise, reached call), if any
 * @param promisedFor         the date a promise to pay holds the ladder to, if one does
 * @param onHold              whether someone must act first: a grievance holds the chase, or a letter came back
 *                            addressee unknown
 * @param stepLetterAwaited   whether the letter of the current step waits for review or for its sending
 * @param formalNoticeStart   the day the formal notice's deadline runs from, once it is sent
 * @param nextInstalmentDue   the due date of the plan's first instalment not fully paid, if any
 * @param instalmentsPaid     how many instalments of the plan are fully paid
 * @param limitationStart     the day the limitation period runs from: the due date, or the last acknowledgment
 * @param warnedForLimitation the limitation date a warning was already given for, if any
 */
public record LadderFacts(ClaimState state, LocalDate dueDate, LocalDate stateSince, LocalDate stepFrom,
        Optional<LocalDate> lastReaction, Optional<LocalDate> promisedFor, boolean onHold, boolean stepLetterAwaited,
        Optional<LocalDate> formalNoticeStart, Optional<LocalDate> nextInstalmentDue, int instalmentsPaid,
        LocalDate limitationStart, Optional<LocalDate> warnedForLimitation) {

    public LadderFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(stepFrom, "stepFrom");
        Objects.requireNonNull(lastReaction, "lastReaction");
        Objects.requireNonNull(promisedFor, "promisedFor");
        Objects.requireNonNull(formalNoticeStart, "formalNoticeStart");
        Objects.requireNonNull(nextInstalmentDue, "nextInstalmentDue");
        Objects.requireNonNull(limitationStart, "limitationStart");
        Objects.requireNonNull(warnedForLimitation, "warnedForLimitation");
    }

    /** The day the customer's waiting delay runs from: the step's start, or a later reaction. */
    public LocalDate waitingFrom() {
        return lastReaction.filter(reaction -> reaction.isAfter(stepFrom)).orElse(stepFrom);
    }
}
