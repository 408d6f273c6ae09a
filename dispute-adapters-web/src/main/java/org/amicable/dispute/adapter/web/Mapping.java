package org.amicable.dispute.adapter.web;

import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.EvidenceFile;
import org.amicable.dispute.domain.port.in.DisputeSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.amicable.dispute.domain.model.LetterDelivery;

/** Explicit mapping between the API's JSON and the domain's values, both ways. */
final class Mapping {

    private Mapping() {
    }

    // ---- from requests ----

    static DisputeId disputeId(String id) {
        try {
            return DisputeId.parse(id);
        } catch (IllegalArgumentException e) {
            // An id that cannot exist names no dispute.
            throw new org.amicable.dispute.domain.model.DisputeNotFoundException("dispute " + abbreviate(id));
        }
    }

    static LetterId letterId(String disputeId, String id) {
        try {
            return LetterId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new org.amicable.dispute.domain.model.DisputeNotFoundException(
                    "letter " + abbreviate(id) + " of dispute " + abbreviate(disputeId));
        }
    }

    /** The id a page of disputes starts after. */
    static DisputeId cursor(String after) {
        try {
            return DisputeId.parse(after);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("after", "is not a dispute id (the id of the last dispute of the previous page)");
        }
    }

    private static String abbreviate(String text) {
        String safe = text == null ? "" : text.replaceAll("[^0-9A-Za-z-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }

    static Money money(Json.Money json, String field) {
        Currency currency;
        try {
            currency = Currency.getInstance(json.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(field + ".currency", "is not an ISO 4217 currency");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(json.amount());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field + ".amount", "is not a decimal number such as 1234.56");
        }
        try {
            return Money.of(amount, currency);
        } catch (InvalidValueException e) {
            // Money names its own parts, "amount" or "currency": the request nests them under the field.
            throw new InvalidRequestException(field + "." + e.field(), e.problem());
        }
    }

    static Optional<Money> money(Optional<Json.Money> json, String field) {
        return json.map(value -> money(value, field));
    }

    static Customer customer(Json.Customer json) {
        PostalAddress address = within("customer", () -> new PostalAddress(json.address().lines(),
                json.address().postalCode(), json.address().city(), json.address().country()));
        Optional<BigDecimal> rate = rate(json.contractPenaltyRate(), "customer.contractPenaltyRate");
        return new Customer(json.reference(), json.name(), json.kind(), Optional.ofNullable(json.email()),
                address, Optional.ofNullable(json.phone()), json.language() == null ? Language.FR : json.language(), rate);
    }

    static Invoice invoice(Json.Invoice json) {
        Money amount = money(json.amount(), "invoice.amount");
        Optional<BigDecimal> rate = rate(json.contractPenaltyRate(), "invoice.contractPenaltyRate");
        return new Invoice(json.number(), json.issueDate(), json.dueDate(), amount, rate);
    }

    /** A rate in percent a year, as a decimal string; the domain checks its range. */
    private static Optional<BigDecimal> rate(String text, String field) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "is not a number (percent a year, e.g. \"12.5\")");
        }
    }

    static List<Instalment> instalments(List<Json.Instalment> json) {
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            Json.Instalment item = json.get(i);
            Money amount = money(item.amount(), "instalments[" + i + "].amount");
            instalments.add(within("instalments[" + i + "]", () -> new Instalment(item.number(), item.dueDate(), amount)));
        }
        return instalments;
    }

    /** Builds a domain value that the request nests under {@code prefix}, naming the refused field from there. */
    static <T> T within(String prefix, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw e.within(prefix);
        }
    }

    // ---- to responses ----

    static Json.Money money(Money money) {
        return new Json.Money(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    static Json.Customer customer(Customer customer) {
        PostalAddress address = customer.address();
        return new Json.Customer(customer.reference(), customer.name(), customer.kind(), customer.email().orElse(null),
                new Json.Address(address.lines(), address.postalCode(), address.city(), address.country()),
                customer.phone().orElse(null), customer.language(),
                customer.contractPenaltyRate().map(BigDecimal::toPlainString).orElse(null));
    }

    static Json.Invoice invoice(Invoice invoice) {
        return new Json.Invoice(invoice.number(), invoice.issueDate(), invoice.dueDate(), money(invoice.amount()),
                invoice.contractPenaltyRate().map(BigDecimal::toPlainString).orElse(null));
    }

    static Json.Instalment instalment(Instalment instalment) {
        return new Json.Instalment(instalment.number(), instalment.dueDate(), money(instalment.amount()));
    }

    static Responses.Balance balance(Balance balance) {
        return new Responses.Balance(money(balance.principal()), money(balance.lateCharges()), balance.chargeKind(),
                money(balance.indemnity()), money(balance.total()));
    }

    static Responses.Proposal proposal(SettlementProposal proposal) {
        return new Responses.Proposal(proposal.round(), proposal.remedy(), proposal.amount().map(Mapping::money).orElse(null),
                proposal.answerBy(), proposal.resolveBy(), proposal.terms());
    }

    static Responses.Dispute dispute(DisputeView view) {
        Responses.Claim claim = view.claim().map(details -> new Responses.Claim(details.promisedFor().orElse(null),
                details.heldByGrievance().map(DisputeId::toString).orElse(null), details.mediationTried(),
                details.repaymentPlan().stream().map(Mapping::instalment).toList(), details.instalmentsPaid(),
                details.proposedPlan().stream().map(Mapping::instalment).toList())).orElse(null);
        Responses.Grievance grievance = view.grievance().map(details -> new Responses.Grievance(details.cause(),
                details.description(), details.complaintDate(), details.manager().orElse(null),
                details.proposals().stream().map(Mapping::proposal).toList(),
                details.pendingProposal().map(Mapping::proposal).orElse(null),
                details.agreement().map(Mapping::proposal).orElse(null),
                details.heldClaim().map(DisputeId::toString).orElse(null), details.mediator().orElse(null))).orElse(null);
        return new Responses.Dispute(view.id().toString(), view.track(), view.state().name(), view.closed(), view.version(),
                customer(view.customer()), view.invoice().map(Mapping::invoice).orElse(null), view.openedOn(), view.asOf(),
                view.balance().map(Mapping::balance).orElse(null), view.nextStep().map(NextStepWords::english).orElse(null),
                view.nextDueOn().orElse(null), deadlines(view), view.limitationDate().orElse(null),
                view.letters().stream().map(Mapping::letterSummary).toList(), claim, grievance);
    }

    static Responses.Letter letter(Letter letter) {
        return letter(letter, Optional.empty());
    }

    /** A letter with its delivery, shown once an attempt to send it failed. */
    static Responses.Letter letter(Letter letter, Optional<LetterDelivery> delivery) {
        return new Responses.Letter(letter.id().toString(), letter.disputeId().toString(), letter.kind(), letter.channel(),
                letter.language(), letter.issuedOn(), letter.reference(), letter.status(), letter.sentAt().orElse(null),
                letter.contentHash().orElse(null), letter.trackingNumber().orElse(null),
                letter.acknowledgedOn().orElse(null), letter.failure().orElse(null), EventFormat.fields(letter.content()),
                delivery.filter(value -> value.attempts() > 0 || value.status() == LetterStatus.FAILED).map(Mapping::delivery)
                        .orElse(null));
    }

    static Responses.Delivery delivery(LetterDelivery delivery) {
        return new Responses.Delivery(delivery.letterId().toString(), delivery.disputeId().toString(), delivery.status(),
                delivery.attempts(), delivery.lastError().orElse(null), delivery.nextAttempt().orElse(null));
    }

    /** A letter as a dispute lists it: everything but its content, which its own resource serves. */
    static Responses.Letter letterSummary(Letter letter) {
        return new Responses.Letter(letter.id().toString(), letter.disputeId().toString(), letter.kind(), letter.channel(),
                letter.language(), letter.issuedOn(), letter.reference(), letter.status(), letter.sentAt().orElse(null),
                letter.contentHash().orElse(null), letter.trackingNumber().orElse(null),
                letter.acknowledgedOn().orElse(null), letter.failure().orElse(null), null, null);
    }

    static Responses.Summary summary(DisputeSummary summary) {
        return new Responses.Summary(summary.id().toString(), summary.track(), summary.state().name(),
                summary.customerReference(), summary.customerName(), summary.invoiceNumber().orElse(null),
                summary.dueOn().orElse(null), summary.version(), summary.openedOn(), summary.manager().orElse(null));
    }

    static Responses.TimelineEntry entry(TimelineEntry entry) {
        EventFormat.EventType type = EventFormat.typeOf(entry.event());
        return new Responses.TimelineEntry(entry.sequence(), entry.recordedAt(), type.name(), type.version(),
                entry.event().on(), entry.actor().map(Mapping::actor).orElse(null), EventWords.of(entry.event()),
                typed(entry.event()),
                entry.previousHash(), entry.hash(), entry.stored());
    }

    static Responses.Actor actor(Actor actor) {
        if (actor instanceof Actor.ApiClient client) {
            return new Responses.Actor("api-client", client.name(), client.role(), actor.describe());
        }
        if (actor instanceof Actor.Person person) {
            return new Responses.Actor("person", person.login(), person.role(), actor.describe());
        }
        if (actor instanceof Actor.Customer customer) {
            return new Responses.Actor("customer", customer.reference(), null, actor.describe());
        }
        return new Responses.Actor("system-job", ((Actor.SystemJob) actor).name(), null, actor.describe());
    }

    static Responses.Verification verification(Timeline.Verification verification) {
        return new Responses.Verification(verification.intact(), verification.firstBroken().orElse(null),
                verification.explanation());
    }

    static Responses.Evidence evidence(EvidenceFile file) {
        return new Responses.Evidence(dispute(file.dispute()), file.timeline().stream().map(Mapping::entry).toList(),
                file.letters().stream().map(Mapping::letter).toList(), verification(file.verification()));
    }

    static Responses.EscalationReport report(EscalationReport report) {
        return new Responses.EscalationReport(report.date(), report.preview(), report.examined(), report.counts(),
                report.actions().stream().map(action -> new Responses.EscalationAction(action.disputeId().toString(),
                        action.stateAfter(), action.events().stream().map(Mapping::typed).toList())).toList(),
                report.conflicts().stream().map(DisputeId::toString).toList());
    }

    /** An event as the API shows it: its stable type name in {@code type}, then its stored fields. */
    static Map<String, Object> typed(DisputeEvent event) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", EventFormat.typeOf(event).name());
        map.putAll(EventFormat.fields(event));
        return map;
    }

    /** The deadlines under their stable names, in the order the domain gives them. */
    private static Map<String, LocalDate> deadlines(DisputeView view) {
        Map<String, LocalDate> named = new LinkedHashMap<>();
        view.deadlines().forEach((deadline, date) -> named.put(deadline.key(), date));
        return named;
    }
}
