package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ladder's schedule decides is due on an unpaid claim on a date: one step for the claim to
 * carry out (it records the events), or nothing yet. A closed family: the claim handles every decision.
 */
public sealed interface ClaimDecision {

    /**
     * Send the first ({@code rank} 1) or second reminder.
     *
     * @param paymentTermDays days the reminder gives to pay
     * @param confirmByPhone  whether a call confirms it, where the customer has a phone
     */
    record SendReminder(int rank, LetterChannel channel, int paymentTermDays, boolean confirmByPhone)
            implements ClaimDecision {
        public SendReminder {
            if (rank != 1 && rank != 2) {
                throw new IllegalArgumentException("a reminder is the first or the second, not " + rank);
            }
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Send the formal notice, giving {@code deadlineDays} to pay. */
    record SendFormalNotice(LetterChannel channel, int deadlineDays) implements ClaimDecision {
        public SendFormalNotice {
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** The formal notice's deadline passed unpaid: a manager must confirm a mediation. */
    record AskForMediation() implements ClaimDecision {
    }

    /** An instalment of the plan passed its due date and grace unpaid: the case goes back to {@code returnTo}. */
    record MissInstalment(int number, ClaimState returnTo) implements ClaimDecision {
        public MissInstalment {
            Objects.requireNonNull(returnTo, "returnTo");
        }
    }

    /** The claim expires on {@code limitationDate}: warn before it does. */
    record WarnOfLimitation(LocalDate limitationDate) implements ClaimDecision {
        public WarnOfLimitation {
            Objects.requireNonNull(limitationDate, "limitationDate");
        }
    }

    /** The promised date passed unpaid, grace included: the ladder resumes where it stopped. */
    record BreakPromise(LocalDate promisedFor) implements ClaimDecision {
        public BreakPromise {
            Objects.requireNonNull(promisedFor, "promisedFor");
        }
    }

    /** Nothing is due yet: the next step falls on {@code until}, or on no date while the claim waits for someone. */
    record Wait(Optional<LocalDate> until) implements ClaimDecision {
        public Wait {
            Objects.requireNonNull(until, "until");
        }
    }
}
