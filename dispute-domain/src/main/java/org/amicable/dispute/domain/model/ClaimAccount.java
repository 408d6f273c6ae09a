package org.amicable.dispute.domain.model;

import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;

/**
 * What is owed on an unpaid claim's invoice and what was paid toward it: the principal over time, the
 * late charges and indemnity paid, the day charges stopped, the correction a grievance made, and the
 * repayment plan's instalments with what went into them. The claim applies its events here.
 */
final class ClaimAccount {

    private final Invoice invoice;
    private PrincipalHistory principal;
    private final List<PaymentRecorded> payments = new ArrayList<>();
    private Money lateChargesPaid;
    private Money indemnityPaid;
    private Optional<LocalDate> chargesStopOn = Optional.empty();
    private Optional<InvoiceCorrection> correction = Optional.empty();
    private List<Instalment> plan = List.of();
    private Money paidIntoPlan;

    ClaimAccount(Invoice invoice) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.principal = PrincipalHistory.startingAt(invoice.dueDate(), invoice.amount());
        this.lateChargesPaid = zero();
        this.indemnityPaid = zero();
        this.paidIntoPlan = zero();
    }

    /**
     * What the customer owes on {@code date}: principal, late charges (penalties toward a business,
     * legal interest toward a consumer from {@code interestFrom}, the formal notice), indemnity.
     */
    Balance balanceOn(LocalDate date, CustomerKind kind, LateChargeLaw law, Optional<LocalDate> interestFrom) {
        LocalDate asOf = chargesRunUntil(date);
        Money accrued = switch (kind) {
            case BUSINESS -> law.penalties(principal, invoice.dueDate(), asOf);
            case CONSUMER -> interestFrom.map(start -> law.legalInterest(principal, start, asOf)).orElse(zero());
        };
        // The indemnity is owed for a late invoice only: some principal still unpaid after the due date.
        boolean late = date.isAfter(invoice.dueDate()) && principal.after(invoice.dueDate()).isPositive();
        Money indemnity = late ? law.recoveryIndemnity(kind, invoice.amount()) : zero();
        return new Balance(principal.current(), accrued.minus(lateChargesPaid).max(zero()),
                Balance.ChargeKind.borneBy(kind), indemnity.minus(indemnityPaid).max(zero()));
    }

    /** The last day late charges run to, as of {@code date}: the day they stopped (a plan, a closing), or {@code date}. */
    LocalDate chargesRunUntil(LocalDate date) {
        return chargesStopOn.filter(stop -> stop.isBefore(date)).orElse(date);
    }

    Money principalOwed() {
        return principal.current();
    }

    /** What the payments so far paid toward the principal. */
    Money paidToPrincipal() {
        return payments.stream().map(PaymentRecorded::toPrincipal).reduce(zero(), Money::plus);
    }

    List<PaymentRecorded> payments() {
        return List.copyOf(payments);
    }

    Optional<LocalDate> lastPaymentOn() {
        return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1).on());
    }

    Optional<InvoiceCorrection> correction() {
        return correction;
    }

    List<Instalment> plan() {
        return plan;
    }

    /** How many instalments of the plan are fully paid. */
    int instalmentsPaid() {
        Money cumulative = zero();
        int paid = 0;
        for (Instalment instalment : plan) {
            cumulative = cumulative.plus(instalment.amount());
            if (cumulative.isGreaterThan(paidIntoPlan)) {
                break;
            }
            paid++;
        }
        return paid;
    }

    /** The due date of the plan's first instalment not fully paid, if any. */
    Optional<LocalDate> nextInstalmentDue() {
        return plan.stream().skip(instalmentsPaid()).findFirst().map(Instalment::dueDate);
    }

    // ---- applying the claim's events ----

    void paid(PaymentRecorded payment, boolean intoPlan) {
        payments.add(payment);
        lateChargesPaid = lateChargesPaid.plus(payment.toLateCharges());
        indemnityPaid = indemnityPaid.plus(payment.toIndemnity());
        principal = principal.then(latest(payment.on(), invoice.dueDate()),
                principal.current().minus(payment.toPrincipal()));
        if (intoPlan) {
            paidIntoPlan = paidIntoPlan.plus(payment.amount().minus(payment.surplus()));
        }
    }

    /** A signed plan fixes what is owed: late charges stop on its signature. */
    void planAgreed(List<Instalment> instalments, LocalDate on) {
        plan = instalments;
        paidIntoPlan = zero();
        chargesStopOn = Optional.of(on);
    }

    void planDropped() {
        plan = List.of();
    }

    /** The claim closed on {@code on}: late charges stop then, unless they stopped earlier. */
    void closed(LocalDate on) {
        chargesStopOn = Optional.of(chargesRunUntil(on));
    }

    /**
     * A grievance about the invoice ended with {@code owedNow} of principal owed: the principal history
     * becomes what it would have been had the invoice been right from the start, payments applied again.
     */
    void corrected(Money owedNow, Optional<String> reference) {
        Money amount = owedNow.plus(paidToPrincipal());
        PrincipalHistory rebuilt = PrincipalHistory.startingAt(invoice.dueDate(), amount);
        Money owed = amount;
        for (PaymentRecorded payment : payments) {
            owed = owed.minus(payment.toPrincipal()).max(zero());
            rebuilt = rebuilt.then(latest(payment.on(), invoice.dueDate()), owed);
        }
        principal = rebuilt;
        correction = amount.equals(invoice.amount()) ? Optional.empty()
                : Optional.of(new InvoiceCorrection(invoice.amount(), amount, reference));
    }

    Money zero() {
        return Money.zero(invoice.amount().currency());
    }

    /** Refuses an amount in another currency than the invoice's. */
    void requireSameCurrency(Money money, String field) {
        Objects.requireNonNull(money, field);
        if (!money.currency().equals(invoice.amount().currency())) {
            throw new InvalidCommandException(field, "is in " + money.currency() + " but the claim is in "
                    + invoice.amount().currency());
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- as a snapshot keeps it ----

    Map<String, Object> stored() {
        return StoredFields.fields("principal", principal.changes().stream().map(change -> StoredFields.fields(
                        "on", StoredValues.date(change.on()), "principal", StoredValues.money(change.principal()))).toList(),
                "payments", payments.stream().map(SnapshotValues::event).toList(),
                "lateChargesPaid", StoredValues.money(lateChargesPaid), "indemnityPaid", StoredValues.money(indemnityPaid),
                "chargesStopOn", StoredValues.optionalDate(chargesStopOn),
                "correction", correction.map(StoredValues::correction).orElse(null),
                "plan", plan.stream().map(StoredValues::instalment).toList(), "paidIntoPlan", StoredValues.money(paidIntoPlan));
    }

    void restore(StoredFields f) {
        principal = new PrincipalHistory(f.objects("principal", change -> new PrincipalHistory.Change(change.date("on"),
                change.money("principal"))));
        f.objects("payments", SnapshotValues::event).forEach(payment -> payments.add((PaymentRecorded) payment));
        lateChargesPaid = f.money("lateChargesPaid");
        indemnityPaid = f.money("indemnityPaid");
        chargesStopOn = f.optionalDate("chargesStopOn");
        correction = f.optionalObject("correction", StoredValues::correction);
        plan = f.objects("plan", StoredValues::instalment);
        paidIntoPlan = f.money("paidIntoPlan");
    }
}
