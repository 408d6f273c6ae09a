package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.CHARGE_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.CHARGE_RATE_BASIS;
import static org.amicable.dispute.domain.model.StoredCodes.CLAIM_STATE;
import static org.amicable.dispute.domain.model.StoredCodes.CUSTOMER_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.GRIEVANCE_CAUSE;
import static org.amicable.dispute.domain.model.StoredCodes.INITIATOR;
import static org.amicable.dispute.domain.model.StoredCodes.LANGUAGE;
import static org.amicable.dispute.domain.model.StoredCodes.LEGAL_MENTION;
import static org.amicable.dispute.domain.model.StoredCodes.LETTER_CHANNEL;
import static org.amicable.dispute.domain.model.StoredCodes.LETTER_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.MEDIATOR_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.PHONE_CALL_OUTCOME;
import static org.amicable.dispute.domain.model.StoredCodes.REMEDY_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.RETURN_REASON;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.amicable.dispute.domain.model.DisputeEvent.Cancelled;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.ManagerAssigned;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;
import org.amicable.dispute.domain.model.DisputeEvent.WrittenOff;

/**
 * The stored form of timeline entries, independent of Java names: every event type has a stable name
 * and a schema version, declared here, and every field a stable name. Renaming a class, a record
 * component or an enum constant changes nothing stored; changing what an event holds means a new
 * version of its type and an upcaster that turns the old stored fields into the new ones.
 *
 * <p>An entry is stored as one canonical JSON text ({@link CanonicalJson}):
 * <pre>{"actor":{…},"dispute":"…","event":{…},"previous":"…","recordedAt":"…","sequence":1,"type":"claim-opened","version":1}</pre>
 * and its hash is {@code SHA-256(previous hash in hex ‖ the stored bytes)} (see {@link Timeline}).
 * {@code docs/EVIDENCE.md} describes the format for readers outside the project.
 */
public final class EventFormat {

    /**
     * One event type as stored.
     *
     * @param name     its stable name, e.g. {@code letter-sent}
     * @param version  the version written today; older versions are read through upcasters
     * @param javaType the event record it is read into
     */
    public record EventType(String name, int version, Class<? extends DisputeEvent> javaType) {
        public EventType {
            if (!name.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("an event type name is lowercase words joined by '-': " + name);
            }
            if (version < 1) {
                throw new IllegalArgumentException("versions start at 1");
            }
        }
    }

    private static final class Registered<E extends DisputeEvent> {
        final EventType type;
        final Function<E, Map<String, Object>> writer;
        final Function<Fields, E> reader;
        /** Upcasters by the version they read: the one at index v turns version v into version v + 1. */
        final Map<Integer, UnaryOperator<Map<String, Object>>> upcasters = new LinkedHashMap<>();

        Registered(EventType type, Function<E, Map<String, Object>> writer, Function<Fields, E> reader) {
            this.type = type;
            this.writer = writer;
            this.reader = reader;
        }

        Map<String, Object> write(DisputeEvent event) {
            return writer.apply(cast(event));
        }

        Registered<E> upcaster(int from, UnaryOperator<Map<String, Object>> upcaster) {
            upcasters.put(from, upcaster);
            return this;
        }

        @SuppressWarnings("unchecked")
        private E cast(DisputeEvent event) {
            return (E) event;
        }
    }

    private static final Map<Class<?>, Registered<?>> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, Registered<?>> BY_NAME = new LinkedHashMap<>();

    static {
        // ---- opening ----
        register("claim-opened", 1, ClaimOpened.class, e -> fields(
                "on", date(e.on()), "dispute", e.id().toString(), "customer", customer(e.customer()),
                "invoice", invoice(e.invoice())),
                f -> new ClaimOpened(f.date("on"), new DisputeId(f.uuid("dispute")), f.object("customer", EventFormat::customer),
                        f.object("invoice", EventFormat::invoice)));
        register("grievance-opened", 1, GrievanceOpened.class, e -> fields(
                "on", date(e.on()), "dispute", e.id().toString(), "customer", customer(e.customer()),
                "cause", GRIEVANCE_CAUSE.code(e.cause()), "description", e.description(),
                "invoice", e.invoice().map(EventFormat::invoice).orElse(null), "complaintDate", date(e.complaintDate()),
                "firstContactDeadline", date(e.firstContactDeadline()),
                "heldClaim", e.heldClaim().map(DisputeId::toString).orElse(null)),
                f -> new GrievanceOpened(f.date("on"), new DisputeId(f.uuid("dispute")),
                        f.object("customer", EventFormat::customer), f.code("cause", GRIEVANCE_CAUSE), f.string("description"),
                        f.optionalObject("invoice", EventFormat::invoice), f.date("complaintDate"),
                        f.date("firstContactDeadline"), f.optionalUuid("heldClaim").map(DisputeId::new)));

        // ---- letters ----
        register("letter-issued", 1, LetterIssued.class, e -> fields("on", date(e.on()), "letter", letter(e.letter())),
                f -> new LetterIssued(f.date("on"), f.object("letter", EventFormat::letter)));
        EventFormat.<LetterSent>register("letter-sent", 2, LetterSent.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "sentAt", e.sentAt().toString(),
                "documentSha256", e.contentHash(), "emailSha256", e.emailHash().orElse(null)),
                f -> new LetterSent(f.date("on"), new LetterId(f.uuid("letter")), f.instant("sentAt"),
                        f.string("documentSha256"), f.optionalString("emailSha256")))
                // Version 1 recorded the document's hash only; the email as sent was not kept.
                .upcaster(1, v1 -> with(v1, "emailSha256", null));
        register("letter-failed", 1, LetterFailed.class, e -> later(fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", e.reason()),
                "unprintable", e.unprintable()),
                f -> new LetterFailed(f.date("on"), new LetterId(f.uuid("letter")), f.string("reason"),
                        f.later("unprintable", Fields::optionalString)));
        register("letter-tracked", 1, LetterTracked.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "trackingNumber", e.trackingNumber()),
                f -> new LetterTracked(f.date("on"), new LetterId(f.uuid("letter")), f.string("trackingNumber")));
        register("letter-returned", 1, DisputeEvent.LetterReturned.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", RETURN_REASON.code(e.reason()),
                "firstPresentedOn", e.firstPresentedOn().map(EventFormat::date).orElse(null),
                "returnedOn", date(e.returnedOn())),
                f -> new DisputeEvent.LetterReturned(f.date("on"), new LetterId(f.uuid("letter")), f.code("reason", RETURN_REASON),
                        f.optionalDate("firstPresentedOn"), f.date("returnedOn")));
        register("letter-scan-attached", 1, DisputeEvent.LetterScanAttached.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "scanSha256", e.scanHash(),
                "mediaType", e.mediaType()),
                f -> new DisputeEvent.LetterScanAttached(f.date("on"), new LetterId(f.uuid("letter")), f.string("scanSha256"),
                        f.string("mediaType")));
        register("letter-awaiting-review", 1, DisputeEvent.LetterAwaitingReview.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString()),
                f -> new DisputeEvent.LetterAwaitingReview(f.date("on"), new LetterId(f.uuid("letter"))));
        register("letter-approved", 1, DisputeEvent.LetterApproved.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString()),
                f -> new DisputeEvent.LetterApproved(f.date("on"), new LetterId(f.uuid("letter"))));
        register("letter-held", 1, DisputeEvent.LetterHeld.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", e.reason()),
                f -> new DisputeEvent.LetterHeld(f.date("on"), new LetterId(f.uuid("letter")), f.string("reason")));
        register("contact-details-corrected", 1, DisputeEvent.ContactDetailsCorrected.class, e -> fields(
                "on", date(e.on()), "customer", customer(e.customer())),
                f -> new DisputeEvent.ContactDetailsCorrected(f.date("on"), f.object("customer", EventFormat::customer)));
        register("letter-acknowledged", 1, LetterAcknowledged.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "deliveredOn", date(e.deliveredOn())),
                f -> new LetterAcknowledged(f.date("on"), new LetterId(f.uuid("letter")), f.date("deliveredOn")));

        // ---- unpaid claim ----
        register("claim-escalated", 1, ClaimEscalated.class, e -> fields(
                "on", date(e.on()), "from", CLAIM_STATE.code(e.from()), "to", CLAIM_STATE.code(e.to())),
                f -> new ClaimEscalated(f.date("on"), f.code("from", CLAIM_STATE), f.code("to", CLAIM_STATE)));
        register("phone-task-created", 1, PhoneTaskCreated.class, e -> fields(
                "on", date(e.on()), "phone", e.phone(), "afterLetter", LETTER_KIND.code(e.after())),
                f -> new PhoneTaskCreated(f.date("on"), f.string("phone"), f.code("afterLetter", LETTER_KIND)));
        register("phone-call-recorded", 1, PhoneCallRecorded.class, e -> fields(
                "on", date(e.on()), "outcome", PHONE_CALL_OUTCOME.code(e.outcome()),
                "promisedFor", e.promisedFor().map(EventFormat::date).orElse(null), "note", e.note()),
                f -> new PhoneCallRecorded(f.date("on"), f.code("outcome", PHONE_CALL_OUTCOME), f.optionalDate("promisedFor"),
                        f.string("note")));
        register("customer-answered", 1, CustomerAnswered.class, e -> fields("on", date(e.on()), "summary", e.summary()),
                f -> new CustomerAnswered(f.date("on"), f.string("summary")));
        register("payment-recorded", 1, PaymentRecorded.class, e -> fields(
                "on", date(e.on()), "amount", money(e.amount()), "reference", e.reference(),
                "toLateCharges", money(e.toLateCharges()), "toIndemnity", money(e.toIndemnity()),
                "toPrincipal", money(e.toPrincipal()), "surplus", money(e.surplus())),
                f -> new PaymentRecorded(f.date("on"), f.money("amount"), f.string("reference"), f.money("toLateCharges"),
                        f.money("toIndemnity"), f.money("toPrincipal"), f.money("surplus")));
        register("payment-declared", 1, DisputeEvent.PaymentDeclared.class, e -> fields(
                "on", date(e.on()), "paidOn", date(e.paidOn()), "reference", e.reference()),
                f -> new DisputeEvent.PaymentDeclared(f.date("on"), f.date("paidOn"), f.string("reference")));
        register("promise-to-pay-recorded", 1, PromiseToPayRecorded.class, e -> fields(
                "on", date(e.on()), "promisedFor", date(e.promisedFor()),
                "amount", e.amount().map(EventFormat::money).orElse(null)),
                f -> new PromiseToPayRecorded(f.date("on"), f.date("promisedFor"), f.optionalMoney("amount")));
        register("promise-broken", 1, PromiseBroken.class, e -> fields(
                "on", date(e.on()), "promisedFor", date(e.promisedFor())),
                f -> new PromiseBroken(f.date("on"), f.date("promisedFor")));
        register("mediation-confirmed", 1, MediationConfirmed.class, e -> fields(
                "on", date(e.on()), "mediatorKind", MEDIATOR_KIND.code(e.kind()), "mediatorName", e.mediatorName(),
                "fee", money(e.fee()), "confirmedBy", e.confirmedBy()),
                f -> new MediationConfirmed(f.date("on"), f.code("mediatorKind", MEDIATOR_KIND), f.string("mediatorName"),
                        f.money("fee"), f.string("confirmedBy")));
        register("repayment-plan-agreed", 1, RepaymentPlanAgreed.class, e -> fields(
                "on", date(e.on()), "instalments", e.instalments().stream().map(EventFormat::instalment).toList()),
                f -> new RepaymentPlanAgreed(f.date("on"), f.objects("instalments", EventFormat::instalment)));
        register("repayment-plan-proposed", 1, DisputeEvent.RepaymentPlanProposed.class, e -> fields(
                "on", date(e.on()), "instalments", e.instalments().stream().map(EventFormat::instalment).toList()),
                f -> new DisputeEvent.RepaymentPlanProposed(f.date("on"), f.objects("instalments", EventFormat::instalment)));
        register("repayment-plan-declined", 1, DisputeEvent.RepaymentPlanDeclined.class, e -> fields(
                "on", date(e.on()), "reason", e.reason()),
                f -> new DisputeEvent.RepaymentPlanDeclined(f.date("on"), f.string("reason")));
        register("instalment-missed", 1, InstalmentMissed.class, e -> fields(
                "on", date(e.on()), "number", e.number(), "returnedTo", CLAIM_STATE.code(e.returnedTo())),
                f -> new InstalmentMissed(f.date("on"), f.integer("number"), f.code("returnedTo", CLAIM_STATE)));
        register("taken-to-court", 1, TakenToCourt.class, e -> fields(
                "on", date(e.on()), "initiator", INITIATOR.code(e.initiator()), "reason", e.reason()),
                f -> new TakenToCourt(f.date("on"), f.code("initiator", INITIATOR), f.string("reason")));
        register("written-off", 1, WrittenOff.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new WrittenOff(f.date("on"), f.string("reason")));
        register("cancelled", 1, Cancelled.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new Cancelled(f.date("on"), f.string("reason")));
        register("settled", 1, Settled.class, e -> fields("on", date(e.on())), f -> new Settled(f.date("on")));
        register("chase-held", 1, ChaseHeld.class, e -> fields("on", date(e.on()), "grievance", e.grievanceId().toString()),
                f -> new ChaseHeld(f.date("on"), new DisputeId(f.uuid("grievance"))));
        register("chase-resumed", 1, ChaseResumed.class, e -> later(fields(
                "on", date(e.on()), "grievance", e.grievanceId().toString(), "principal", money(e.principal())),
                "correctionReference", e.correctionReference()),
                f -> new ChaseResumed(f.date("on"), new DisputeId(f.uuid("grievance")), f.money("principal"),
                        f.later("correctionReference", Fields::optionalString)));
        register("limitation-warning", 1, LimitationWarning.class, e -> fields(
                "on", date(e.on()), "limitationDate", date(e.limitationDate())),
                f -> new LimitationWarning(f.date("on"), f.date("limitationDate")));

        // ---- grievance ----
        register("manager-assigned", 1, ManagerAssigned.class, e -> fields("on", date(e.on()), "manager", e.manager()),
                f -> new ManagerAssigned(f.date("on"), f.string("manager")));
        register("contact-recorded", 1, ContactRecorded.class, e -> fields("on", date(e.on()), "note", e.note()),
                f -> new ContactRecorded(f.date("on"), f.string("note")));
        register("first-contact-overdue", 1, FirstContactOverdue.class, e -> fields(
                "on", date(e.on()), "deadline", date(e.deadline())),
                f -> new FirstContactOverdue(f.date("on"), f.date("deadline")));
        register("proposal-made", 1, ProposalMade.class, e -> fields("on", date(e.on()), "proposal", proposal(e.proposal())),
                f -> new ProposalMade(f.date("on"), f.object("proposal", EventFormat::proposal)));
        register("proposal-accepted", 1, ProposalAccepted.class, e -> fields("on", date(e.on()), "round", e.round()),
                f -> new ProposalAccepted(f.date("on"), f.integer("round")));
        register("proposal-rejected", 1, ProposalRejected.class, e -> fields(
                "on", date(e.on()), "round", e.round(), "reason", e.reason()),
                f -> new ProposalRejected(f.date("on"), f.integer("round"), f.string("reason")));
        register("proposal-lapsed", 1, ProposalLapsed.class, e -> fields("on", date(e.on()), "round", e.round()),
                f -> new ProposalLapsed(f.date("on"), f.integer("round")));
        register("remedy-overdue", 1, RemedyOverdue.class, e -> fields(
                "on", date(e.on()), "agreedDeadline", date(e.agreedDeadline())),
                f -> new RemedyOverdue(f.date("on"), f.date("agreedDeadline")));
        register("grievance-resolved", 1, GrievanceResolved.class, e -> later(fields(
                "on", date(e.on()), "onTime", e.onTime(), "note", e.note()),
                "correctionReference", e.correctionReference()),
                f -> new GrievanceResolved(f.date("on"), f.bool("onTime"), f.string("note"),
                        f.later("correctionReference", Fields::optionalString)));
        register("document-received", 1, DisputeEvent.DocumentReceived.class, e -> fields(
                "on", date(e.on()), "documentSha256", e.documentHash(), "mediaType", e.mediaType(), "name", e.name()),
                f -> new DisputeEvent.DocumentReceived(f.date("on"), f.string("documentSha256"), f.string("mediaType"),
                        f.string("name")));
        register("grievance-referred-to-mediation", 1, GrievanceReferredToMediation.class, e -> fields(
                "on", date(e.on()), "mediatorName", e.mediatorName()),
                f -> new GrievanceReferredToMediation(f.date("on"), f.string("mediatorName")));
        register("grievance-withdrawn", 1, GrievanceWithdrawn.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new GrievanceWithdrawn(f.date("on"), f.string("reason")));

        for (Registered<?> registered : BY_NAME.values()) {
            for (int v = 1; v < registered.type.version(); v++) {
                if (!registered.upcasters.containsKey(v)) {
                    throw new IllegalStateException(registered.type.name() + " has no upcaster from version " + v);
                }
            }
        }
    }

    private EventFormat() {
    }

    private static <E extends DisputeEvent> Registered<E> register(String name, int version, Class<E> type,
            Function<E, Map<String, Object>> writer, Function<Fields, E> reader) {
        Registered<E> registered = new Registered<>(new EventType(name, version, type), writer, reader);
        if (BY_NAME.put(name, registered) != null || BY_CLASS.put(type, registered) != null) {
            throw new IllegalStateException("event type " + name + " or " + type.getSimpleName() + " is registered twice");
        }
        return registered;
    }

    /** Every registered event type, in the order of the registry. */
    public static List<EventType> types() {
        return BY_NAME.values().stream().map(registered -> registered.type).toList();
    }

    /** The stored type of the event. */
    public static EventType typeOf(DisputeEvent event) {
        return registered(event).type;
    }

    /** The event's fields as stored in the current version of its type: maps, lists, strings, numbers. */
    public static Map<String, Object> fields(DisputeEvent event) {
        return registered(event).write(event);
    }

    /** A letter's content as stored, its kind in {@code type}: maps, lists, strings, numbers. */
    public static Map<String, Object> fields(LetterContent content) {
        return content(content);
    }

    private static Registered<?> registered(DisputeEvent event) {
        Registered<?> registered = BY_CLASS.get(event.getClass());
        if (registered == null) {
            throw new IllegalStateException(event.getClass().getName() + " has no stored type: register it in EventFormat");
        }
        return registered;
    }

    // ---- entries ----

    /**
     * An entry as stored: its line (canonical JSON, hashed) and, where the event holds personal values,
     * those values with their salt, kept beside the line ({@link PersonalData}).
     */
    record Stored(String line, Optional<String> personal) {
    }

    /** The stored text of an entry, its personal values sealed out of the line. */
    static Stored store(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event, Optional<Actor> actor,
            String previousHash) {
        EventType type = typeOf(event);
        Map<String, Object> fields = fields(event);
        Optional<String> personal = PersonalData.seal(type.name(), fields);
        Map<String, Object> envelope = envelope(disputeId, sequence, recordedAt, type, actor, previousHash, fields);
        personal.ifPresent(kept -> envelope.put("personal", PersonalData.digest(kept)));
        return new Stored(CanonicalJson.write(envelope), personal);
    }

    /** The stored text of an entry with its personal values in the line, as entries were stored before they were sealed. */
    private static String storeUnsealed(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event,
            Optional<Actor> actor, String previousHash) {
        return CanonicalJson.write(envelope(disputeId, sequence, recordedAt, typeOf(event), actor, previousHash, fields(event)));
    }

    private static Map<String, Object> envelope(DisputeId disputeId, long sequence, Instant recordedAt, EventType type,
            Optional<Actor> actor, String previousHash, Map<String, Object> fields) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        actor.ifPresent(who -> envelope.put("actor", actor(who)));
        envelope.put("dispute", disputeId.toString());
        envelope.put("sequence", sequence);
        envelope.put("recordedAt", recordedAt.toString());
        envelope.put("previous", previousHash);
        envelope.put("type", type.name());
        envelope.put("version", (long) type.version());
        envelope.put("event", fields);
        return envelope;
    }

    /**
     * An entry recorded by an earlier storage in another form, stated again in this format and chained
     * to {@code previousHash}: for a one-time conversion of stored timelines, never for new events
     * (those are recorded by their dispute).
     */
    public static TimelineEntry restate(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event,
            String previousHash) {
        // Stated as it was recorded then, personal values in the line: the sealing came later.
        String stored = storeUnsealed(disputeId, sequence, recordedAt, event, Optional.empty(), previousHash);
        return new TimelineEntry(disputeId, sequence, recordedAt, event, Optional.empty(), previousHash, stored,
                Timeline.hash(previousHash, stored), Optional.empty());
    }

    /**
     * A stored entry stated again with its personal values kept beside its line ({@link PersonalData}), chained
     * to {@code previousHash}: for a one-time conversion of timelines stored before personal values were kept
     * apart, so that they can be erased; never for new events.
     */
    public static TimelineEntry restateSealed(TimelineEntry entry, String previousHash) {
        Stored stored = store(entry.disputeId(), entry.sequence(), entry.recordedAt(), entry.event(), entry.actor(),
                previousHash);
        return new TimelineEntry(entry.disputeId(), entry.sequence(), entry.recordedAt(), entry.event(), entry.actor(),
                previousHash, stored.line(), Timeline.hash(previousHash, stored.line()), stored.personal());
    }

    /** Whether the entry's line holds personal values in the clear: stored before they were kept apart. */
    public static boolean holdsPersonalValuesInItsLine(TimelineEntry entry) {
        if (entry.stored().contains(",\"personal\":\"")) {
            return false;
        }
        Map<String, Object> fields = fields(entry.event());
        return PersonalData.seal(typeOf(entry.event()).name(), fields).isPresent();
    }

    /**
     * Reads a stored entry: its envelope, then its event in whatever version it was stored,
     * upcast to the current one.
     *
     * @param stored the stored text, exactly as it was hashed
     * @param hash   the hash recorded with it
     * @throws IllegalArgumentException naming what is unreadable
     */
    public static TimelineEntry read(String stored, String hash) {
        return read(stored, hash, Optional.empty());
    }

    /**
     * Reads a stored entry with the personal values kept beside it ({@link PersonalData}): they are put
     * back into the event after being checked against the line's digest. Without them, a line that had
     * personal values reads them as erased.
     *
     * @param personal the salt and the values kept beside the line; empty when it has none or they were erased
     */
    public static TimelineEntry read(String stored, String hash, Optional<String> personal) {
        Object parsed = CanonicalJson.parse(stored);
        if (!(parsed instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("a stored entry is a JSON object");
        }
        Fields envelope = new Fields(asObject(parsed, "entry"), "entry");
        DisputeId disputeId = new DisputeId(envelope.uuid("dispute"));
        long sequence = envelope.number("sequence");
        Instant recordedAt = envelope.instant("recordedAt");
        String previous = envelope.string("previous");
        String name = envelope.string("type");
        int version = envelope.integer("version");
        Map<String, Object> event = asObject(envelope.raw("event"), "entry.event");
        if (envelope.has("personal")) {
            PersonalData.unseal(name, event, envelope.string("personal"), personal);
        } else if (personal.isPresent()) {
            throw new IllegalArgumentException("personal data is kept beside an entry whose line records none");
        }
        // Entries recorded before actors were recorded have none.
        Optional<Actor> actor = envelope.has("actor") ? Optional.of(envelope.object("actor", EventFormat::actor))
                : Optional.empty();
        envelope.finish();
        return new TimelineEntry(disputeId, sequence, recordedAt, readEvent(name, version, event), actor, previous,
                stored, hash, envelope.has("personal") ? personal : Optional.empty());
    }

    /**
     * Reads an event's stored fields written in the given version of its type.
     *
     * @throws IllegalArgumentException when the type is unknown, the version newer than this code, or
     *                                  the fields do not match the version
     */
    public static DisputeEvent readEvent(String typeName, int version, Map<String, Object> fields) {
        Registered<?> registered = BY_NAME.get(typeName);
        if (registered == null) {
            throw new IllegalArgumentException("unknown event type \"" + typeName + "\"");
        }
        int current = registered.type.version();
        if (version < 1 || version > current) {
            throw new IllegalArgumentException("event type " + typeName + " has no version " + version
                    + " (this code reads versions 1 to " + current + ")");
        }
        Map<String, Object> upcast = fields;
        for (int v = version; v < current; v++) {
            UnaryOperator<Map<String, Object>> upcaster = registered.upcasters.get(v);
            if (upcaster == null) {
                throw new IllegalStateException("event type " + typeName + " has no upcaster from version " + v);
            }
            upcast = upcaster.apply(new LinkedHashMap<>(upcast));
        }
        Fields reader = new Fields(upcast, typeName);
        DisputeEvent event = registered.reader.apply(reader);
        reader.finish();
        return event;
    }

    // ---- letters, as the outbox queues them ----

    /** A letter as issued (its facts, not what became of it), as canonical JSON. */
    public static String storeLetter(Letter letter) {
        return CanonicalJson.write(letter(letter));
    }

    /** A letter stored by {@link #storeLetter(Letter)}, pending. */
    public static Letter readLetter(String stored) {
        Fields fields = new Fields(asObject(CanonicalJson.parse(stored), "letter"), "letter");
        Letter letter = letter(fields);
        fields.finish();
        return letter;
    }

    // ---- values ----

    private static Map<String, Object> actor(Actor actor) {
        if (actor instanceof Actor.ApiClient client) {
            return fields("kind", "api-client", "name", client.name(), "role", client.role());
        }
        if (actor instanceof Actor.Person person) {
            return fields("kind", "person", "login", person.login(), "name", person.name(), "role", person.role());
        }
        if (actor instanceof Actor.Customer customer) {
            return fields("kind", "customer", "reference", customer.reference());
        }
        Actor.SystemJob job = (Actor.SystemJob) actor;
        return fields("kind", "system-job", "name", job.name());
    }

    private static Actor actor(Fields f) {
        String kind = f.string("kind");
        return switch (kind) {
            case "api-client" -> new Actor.ApiClient(f.string("name"), f.string("role"));
            case "person" -> new Actor.Person(f.string("login"), f.string("name"), f.string("role"));
            case "system-job" -> new Actor.SystemJob(f.string("name"));
            case "customer" -> new Actor.Customer(f.string("reference"));
            default -> throw new IllegalArgumentException("unknown kind of actor \"" + kind + "\"");
        };
    }

    private static Map<String, Object> customer(Customer customer) {
        PostalAddress address = customer.address();
        return later(fields("reference", customer.reference(), "name", customer.name(),
                "kind", CUSTOMER_KIND.code(customer.kind()),
                "email", customer.email().orElse(null), "phone", customer.phone().orElse(null),
                "language", LANGUAGE.code(customer.language()),
                "address", fields("lines", address.lines(), "postalCode", address.postalCode(), "city", address.city(),
                        "country", address.country())),
                "contractPenaltyRate", customer.contractPenaltyRate().map(BigDecimal::toPlainString));
    }

    private static Customer customer(Fields f) {
        return new Customer(f.string("reference"), f.string("name"), f.code("kind", CUSTOMER_KIND), f.optionalString("email"),
                f.object("address", a -> new PostalAddress(a.strings("lines"), a.string("postalCode"), a.string("city"),
                        a.string("country"))),
                f.optionalString("phone"), f.code("language", LANGUAGE),
                f.later("contractPenaltyRate", Fields::optionalString).map(BigDecimal::new));
    }

    private static Map<String, Object> invoice(Invoice invoice) {
        return later(fields("number", invoice.number(), "issueDate", date(invoice.issueDate()),
                "dueDate", date(invoice.dueDate()), "amount", money(invoice.amount())),
                "contractPenaltyRate", invoice.contractPenaltyRate().map(BigDecimal::toPlainString));
    }

    private static Invoice invoice(Fields f) {
        return new Invoice(f.string("number"), f.date("issueDate"), f.date("dueDate"), f.money("amount"),
                f.later("contractPenaltyRate", Fields::optionalString).map(BigDecimal::new));
    }

    private static Map<String, Object> instalment(Instalment instalment) {
        return fields("number", instalment.number(), "dueDate", date(instalment.dueDate()), "amount", money(instalment.amount()));
    }

    private static Instalment instalment(Fields f) {
        return new Instalment(f.integer("number"), f.date("dueDate"), f.money("amount"));
    }

    private static Map<String, Object> proposal(SettlementProposal proposal) {
        return fields("round", proposal.round(), "remedy", REMEDY_KIND.code(proposal.remedy()),
                "amount", proposal.amount().map(EventFormat::money).orElse(null), "answerBy", date(proposal.answerBy()),
                "resolveBy", date(proposal.resolveBy()), "terms", proposal.terms());
    }

    private static SettlementProposal proposal(Fields f) {
        return new SettlementProposal(f.integer("round"), f.code("remedy", REMEDY_KIND), f.optionalMoney("amount"),
                f.date("answerBy"), f.date("resolveBy"), f.string("terms"));
    }

    private static Map<String, Object> balance(Balance balance) {
        return fields("principal", money(balance.principal()), "lateCharges", money(balance.lateCharges()),
                "lateChargesKind", CHARGE_KIND.code(balance.chargeKind()), "indemnity", money(balance.indemnity()));
    }

    private static Balance balance(Fields f) {
        return new Balance(f.money("principal"), f.money("lateCharges"), f.code("lateChargesKind", CHARGE_KIND),
                f.money("indemnity"));
    }

    private static List<String> mentions(List<LegalMention> mentions) {
        return mentions.stream().map(LEGAL_MENTION::code).toList();
    }

    private static List<LegalMention> mentions(Fields f) {
        return f.strings("mentions").stream().map(LEGAL_MENTION::constant).toList();
    }

    private static Map<String, Object> rate(LateChargeRate rate) {
        return fields("annualPercent", rate.annualPercent().toPlainString(), "basis", CHARGE_RATE_BASIS.code(rate.basis()));
    }

    private static LateChargeRate rate(Fields f) {
        return new LateChargeRate(new BigDecimal(f.string("annualPercent")), f.code("basis", CHARGE_RATE_BASIS));
    }

    private static Map<String, Object> correction(InvoiceCorrection correction) {
        return fields("originalAmount", money(correction.originalAmount()),
                "correctedAmount", money(correction.correctedAmount()),
                "reference", correction.reference().orElse(null));
    }

    private static InvoiceCorrection correction(Fields f) {
        return new InvoiceCorrection(f.money("originalAmount"), f.money("correctedAmount"), f.optionalString("reference"));
    }

    private static Map<String, Object> letter(Letter letter) {
        if (letter.status() != LetterStatus.PENDING) {
            throw new IllegalArgumentException("a letter is stored as issued, pending; what became of it is in later entries");
        }
        return fields("id", letter.id().toString(), "dispute", letter.disputeId().toString(),
                "kind", LETTER_KIND.code(letter.kind()), "recipient", customer(letter.recipient()),
                "channel", LETTER_CHANNEL.code(letter.channel()), "language", LANGUAGE.code(letter.language()),
                "issuedOn", date(letter.issuedOn()), "reference", letter.reference(), "content", content(letter.content()));
    }

    private static Letter letter(Fields f) {
        return new Letter(new LetterId(f.uuid("id")), new DisputeId(f.uuid("dispute")), f.code("kind", LETTER_KIND),
                f.object("recipient", EventFormat::customer), f.code("channel", LETTER_CHANNEL), f.code("language", LANGUAGE),
                f.date("issuedOn"), f.string("reference"), f.object("content", EventFormat::content), LetterStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Map<String, Object> content(LetterContent content) {
        if (content instanceof LetterContent.Reminder reminder) {
            return later(later(fields("type", "reminder", "rank", reminder.rank(), "invoice", invoice(reminder.invoice()),
                    "balance", balance(reminder.balance()), "payBy", date(reminder.payBy())),
                    "rate", reminder.rate().map(EventFormat::rate)),
                    "correction", reminder.correction().map(EventFormat::correction));
        } else if (content instanceof LetterContent.FormalNotice notice) {
            return later(later(fields("type", "formal-notice", "invoice", invoice(notice.invoice()),
                    "balance", balance(notice.balance()),
                    "deadlineDays", notice.deadlineDays(), "deadline", date(notice.deadline()),
                    "mentions", mentions(notice.mentions())),
                    "rate", notice.rate().map(EventFormat::rate)),
                    "correction", notice.correction().map(EventFormat::correction));
        } else if (content instanceof LetterContent.MediationReferral referral) {
            return later(fields("type", "mediation-referral",
                    "mediatorKind", referral.mediatorKind().map(MEDIATOR_KIND::code).orElse(null),
                    "mediatorName", referral.mediatorName(),
                    "balance", referral.balance().map(EventFormat::balance).orElse(null)),
                    "fee", referral.fee().map(EventFormat::money));
        } else if (content instanceof LetterContent.RepaymentPlanConfirmation plan) {
            return later(later(later(fields("type", "repayment-plan-confirmation", "invoice", invoice(plan.invoice()),
                    "instalments", plan.instalments().stream().map(EventFormat::instalment).toList(),
                    "total", money(plan.total())),
                    "graceDays", plan.graceDays()),
                    "afterMissed", plan.afterMissed().map(CLAIM_STATE::code)),
                    "correction", plan.correction().map(EventFormat::correction));
        } else if (content instanceof LetterContent.GrievanceAcknowledgment acknowledgment) {
            return fields("type", "grievance-acknowledgment", "cause", GRIEVANCE_CAUSE.code(acknowledgment.cause()),
                    "description", acknowledgment.description(), "complaintDate", date(acknowledgment.complaintDate()),
                    "invoice", acknowledgment.invoice().map(EventFormat::invoice).orElse(null),
                    "mentions", mentions(acknowledgment.mentions()));
        } else if (content instanceof LetterContent.Proposal proposal) {
            return later(fields("type", "proposal", "proposal", proposal(proposal.proposal()),
                    "mentions", mentions(proposal.mentions())), "manager", proposal.manager());
        } else if (content instanceof LetterContent.AgreementConfirmation agreement) {
            return later(fields("type", "agreement-confirmation", "proposal", proposal(agreement.proposal()),
                    "agreedDeadline", date(agreement.agreedDeadline())), "manager", agreement.manager());
        } else if (content instanceof LetterContent.ResolutionConfirmation resolution) {
            return later(fields("type", "resolution-confirmation",
                    "remedy", resolution.remedy().map(EventFormat::proposal).orElse(null),
                    "resolvedOn", date(resolution.resolvedOn()), "onTime", resolution.onTime()),
                    "manager", resolution.manager());
        }
        throw new IllegalStateException(content.getClass().getName() + " has no stored type: add it to EventFormat");
    }

    private static LetterContent content(Fields f) {
        String type = f.string("type");
        return switch (type) {
            case "reminder" -> new LetterContent.Reminder(f.integer("rank"), f.object("invoice", EventFormat::invoice),
                    f.object("balance", EventFormat::balance), f.date("payBy"),
                    f.later("rate", (r, name) -> r.optionalObject(name, EventFormat::rate)),
                    f.later("correction", (r, name) -> r.optionalObject(name, EventFormat::correction)));
            case "formal-notice" -> new LetterContent.FormalNotice(f.object("invoice", EventFormat::invoice),
                    f.object("balance", EventFormat::balance), f.integer("deadlineDays"), f.date("deadline"), mentions(f),
                    f.later("rate", (r, name) -> r.optionalObject(name, EventFormat::rate)),
                    f.later("correction", (r, name) -> r.optionalObject(name, EventFormat::correction)));
            case "mediation-referral" -> new LetterContent.MediationReferral(
                    f.optionalString("mediatorKind").map(MEDIATOR_KIND::constant), f.string("mediatorName"),
                    f.optionalObject("balance", EventFormat::balance), f.later("fee", Fields::optionalMoney));
            case "repayment-plan-confirmation" -> new LetterContent.RepaymentPlanConfirmation(
                    f.object("invoice", EventFormat::invoice), f.objects("instalments", EventFormat::instalment),
                    f.money("total"), f.later("graceDays", (r, name) -> Optional.of(r.integer(name))),
                    f.later("afterMissed", Fields::optionalString).map(CLAIM_STATE::constant),
                    f.later("correction", (r, name) -> r.optionalObject(name, EventFormat::correction)));
            case "grievance-acknowledgment" -> new LetterContent.GrievanceAcknowledgment(f.code("cause", GRIEVANCE_CAUSE),
                    f.string("description"), f.date("complaintDate"), f.optionalObject("invoice", EventFormat::invoice),
                    mentions(f));
            case "proposal" -> new LetterContent.Proposal(f.object("proposal", EventFormat::proposal), mentions(f),
                    f.later("manager", Fields::optionalString));
            case "agreement-confirmation" -> new LetterContent.AgreementConfirmation(
                    f.object("proposal", EventFormat::proposal), f.date("agreedDeadline"),
                    f.later("manager", Fields::optionalString));
            case "resolution-confirmation" -> new LetterContent.ResolutionConfirmation(
                    f.optionalObject("remedy", EventFormat::proposal), f.date("resolvedOn"), f.bool("onTime"),
                    f.later("manager", Fields::optionalString));
            default -> throw new IllegalArgumentException("unknown letter content type \"" + type + "\"");
        };
    }

    /** The stored name of each kind of letter content. */
    static final List<String> CONTENT_TYPES = List.of("reminder", "formal-notice", "mediation-referral",
            "repayment-plan-confirmation", "grievance-acknowledgment", "proposal", "agreement-confirmation",
            "resolution-confirmation");

    private static Map<String, Object> money(Money money) {
        return fields("amount", money.amount().toPlainString(), "currency", money.currency().getCurrencyCode());
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    /**
     * Adds a member added to its type after the type's version was fixed, only when it has a value: so
     * the entries written before it existed keep their exact bytes, and their hashes.
     */
    private static Map<String, Object> later(Map<String, Object> fields, String name, Optional<?> value) {
        value.ifPresent(present -> fields.put(name, present instanceof Integer number ? Long.valueOf(number) : present));
        return fields;
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            map.put((String) namesAndValues[i], value instanceof Integer number ? Long.valueOf(number) : value);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    /** Reads the stored fields of one object, and refuses fields it did not read. */
    static final class Fields {
        private final Map<String, Object> members;
        private final String where;
        private final Set<String> read = new HashSet<>();

        Fields(Map<String, Object> members, String where) {
            this.members = members;
            this.where = where;
        }

        boolean has(String name) {
            return members.containsKey(name);
        }

        /**
         * A member added to its type after the type's version was fixed: entries written before it
         * existed do not have it, and read as having no value.
         */
        <T> Optional<T> later(String name, java.util.function.BiFunction<Fields, String, Optional<T>> reader) {
            return has(name) ? reader.apply(this, name) : Optional.empty();
        }

        Object raw(String name) {
            read.add(name);
            if (!members.containsKey(name)) {
                throw new IllegalArgumentException(where + "." + name + " is missing");
            }
            return members.get(name);
        }

        private <T> T required(String name, Class<T> type) {
            Object value = raw(name);
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException(where + "." + name + " must be a " + type.getSimpleName().toLowerCase()
                        + (value == null ? ", not null" : ""));
            }
            return type.cast(value);
        }

        private <T> Optional<T> optional(String name, Class<T> type) {
            Object value = raw(name);
            return value == null ? Optional.empty() : Optional.of(required(name, type));
        }

        String string(String name) {
            return required(name, String.class);
        }

        Optional<String> optionalString(String name) {
            return optional(name, String.class);
        }

        long number(String name) {
            return required(name, Long.class);
        }

        int integer(String name) {
            long value = number(name);
            if (value != (int) value) {
                throw new IllegalArgumentException(where + "." + name + " is too large");
            }
            return (int) value;
        }

        boolean bool(String name) {
            return required(name, Boolean.class);
        }

        java.util.UUID uuid(String name) {
            String text = string(name);
            try {
                return java.util.UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "." + name + " is not a UUID");
            }
        }

        Optional<java.util.UUID> optionalUuid(String name) {
            return raw(name) == null ? Optional.empty() : Optional.of(uuid(name));
        }

        LocalDate date(String name) {
            try {
                return LocalDate.parse(string(name));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "." + name + " is not a date (YYYY-MM-DD)");
            }
        }

        Optional<LocalDate> optionalDate(String name) {
            return raw(name) == null ? Optional.empty() : Optional.of(date(name));
        }

        Instant instant(String name) {
            try {
                return Instant.parse(string(name));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + "." + name + " is not an instant (ISO 8601, UTC)");
            }
        }

        Money money(String name) {
            return object(name, f -> {
                try {
                    return Money.of(new BigDecimal(f.string("amount")), Currency.getInstance(f.string("currency")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "." + name + ".amount is not a decimal amount");
                }
            });
        }

        Optional<Money> optionalMoney(String name) {
            return raw(name) == null ? Optional.empty() : Optional.of(money(name));
        }

        <E extends Enum<E>> E code(String name, StoredCodes.Codes<E> codes) {
            return codes.constant(string(name));
        }

        <T> T object(String name, Function<Fields, T> reader) {
            Fields nested = new Fields(asObject(required(name, Map.class), where + "." + name), where + "." + name);
            T value = reader.apply(nested);
            nested.finish();
            return value;
        }

        <T> Optional<T> optionalObject(String name, Function<Fields, T> reader) {
            return raw(name) == null ? Optional.empty() : Optional.of(object(name, reader));
        }

        <T> List<T> objects(String name, Function<Fields, T> reader) {
            List<?> items = required(name, List.class);
            List<T> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String item = where + "." + name + "[" + i + "]";
                Fields nested = new Fields(asObject(items.get(i), item), item);
                values.add(reader.apply(nested));
                nested.finish();
            }
            return Collections.unmodifiableList(values);
        }

        List<String> strings(String name) {
            List<?> items = required(name, List.class);
            List<String> values = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    throw new IllegalArgumentException(where + "." + name + " must hold strings");
                }
                values.add(text);
            }
            return values;
        }

        void finish() {
            for (String name : members.keySet()) {
                if (!read.contains(name)) {
                    throw new IllegalArgumentException(where + "." + name + " is not a field of this version");
                }
            }
        }
    }
}
