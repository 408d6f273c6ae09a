package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.CHARGE_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.CHARGE_RATE_BASIS;
import static org.amicable.dispute.domain.model.StoredCodes.CUSTOMER_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.LANGUAGE;
import static org.amicable.dispute.domain.model.StoredCodes.LEGAL_MENTION;
import static org.amicable.dispute.domain.model.StoredCodes.REMEDY_KIND;
import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredFields.later;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** How the values that events and letters hold are stored: actors, customers, invoices, money, proposals… */
final class StoredValues {

    private StoredValues() {
    }

    static Map<String, Object> actor(Actor actor) {
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

    static Actor actor(StoredFields f) {
        String kind = f.string("kind");
        return switch (kind) {
            case "api-client" -> new Actor.ApiClient(f.string("name"), f.string("role"));
            case "person" -> new Actor.Person(f.string("login"), f.string("name"), f.string("role"));
            case "system-job" -> new Actor.SystemJob(f.string("name"));
            case "customer" -> new Actor.Customer(f.string("reference"));
            default -> throw new IllegalArgumentException("unknown kind of actor \"" + kind + "\"");
        };
    }

    static Map<String, Object> customer(Customer customer) {
        PostalAddress address = customer.address();
        return later(fields("reference", customer.reference(), "name", customer.name(),
                "kind", CUSTOMER_KIND.code(customer.kind()),
                "email", customer.email().orElse(null), "phone", customer.phone().orElse(null),
                "language", LANGUAGE.code(customer.language()),
                "address", fields("lines", address.lines(), "postalCode", address.postalCode(), "city", address.city(),
                        "country", address.country())),
                "contractPenaltyRate", customer.contractPenaltyRate().map(BigDecimal::toPlainString));
    }

    static Customer customer(StoredFields f) {
        return new Customer(f.string("reference"), f.string("name"), f.code("kind", CUSTOMER_KIND), f.optionalString("email"),
                f.object("address", a -> new PostalAddress(a.strings("lines"), a.string("postalCode"), a.string("city"),
                        a.string("country"))),
                f.optionalString("phone"), f.code("language", LANGUAGE),
                f.later("contractPenaltyRate", StoredFields::optionalString).map(BigDecimal::new));
    }

    static Map<String, Object> invoice(Invoice invoice) {
        return later(fields("number", invoice.number(), "issueDate", date(invoice.issueDate()),
                "dueDate", date(invoice.dueDate()), "amount", money(invoice.amount())),
                "contractPenaltyRate", invoice.contractPenaltyRate().map(BigDecimal::toPlainString));
    }

    static Invoice invoice(StoredFields f) {
        return new Invoice(f.string("number"), f.date("issueDate"), f.date("dueDate"), f.money("amount"),
                f.later("contractPenaltyRate", StoredFields::optionalString).map(BigDecimal::new));
    }

    static Map<String, Object> instalment(Instalment instalment) {
        return fields("number", instalment.number(), "dueDate", date(instalment.dueDate()), "amount", money(instalment.amount()));
    }

    static Instalment instalment(StoredFields f) {
        return new Instalment(f.integer("number"), f.date("dueDate"), f.money("amount"));
    }

    static Map<String, Object> proposal(SettlementProposal proposal) {
        return fields("round", proposal.round(), "remedy", REMEDY_KIND.code(proposal.remedy()),
                "amount", proposal.amount().map(StoredValues::money).orElse(null), "answerBy", date(proposal.answerBy()),
                "resolveBy", date(proposal.resolveBy()), "terms", proposal.terms());
    }

    static SettlementProposal proposal(StoredFields f) {
        return new SettlementProposal(f.integer("round"), f.code("remedy", REMEDY_KIND), f.optionalMoney("amount"),
                f.date("answerBy"), f.date("resolveBy"), f.string("terms"));
    }

    static Map<String, Object> balance(Balance balance) {
        return fields("principal", money(balance.principal()), "lateCharges", money(balance.lateCharges()),
                "lateChargesKind", CHARGE_KIND.code(balance.chargeKind()), "indemnity", money(balance.indemnity()));
    }

    static Balance balance(StoredFields f) {
        return new Balance(f.money("principal"), f.money("lateCharges"), f.code("lateChargesKind", CHARGE_KIND),
                f.money("indemnity"));
    }

    static List<String> mentions(List<LegalMention> mentions) {
        return mentions.stream().map(LEGAL_MENTION::code).toList();
    }

    static List<LegalMention> mentions(StoredFields f) {
        return f.strings("mentions").stream().map(LEGAL_MENTION::constant).toList();
    }

    static Map<String, Object> rate(LateChargeRate rate) {
        return fields("annualPercent", rate.annualPercent().toPlainString(), "basis", CHARGE_RATE_BASIS.code(rate.basis()));
    }

    static LateChargeRate rate(StoredFields f) {
        return new LateChargeRate(new BigDecimal(f.string("annualPercent")), f.code("basis", CHARGE_RATE_BASIS));
    }

    static Map<String, Object> correction(InvoiceCorrection correction) {
        return fields("originalAmount", money(correction.originalAmount()),
                "correctedAmount", money(correction.correctedAmount()),
                "reference", correction.reference().orElse(null));
    }

    static InvoiceCorrection correction(StoredFields f) {
        return new InvoiceCorrection(f.money("originalAmount"), f.money("correctedAmount"), f.optionalString("reference"));
    }

    static Map<String, Object> money(Money money) {
        return fields("amount", money.amount().toPlainString(), "currency", money.currency().getCurrencyCode());
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    /** A date as stored, or null (an absent member's value) when there is none. */
    static String optionalDate(java.util.Optional<LocalDate> date) {
        return date.map(StoredValues::date).orElse(null);
    }
}
