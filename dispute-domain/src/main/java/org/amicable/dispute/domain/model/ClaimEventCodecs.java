package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.CLAIM_STATE;
import static org.amicable.dispute.domain.model.StoredCodes.INITIATOR;
import static org.amicable.dispute.domain.model.StoredCodes.LETTER_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.MEDIATOR_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.PHONE_CALL_OUTCOME;
import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredFields.later;
import static org.amicable.dispute.domain.model.StoredValues.date;
import static org.amicable.dispute.domain.model.StoredValues.money;

import org.amicable.dispute.domain.model.DisputeEvent.Cancelled;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentDeclared;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanDeclined;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanProposed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;
import org.amicable.dispute.domain.model.DisputeEvent.WrittenOff;

/** How the events of an unpaid claim are stored: its escalation, payments, promises, plans and ending. */
final class ClaimEventCodecs {

    private ClaimEventCodecs() {
    }

    static void registerIn(EventRegistry registry) {
        registry.register("claim-escalated", 1, ClaimEscalated.class, e -> fields(
                "on", date(e.on()), "from", CLAIM_STATE.code(e.from()), "to", CLAIM_STATE.code(e.to())),
                f -> new ClaimEscalated(f.date("on"), f.code("from", CLAIM_STATE), f.code("to", CLAIM_STATE)));
        registry.register("phone-task-created", 1, PhoneTaskCreated.class, e -> fields(
                "on", date(e.on()), "phone", e.phone(), "afterLetter", LETTER_KIND.code(e.after())),
                f -> new PhoneTaskCreated(f.date("on"), f.string("phone"), f.code("afterLetter", LETTER_KIND)));
        registry.register("phone-call-recorded", 1, PhoneCallRecorded.class, e -> fields(
                "on", date(e.on()), "outcome", PHONE_CALL_OUTCOME.code(e.outcome()),
                "promisedFor", e.promisedFor().map(StoredValues::date).orElse(null), "note", e.note()),
                f -> new PhoneCallRecorded(f.date("on"), f.code("outcome", PHONE_CALL_OUTCOME), f.optionalDate("promisedFor"),
                        f.string("note")));
        registry.register("customer-answered", 1, CustomerAnswered.class, e -> fields("on", date(e.on()), "summary", e.summary()),
                f -> new CustomerAnswered(f.date("on"), f.string("summary")));
        registry.register("payment-recorded", 1, PaymentRecorded.class, e -> fields(
                "on", date(e.on()), "amount", money(e.amount()), "reference", e.reference(),
                "toLateCharges", money(e.toLateCharges()), "toIndemnity", money(e.toIndemnity()),
                "toPrincipal", money(e.toPrincipal()), "surplus", money(e.surplus())),
                f -> new PaymentRecorded(f.date("on"), f.money("amount"), f.string("reference"), f.money("toLateCharges"),
                        f.money("toIndemnity"), f.money("toPrincipal"), f.money("surplus")));
        registry.register("payment-declared", 1, PaymentDeclared.class, e -> fields(
                "on", date(e.on()), "paidOn", date(e.paidOn()), "reference", e.reference()),
                f -> new PaymentDeclared(f.date("on"), f.date("paidOn"), f.string("reference")));
        registry.register("promise-to-pay-recorded", 1, PromiseToPayRecorded.class, e -> fields(
                "on", date(e.on()), "promisedFor", date(e.promisedFor()),
                "amount", e.amount().map(StoredValues::money).orElse(null)),
                f -> new PromiseToPayRecorded(f.date("on"), f.date("promisedFor"), f.optionalMoney("amount")));
        registry.register("promise-broken", 1, PromiseBroken.class, e -> fields(
                "on", date(e.on()), "promisedFor", date(e.promisedFor())),
                f -> new PromiseBroken(f.date("on"), f.date("promisedFor")));
        registry.register("mediation-confirmed", 1, MediationConfirmed.class, e -> fields(
                "on", date(e.on()), "mediatorKind", MEDIATOR_KIND.code(e.kind()), "mediatorName", e.mediatorName(),
                "fee", money(e.fee()), "confirmedBy", e.confirmedBy()),
                f -> new MediationConfirmed(f.date("on"), f.code("mediatorKind", MEDIATOR_KIND), f.string("mediatorName"),
                        f.money("fee"), f.string("confirmedBy")));
        registry.register("repayment-plan-agreed", 1, RepaymentPlanAgreed.class, e -> fields(
                "on", date(e.on()), "instalments", e.instalments().stream().map(StoredValues::instalment).toList()),
                f -> new RepaymentPlanAgreed(f.date("on"), f.objects("instalments", StoredValues::instalment)));
        registry.register("repayment-plan-proposed", 1, RepaymentPlanProposed.class, e -> fields(
                "on", date(e.on()), "instalments", e.instalments().stream().map(StoredValues::instalment).toList()),
                f -> new RepaymentPlanProposed(f.date("on"), f.objects("instalments", StoredValues::instalment)));
        registry.register("repayment-plan-declined", 1, RepaymentPlanDeclined.class, e -> fields(
                "on", date(e.on()), "reason", e.reason()),
                f -> new RepaymentPlanDeclined(f.date("on"), f.string("reason")));
        registry.register("instalment-missed", 1, InstalmentMissed.class, e -> fields(
                "on", date(e.on()), "number", e.number(), "returnedTo", CLAIM_STATE.code(e.returnedTo())),
                f -> new InstalmentMissed(f.date("on"), f.integer("number"), f.code("returnedTo", CLAIM_STATE)));
        registry.register("taken-to-court", 1, TakenToCourt.class, e -> fields(
                "on", date(e.on()), "initiator", INITIATOR.code(e.initiator()), "reason", e.reason()),
                f -> new TakenToCourt(f.date("on"), f.code("initiator", INITIATOR), f.string("reason")));
        registry.register("written-off", 1, WrittenOff.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new WrittenOff(f.date("on"), f.string("reason")));
        registry.register("cancelled", 1, Cancelled.class, e -> fields("on", date(e.on()), "reason", e.reason()),
                f -> new Cancelled(f.date("on"), f.string("reason")));
        registry.register("settled", 1, Settled.class, e -> fields("on", date(e.on())), f -> new Settled(f.date("on")));
        registry.register("chase-held", 1, ChaseHeld.class, e -> fields("on", date(e.on()), "grievance", e.grievanceId().toString()),
                f -> new ChaseHeld(f.date("on"), new DisputeId(f.uuid("grievance"))));
        registry.register("chase-resumed", 1, ChaseResumed.class, e -> later(fields(
                "on", date(e.on()), "grievance", e.grievanceId().toString(), "principal", money(e.principal())),
                "correctionReference", e.correctionReference()),
                f -> new ChaseResumed(f.date("on"), new DisputeId(f.uuid("grievance")), f.money("principal"),
                        f.later("correctionReference", StoredFields::optionalString)));
        registry.register("limitation-warning", 1, LimitationWarning.class, e -> fields(
                "on", date(e.on()), "limitationDate", date(e.limitationDate())),
                f -> new LimitationWarning(f.date("on"), f.date("limitationDate")));
    }
}
