package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer on the other side of the dispute, as known when the dispute was opened.
 *
 * @param reference the customer's reference in the company's systems
 * @param name      the name letters are addressed to
 * @param kind      consumer or business
 * @param email     the email address, if any
 * @param address   the postal address, where registered letters go
 * @param phone     the phone number, if any; a written reminder is confirmed by a call when present
 * @param language  the language of the customer's letters
 * @param contractPenaltyRate the late-payment penalty rate of the customer's terms of sale, percent a year
 *                  (above 0, at most 100), if they set one; an invoice's own rate prevails
 */
public record Customer(
        String reference,
        String name,
        CustomerKind kind,
        Optional<String> email,
        PostalAddress address,
        Optional<String> phone,
        Language language,
        Optional<BigDecimal> contractPenaltyRate) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");

    /** A customer whose terms of sale set no penalty rate. */
    public Customer(String reference, String name, CustomerKind kind, Optional<String> email, PostalAddress address,
            Optional<String> phone, Language language) {
        this(reference, name, kind, email, address, phone, language, Optional.empty());
    }

    public Customer {
        reference = Text.line(reference, "customer.reference", 64);
        name = Text.line(name, "customer.name", 200);
        InvalidValueException.required(kind, "customer.kind");
        InvalidValueException.required(address, "customer.address");
        InvalidValueException.required(language, "customer.language");
        email = Objects.requireNonNull(email, "email").map(value -> Text.line(value, "customer.email", 254));
        email.filter(value -> !EMAIL.matcher(value).matches()).ifPresent(value -> {
            throw new InvalidValueException("customer.email", "is not an email address");
        });
        phone = Objects.requireNonNull(phone, "phone").map(value -> Text.line(value, "customer.phone", 20));
        phone.filter(value -> !PHONE.matcher(value).matches()).ifPresent(value -> {
            throw new InvalidValueException("customer.phone", "is not a phone number");
        });
        contractPenaltyRate = Objects.requireNonNull(contractPenaltyRate, "customer.contractPenaltyRate")
                .map(rate -> ContractRate.require(rate, "customer.contractPenaltyRate"));
    }
}
