package org.amicable.dispute.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterOutbox.QueuedLetter;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;

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
    public DisputeView recordLetterTracking(RecordLetterTrackingUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.letterTrail(disputes.clock()).tracked(command.letterId(),
                command.trackingNumber()));
    }

    @Override
    public DisputeView recordAcknowledgment(RecordAcknowledgmentUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.letterTrail(disputes.clock())
                .acknowledged(command.letterId(), command.deliveredOn()));
    }

    @Override
    public DisputeView recordLetterReturn(RecordLetterReturnUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.letterTrail(disputes.clock()).returned(command.letterId(),
                command.reason(), command.firstPresentedOn(), command.returnedOn(), disputes.policy().zone()));
    }

    @Override
    public DisputeView attachScan(AttachScanUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.letterTrail(disputes.clock())
                .scanned(command.letterId(), command.content()));
    }

    @Override
    public DisputeView correctContactDetails(CorrectContactDetailsUseCase.Command command) {
        return disputes.change(command, dispute -> dispute.correctContactDetails(command.address(), command.email(),
                command.phone(), disputes.clock()));
    }

    @Override
    public DispatchReport dispatchLetters(int max) {
        List<QueuedLetter> claimed = outbox.claim(max, disputes.clock().instant(), lease);
        List<List<QueuedLetter>> queued = new ArrayList<>();
        List<RenderedLetter> rendered = new ArrayList<>();
        int failed = 0;
        for (List<QueuedLetter> group : groups(claimed)) {
            try {
                rendered.add(renderer.render(customerLetter(group)));
                queued.add(group);
            } catch (LetterNotPrintableException e) {
                for (QueuedLetter item : group) {
                    fail(item.letter(), "cannot render: " + e.getMessage(), Optional.of(e.field()));
                    failed++;
                }
            } catch (RuntimeException e) {
                for (QueuedLetter item : group) {
                    fail(item.letter(), "cannot render: " + e.getMessage());
                    failed++;
                }
            }
        }
        int sent = 0;
        int retrying = 0;
        int leaseLost = 0;
        if (!queued.isEmpty()) {
            try (LetterSender.Batch batch = sender.open()) {
                for (int i = 0; i < queued.size(); i++) {
                    List<QueuedLetter> group = queued.get(i);
                    // Fencing: a dispatcher paused past its lease sends nothing another may have sent meanwhile.
                    Instant until = disputes.clock().instant().plus(safetyMargin);
                    if (!group.stream().allMatch(item -> outbox.holds(item.lease(), until))) {
                        leaseLost += group.size();
                        continue;
                    }
                    switch (record(group, rendered.get(i), batch.send(rendered.get(i)))) {
                        case SENT -> sent += group.size();
                        case RETRYING -> retrying += group.size();
                        case FAILED -> failed += group.size();
                    }
                }
            }
        }
        return new DispatchReport(sent, retrying, failed, leaseLost);
    }

    /** The letters claimed, by group (in the order claimed); a letter of no group is a group of its own. */
    private static List<List<QueuedLetter>> groups(List<QueuedLetter> claimed) {
        Map<Object, List<QueuedLetter>> groups = new LinkedHashMap<>();
        for (QueuedLetter item : claimed) {
            Object key = item.letter().groupKey().<Object>map(group -> group).orElse(item.letter().id());
            groups.computeIfAbsent(key, any -> new ArrayList<>()).add(item);
        }
        return List.copyOf(groups.values());
    }

    /**
     * The letters of a group as one letter to the customer, naming the customer's other open claims
     * as they stand when it goes out (see {@link CustomerLetter}).
     */
    private CustomerLetter customerLetter(List<QueuedLetter> group) {
        List<Letter> letters = group.stream().map(QueuedLetter::letter).toList();
        Letter first = letters.get(0);
        if (first.groupKey().isEmpty()) {
            return CustomerLetter.alone(first);
        }
        Set<DisputeId> carried = letters.stream().map(Letter::disputeId).collect(Collectors.toSet());
        List<CustomerLetter.OpenInvoice> others = disputes.repository().search(new DisputeQuery(Optional.empty(),
                        Optional.of(Track.UNPAID_CLAIM), Optional.empty(), Optional.of(first.recipient().reference()),
                        Optional.empty(), Optional.empty(), true, Optional.empty(), DisputeQuery.MAX_LIMIT)).stream()
                .filter(summary -> !carried.contains(summary.id()) && summary.invoiceNumber().isPresent())
                .map(summary -> new CustomerLetter.OpenInvoice(summary.invoiceNumber().get(),
                        (ClaimState) summary.state()))
                .toList();
        return new CustomerLetter(letters, others);
    }

    private enum Outcome { SENT, RETRYING, FAILED }

    /** Records what became of one letter to the customer (all the letters it carries) at once, before the next goes out. */
    private Outcome record(List<QueuedLetter> group, RenderedLetter rendered, SendResult result) {
        QueuedLetter first = group.get(0);
        if (result instanceof SendResult.TransientFailure transientFailure) {
            Instant next = disputes.clock().instant().plus(backoff(first.attempts()));
            group.forEach(item -> outbox.retryLater(item.lease(), next, transientFailure.reply()));
            // Said once, when the letter starts failing; each retry after that is in the letter's delivery.
            LOG.log(first.attempts() == 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                    "letter {0} of dispute {1} ({2} letters together) could not be sent, retrying from {3}: {4}",
                    first.letter().id(), first.letter().disputeId(), group.size(), next, transientFailure.reply());
            return Outcome.RETRYING;
        }
        if (result instanceof SendResult.PermanentFailure permanent) {
            group.forEach(item -> fail(item.letter(), permanent.reply()));
            return Outcome.FAILED;
        }
        // Sent. Recording it keeps the bytes that went out and takes the letters out of the outbox, in the
        // same transaction for every claim it carried (see DisputeRepository#saveAll); the document is
        // kept once, by its hash, which each claim's timeline records.
        SendResult.Sent went = (SendResult.Sent) result;
        KeptDocument document = KeptDocument.of(KeptDocument.PDF, rendered.document());
        Optional<KeptDocument> email = went.email().map(bytes -> KeptDocument.of(KeptDocument.EMAIL, bytes));
        recordSent(group, document, email);
        if (first.attempts() > 0) {
            LOG.log(System.Logger.Level.INFO, "letter {0} of dispute {1} sent after {2} failed attempts",
                    first.letter().id(), first.letter().disputeId(), first.attempts());
        }
        return Outcome.SENT;
    }

    /** Records the letters as sent on their claims: together, then one by one for a claim changed meanwhile. */
    private void recordSent(List<QueuedLetter> group, KeptDocument document, Optional<KeptDocument> email) {
        Map<DisputeId, List<LetterId>> byDispute = new LinkedHashMap<>();
        group.forEach(item -> byDispute.computeIfAbsent(item.letter().disputeId(), any -> new ArrayList<>())
                .add(item.letter().id()));
        List<Dispute> loaded = byDispute.size() == 1 ? List.of(disputes.load(first(byDispute)))
                : disputes.repository().findAll(List.copyOf(byDispute.keySet()));
        for (Dispute dispute : loaded) {
            dispute.actingAs(Actor.SystemJob.DISPATCH);
            byDispute.get(dispute.id()).forEach(letterId -> dispute.letterTrail(disputes.clock())
                    .sent(letterId, document, email));
        }
        Set<DisputeId> conflicts = Set.copyOf(disputes.repository().saveAll(loaded,
                dispute -> dispute.nextDueOn(disputes.policy())));
        for (DisputeId conflict : conflicts) {
            for (LetterId letterId : byDispute.get(conflict)) {
                recordOnDispute(conflict, dispute -> dispute.letterTrail(disputes.clock())
                        .sent(letterId, document, email));
            }
        }
    }

    private static DisputeId first(Map<DisputeId, ?> byDispute) {
        return byDispute.keySet().iterator().next();
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
        recordOnDispute(letter.disputeId(), dispute -> dispute.letterTrail(disputes.clock())
                .failed(letter.id(), why, unprintable));
    }

    /** Records a delivery fact, reloading and trying again if the dispute changed meanwhile. */
    private void recordOnDispute(DisputeId disputeId, java.util.function.Consumer<Dispute> change) {
        disputes.update(disputeId, Optional.empty(), dispute -> {
            dispute.actingAs(Actor.SystemJob.DISPATCH);
            change.accept(dispute);
        });
    }
}
