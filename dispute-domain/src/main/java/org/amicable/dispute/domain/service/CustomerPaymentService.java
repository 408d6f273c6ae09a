package org.amicable.dispute.domain.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Text;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.PaymentImputation;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * A customer's payment over several claims. The parts are recorded claim by claim; the application
 * runs the whole in one transaction, so that a refused part records nothing.
 */
final class CustomerPaymentService implements RecordCustomerPaymentUseCase {

    private final Disputes disputes;

    CustomerPaymentService(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public CustomerPayment recordCustomerPayment(Command command) {
        String customer = Text.line(command.customerReference(), "customerReference", 64);
        String reference = Text.line(command.reference(), "reference", 100);
        if (!command.amount().isPositive()) {
            throw new InvalidCommandException("amount", "must be positive");
        }
        if (command.invoices().size() > MOST_INVOICES) {
            throw new InvalidCommandException("invoices", "names more than " + MOST_INVOICES + " invoices");
        }
        Map<String, UnpaidClaim> open = openClaims(customer);
        List<UnpaidClaim> named = named(command, customer, open);
        for (UnpaidClaim claim : named) {
            Money owed = claim.figures(disputes.policy()).balanceOn(command.receivedOn()).total();
            if (!owed.currency().equals(command.amount().currency())) {
                throw new InvalidCommandException("amount", "is in " + command.amount().currency() + " but invoice "
                        + claim.invoice().orElseThrow().number() + " is in " + owed.currency());
            }
        }
        boolean customerSaid = !command.invoices().isEmpty()
                && command.invoices().stream().allMatch(part -> part.amount().isPresent());
        List<PaymentImputation.Part> parts = customerSaid ? asTheCustomerSaid(command)
                : PaymentImputation.split(command.amount(), named.stream().map(claim -> debt(claim, command)).toList());
        List<AppliedPart> applied = new ArrayList<>();
        for (PaymentImputation.Part part : parts) {
            if (!part.amount().isPositive()) {
                continue;
            }
            UnpaidClaim claim = open.get(part.invoiceNumber());
            disputes.actor().ifPresent(claim::actingAs);
            PaymentRecorded payment = claim.recordPayment(command.receivedOn(), part.amount(), reference,
                    disputes.policy(), disputes.clock());
            disputes.save(claim);
            applied.add(new AppliedPart(claim.id(), part.invoiceNumber(), part.amount(), payment.toLateCharges(),
                    payment.toIndemnity(), payment.toPrincipal(), payment.surplus(), claim.state().name(), claim.version()));
        }
        return new CustomerPayment(customer, customerSaid ? Split.AS_THE_CUSTOMER_SAID : Split.CIVIL_CODE_ART_1342_10,
                applied);
    }

    /** The customer's open claims, by invoice number. */
    private Map<String, UnpaidClaim> openClaims(String customer) {
        List<DisputeId> ids = new ArrayList<>();
        Optional<DisputeId> after = Optional.empty();
        while (true) {
            List<DisputeSummary> page = disputes.repository().search(new DisputeQuery(Optional.empty(),
                    Optional.of(Track.UNPAID_CLAIM), Optional.empty(), Optional.of(customer), Optional.empty(),
                    Optional.empty(), true, after, DisputeQuery.MAX_LIMIT));
            page.forEach(summary -> ids.add(summary.id()));
            if (page.size() < DisputeQuery.MAX_LIMIT) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
        Map<String, UnpaidClaim> claims = new LinkedHashMap<>();
        for (Dispute dispute : disputes.repository().findAll(ids)) {
            if (dispute instanceof UnpaidClaim claim && !claim.isClosed()) {
                claims.put(claim.invoice().orElseThrow().number(), claim);
            }
        }
        return claims;
    }

    /** The claims the payment names, each once and open; every open claim of the customer when it names none. */
    private static List<UnpaidClaim> named(Command command, String customer, Map<String, UnpaidClaim> open) {
        if (command.invoices().isEmpty()) {
            if (open.isEmpty()) {
                throw new InvalidCommandException("customerReference", "customer " + customer + " has no open claim");
            }
            return List.copyOf(open.values());
        }
        List<UnpaidClaim> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean withAmount = command.invoices().get(0).amount().isPresent();
        for (int i = 0; i < command.invoices().size(); i++) {
            InvoicePart part = command.invoices().get(i);
            String field = "invoices[" + i + "]";
            if (part.amount().isPresent() != withAmount) {
                throw new InvalidCommandException(field + ".amount", "either every invoice names its amount, or none does");
            }
            if (!seen.add(part.invoiceNumber())) {
                throw new InvalidCommandException(field + ".invoiceNumber", "names invoice " + part.invoiceNumber()
                        + " a second time");
            }
            UnpaidClaim claim = open.get(part.invoiceNumber());
            if (claim == null) {
                throw new InvalidCommandException(field + ".invoiceNumber", "customer " + customer
                        + " has no open claim for invoice " + part.invoiceNumber());
            }
            named.add(claim);
        }
        return named;
    }

    private static List<PaymentImputation.Part> asTheCustomerSaid(Command command) {
        Money total = Money.zero(command.amount().currency());
        List<PaymentImputation.Part> parts = new ArrayList<>();
        for (int i = 0; i < command.invoices().size(); i++) {
            InvoicePart part = command.invoices().get(i);
            Money amount = part.amount().orElseThrow();
            if (!amount.currency().equals(command.amount().currency())) {
                throw new InvalidCommandException("invoices[" + i + "].amount", "is in " + amount.currency()
                        + " but the payment is in " + command.amount().currency());
            }
            if (!amount.isPositive()) {
                throw new InvalidCommandException("invoices[" + i + "].amount", "must be positive");
            }
            total = total.plus(amount);
            parts.add(new PaymentImputation.Part(part.invoiceNumber(), amount));
        }
        if (!total.equals(command.amount())) {
            throw new InvalidCommandException("invoices", "the amounts add up to " + total + ", not to the payment's "
                    + command.amount());
        }
        return parts;
    }

    private PaymentImputation.Debt debt(UnpaidClaim claim, Command command) {
        BigDecimal rate = claim.figures(disputes.policy()).lateChargesRunAfter()
                .filter(start -> start.isBefore(command.receivedOn()))
                .map(start -> claim.figures(disputes.policy()).lateChargeRateOn(command.receivedOn()).annualPercent())
                .orElse(BigDecimal.ZERO);
        return new PaymentImputation.Debt(claim.invoice().orElseThrow().number(), claim.invoice().orElseThrow().dueDate(),
                rate, claim.figures(disputes.policy()).balanceOn(command.receivedOn()).total());
    }
}
