package org.amicable.dispute.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterOutbox.QueuedLetter;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.port.out.RenderedLetter;

/**
 * Letters after they are decided: dispatch from the outbox, and the delivery facts that come back.
 *
 * <p>A transient failure is retried with exponential backoff and jitter, for as long as it takes;
 * a permanent one marks the letter failed, in the outbox and in the dispute's timeline.
 */
final class LetterService implements DispatchLettersUseCase, RecordLetterTrackingUseCase, RecordAcknowledgmentUseCase,
        RecordLetterReturnUseCase, CorrectContactDetailsUseCase, AttachScanUseCase {

    /** How long a dispatcher holds the letters it claimed, by default, before another may take them. */
    static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(LetterService.class.getName());
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final Disputes disputes;
    private final LetterOutbox outbox;
    private final LetterRenderer renderer;
    private final LetterSender sender;
    private final Duration lease;
    private final Duration safetyMargin;

    LetterService(Disputes disputes, LetterOutbox outbox, LetterRenderer renderer, LetterSender sender,
            Duration lease) {
        this.disputes = disputes;
        this.lease = requirePositive(lease);
        // A letter is sent only if its lease outlives the sending by this much.
        this.safetyMargin = this.lease.dividedBy(10);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    @Override
    public DisputeView recordTracking(RecordLetterTrackingUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.recordTrackingNumber(command.letterId(),
                command.trackingNumber(), disputes.clock()));
    }

    @Override
    public DisputeView recordAcknowledgment(RecordAcknowledgmentUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.recordAcknowledgment(command.letterId(),
                command.deliveredOn(), disputes.clock()));
    }

    @Override
    public DisputeView recordReturn(RecordLetterReturnUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.recordReturn(command.letterId(), command.reason(),
                command.firstPresentedOn(), command.returnedOn(), disputes.policy().zone(), disputes.clock()));
    }

    @Override
    public DisputeView attachScan(AttachScanUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.attachScan(command.letterId(), command.content(),
                disputes.clock()));
    }

    @Override
    public DisputeView correctContactDetails(CorrectContactDetailsUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.correctContactDetails(command.address(), command.email(),
                command.phone(), disputes.clock()));
    }

    @Override
    public DispatchReport dispatch(int max) {
        List<QueuedLetter> claimed = outbox.claim(max, disputes.clock().instant(), lease);
        List<QueuedLetter> queued = new ArrayList<>();
        List<RenderedLetter> rendered = new ArrayList<>();
        int failed = 0;
        for (QueuedLetter item : claimed) {
            try {
                rendered.add(renderer.render(item.letter()));
                queued.add(item);
            } catch (LetterNotPrintableException e) {
                fail(item.letter(), "cannot render: " + e.getMessage(), Optional.of(e.field()));
                failed++;
            } catch (RuntimeException e) {
                fail(item.letter(), "cannot render: " + e.getMessage());
                failed++;
            }
        }
        int sent = 0;
        int retrying = 0;
        int leaseLost = 0;
        if (!queued.isEmpty()) {
            try (LetterSender.Batch batch = sender.open()) {
                for (int i = 0; i < queued.size(); i++) {
                    QueuedLetter item = queued.get(i);
                    // Fencing: a dispatcher paused past its lease sends nothing another may have sent meanwhile.
                    if (!outbox.holds(item.lease(), disputes.clock().instant().plus(safetyMargin))) {
                        leaseLost++;
                        continue;
                    }
                    switch (record(item, rendered.get(i), batch.send(rendered.get(i)))) {
                        case SENT -> sent++;
                        case RETRYING -> retrying++;
                        case FAILED -> failed++;
                    }
                }
            }
        }
        return new DispatchReport(sent, retrying, failed, leaseLost);
    }

    private enum Outcome { SENT, RETRYING, FAILED }

    /** Records what became of one letter at once, before the next goes out. */
    private Outcome record(QueuedLetter item, RenderedLetter rendered, SendResult result) {
        if (result instanceof SendResult.TransientFailure transientFailure) {
            Instant next = disputes.clock().instant().plus(backoff(item.attempts()));
            outbox.retryLater(item.lease(), next, transientFailure.reply());
            // Said once, when the letter starts failing; each retry after that is in the letter's delivery.
            LOG.log(item.attempts() == 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                    "letter {0} of dispute {1} could not be sent, retrying from {2}: {3}", item.letter().id(),
                    item.letter().disputeId(), next, transientFailure.reply());
            return Outcome.RETRYING;
        }
        if (result instanceof SendResult.PermanentFailure permanent) {
            fail(item.letter(), permanent.reply());
            return Outcome.FAILED;
        }
        // Sent. Recording it keeps the bytes that went out and takes it out of the outbox, in the same
        // transaction (see DisputeRepository).
        SendResult.Sent went = (SendResult.Sent) result;
        KeptDocument document = KeptDocument.of(KeptDocument.PDF, rendered.document());
        Optional<KeptDocument> email = went.email().map(bytes -> KeptDocument.of(KeptDocument.EMAIL, bytes));
        recordOnDispute(item.letter(), dispute -> dispute.recordLetterSent(item.letter().id(), document, email,
                disputes.clock()));
        if (item.attempts() > 0) {
            LOG.log(System.Logger.Level.INFO, "letter {0} of dispute {1} sent after {2} failed attempts",
                    item.letter().id(), item.letter().disputeId(), item.attempts());
        }
        return Outcome.SENT;
    }

    private static Duration requirePositive(Duration lease) {
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the letter lease must be a positive duration, was " + lease);
        }
        return lease;
    }

    /** 30 s, 1 min, 2 min… up to 30 min, each less a random part of up to a fifth, so that retries spread. */
    static Duration backoff(int attempts) {
        long base = FIRST_RETRY.toMillis() << Math.min(attempts, 16);
        long capped = Math.min(base, LONGEST_RETRY.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - jitter);
    }

    private void fail(Letter letter, String reason) {
        fail(letter, reason, Optional.empty());
    }

    private void fail(Letter letter, String reason, Optional<String> unprintable) {
        String why = reason == null || reason.isBlank() ? "refused" : reason;
        LOG.log(System.Logger.Level.WARNING, "letter {0} of dispute {1} failed and will not be retried: {2}",
                letter.id(), letter.disputeId(), why);
        recordOnDispute(letter, dispute -> dispute.recordLetterFailed(letter.id(), why, unprintable, disputes.clock()));
    }

    /** Records a delivery fact, reloading and trying again if the dispute changed meanwhile. */
    private void recordOnDispute(Letter letter, java.util.function.Consumer<Dispute> change) {
        for (int attempt = 0; ; attempt++) {
            Dispute dispute = disputes.load(letter.disputeId());
            dispute.actingAs(Actor.SystemJob.DISPATCH);
            change.accept(dispute);
            try {
                disputes.save(dispute);
                return;
            } catch (VersionConflictException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
