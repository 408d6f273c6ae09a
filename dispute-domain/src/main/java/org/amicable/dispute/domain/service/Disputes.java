package org.amicable.dispute.domain.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.Grievance;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.ReviewPolicy;
import org.amicable.dispute.domain.port.in.DisputeCommand;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/** Loading, changing and storing disputes, shared by the services. */
final class Disputes {

    private final DisputeRepository repository;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final CurrentActor actor;
    private final ReviewPolicy review;

    Disputes(DisputeRepository repository, EscalationPolicy policy, Clock clock, CurrentActor actor,
            ReviewPolicy review) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.review = Objects.requireNonNull(review, "review");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** Who is acting in the current call. */
    Optional<Actor> actor() {
        return actor.current();
    }

    EscalationPolicy policy() {
        return policy;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date set ahead (a promise, an instalment, a deadline): at most the policy's horizon after today. */
    void requireWithinHorizon(LocalDate date, String field) {
        LocalDate latest = policy.latestAhead(today());
        if (date != null && date.isAfter(latest)) {
            throw new InvalidCommandException(field, "is too far ahead: the latest date that may be set today is " + latest);
        }
    }

    DisputeRepository repository() {
        return repository;
    }

    Dispute load(DisputeId id) {
        return repository.find(id).orElseThrow(() -> new DisputeNotFoundException("dispute " + id));
    }

    /**
     * Refuses to open a dispute about a subject that already has an open one. The storage enforces the
     * same rule when two openings race ({@link DisputeRepository#save}).
     */
    void requireNoneOpenAbout(DisputeSubject subject) {
        repository.search(DisputeQuery.openAbout(subject.customerReference(), subject.invoiceNumber())).stream()
                .filter(summary -> summary.track() == subject.track())
                .map(DisputeSummary::id)
                .filter(id -> subject.cause().isEmpty() || repository.find(id)
                        .flatMap(DisputeSubject::of).filter(subject::equals).isPresent())
                .findFirst()
                .ifPresent(existing -> {
                    throw new DuplicateDisputeException(subject, existing);
                });
    }

    /** Which letters wait for a manager before they go out. */
    ReviewPolicy review() {
        return review;
    }

    /** Stores the dispute; the letters it issued that the review policy names wait for a manager. */
    void save(Dispute dispute) {
        dispute.letterReviews(clock).awaitReview(review::reviews);
        repository.save(dispute, dispute.nextDueOn(policy));
    }

    /**
     * How many times a change without an expected version is tried when others change the dispute meanwhile: changes
     * that lost to the same one retry together, one of them wins each round, so a dispute changed by many clients at
     * once needs about as many rounds as there are clients.
     */
    static final int ATTEMPTS = 12;

    /**
     * Loads the dispute named by the command, checks its version, applies the change as the current
     * actor, stores it: {@link #update}.
     */
    DisputeView change(DisputeCommand command, Consumer<Dispute> change) {
        return view(update(command.disputeId(), command.expectedVersion(), dispute -> {
            actor().ifPresent(dispute::actingAs);
            change.accept(dispute);
        }));
    }

    /**
     * Loads the dispute, checks its version, applies the change, stores it. Without an expected version
     * (no If-Match), the change is applied again to the fresh dispute when another change was stored in
     * between, up to {@value #ATTEMPTS} times after a short random pause; with one, it fails with a conflict
     * instead.
     */
    Dispute update(DisputeId id, Optional<Long> expectedVersion, Consumer<Dispute> change) {
        for (int attempt = 1; ; attempt++) {
            Dispute dispute = load(id);
            expectedVersion.filter(expected -> expected != dispute.version()).ifPresent(expected -> {
                throw new VersionConflictException(dispute.id(), expected, dispute.version());
            });
            change.accept(dispute);
            try {
                save(dispute);
                return dispute;
            } catch (VersionConflictException e) {
                if (expectedVersion.isPresent() || attempt >= ATTEMPTS) {
                    throw e;
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    /**
     * A pause of a few random milliseconds, growing with the attempts, so that changes that lost together do not
     * all load the dispute again at the same instant and lose together again.
     */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(attempt * 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a change", e);
        }
    }

    /** {@link #change} for an unpaid claim; a grievance is refused. */
    DisputeView changeClaim(DisputeCommand command, String action, Consumer<UnpaidClaim> change) {
        return change(command, dispute -> {
            if (!(dispute instanceof UnpaidClaim claim)) {
                throw new TransitionNotAllowedException(dispute.id(), dispute.state().name(), action,
                        "the dispute is a grievance, not an unpaid claim");
            }
            change.accept(claim);
        });
    }

    /** {@link #change} for a grievance; an unpaid claim is refused. */
    DisputeView changeGrievance(DisputeCommand command, String action, Consumer<Grievance> change) {
        return change(command, dispute -> {
            if (!(dispute instanceof Grievance grievance)) {
                throw new TransitionNotAllowedException(dispute.id(), dispute.state().name(), action,
                        "the dispute is an unpaid claim, not a grievance");
            }
            change.accept(grievance);
        });
    }

    static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new InvalidCommandException(field, "is required"));
    }

    DisputeView view(Dispute dispute) {
        LocalDate today = today();
        Map<DisputeView.Deadline, LocalDate> deadlines = new EnumMap<>(DisputeView.Deadline.class);
        Optional<DisputeView.ClaimDetails> claimDetails = Optional.empty();
        Optional<DisputeView.GrievanceDetails> grievanceDetails = Optional.empty();
        Optional<org.amicable.dispute.domain.model.Balance> balance = Optional.empty();
        Optional<LocalDate> limitation = Optional.empty();
        if (dispute instanceof UnpaidClaim claim) {
            balance = Optional.of(claim.figures(policy).balanceOn(today));
            limitation = claim.isClosed() ? Optional.empty() : Optional.of(claim.figures(policy).limitationDate());
            claim.figures(policy).formalNoticeDeadline().ifPresent(date -> deadlines.put(DisputeView.Deadline.FORMAL_NOTICE, date));
            claim.promisedFor().ifPresent(date -> deadlines.put(DisputeView.Deadline.PROMISED_PAYMENT, date));
            claimDetails = Optional.of(new DisputeView.ClaimDetails(claim.promisedFor(), claim.heldByGrievance(),
                    claim.mediationTried(), claim.repaymentPlan(), claim.instalmentsPaid(), claim.proposedPlan(),
                    claim.figures(policy).lateChargeRateOn(today), claim.figures(policy).lateChargesRunAfter()));
        } else if (dispute instanceof Grievance grievance) {
            deadlines.put(DisputeView.Deadline.FIRST_CONTACT, grievance.firstContactDeadline());
            grievance.pendingProposal().ifPresent(proposal -> deadlines.put(DisputeView.Deadline.ANSWER_BY, proposal.answerBy()));
            grievance.agreedDeadline().ifPresent(date -> deadlines.put(DisputeView.Deadline.AGREED, date));
            grievanceDetails = Optional.of(new DisputeView.GrievanceDetails(grievance.cause(), grievance.description(),
                    grievance.complaintDate(), grievance.manager(), grievance.proposals(), grievance.pendingProposal(),
                    grievance.agreement(), grievance.heldClaim(), grievance.mediator()));
        }
        return new DisputeView(dispute.id(), dispute.track(), dispute.state(), dispute.isClosed(), dispute.version(),
                dispute.customer(), dispute.invoice(), dispute.openedOn(), today, balance, dispute.nextStep(policy),
                dispute.nextDueOn(policy), deadlines, limitation, dispute.letters(), claimDetails, grievanceDetails);
    }
}
