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

    /**
     * A business customer, built field by field: {@code Customer.business("B-042", "Martin SARL")
     * .email("compta@martin.fr").address(address).language(Language.FR).build()}. Each optional field is
     * named, so an email cannot land where the phone goes.
     */
    public static Builder business(String reference, String name) {
        return new Builder(reference, name, CustomerKind.BUSINESS);
    }

    /** A consumer, built field by field like {@link #business}. */
    public static Builder consumer(String reference, String name) {
        return new Builder(reference, name, CustomerKind.CONSUMER);
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

    /** The fields of a {@link Customer}, each set by name; {@link #build()} checks them all. */
    public static final class Builder {

        private final String reference;
        private final String name;
        private final CustomerKind kind;
        private Optional<String> email = Optional.empty();
        private Optional<String> phone = Optional.empty();
        private PostalAddress address;
        private Language language;
        private Optional<BigDecimal> contractPenaltyRate = Optional.empty();

        private Builder(String reference, String name, CustomerKind kind) {
            this.reference = reference;
            this.name = name;
            this.kind = kind;
        }

        /** The postal address, where registered letters go (required). */
        public Builder address(PostalAddress address) {
            this.address = address;
            return this;
        }

        /** The language of the customer's letters (required). */
        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        public Builder email(String email) {
            this.email = Optional.of(email);
            return this;
        }

        /** The phone number; a written reminder is then confirmed by a call. */
        public Builder phone(String phone) {
            this.phone = Optional.of(phone);
            return this;
        }

        /** The late-payment penalty rate of the customer's terms of sale, percent a year. */
        public Builder contractPenaltyRate(BigDecimal percentAYear) {
            this.contractPenaltyRate = Optional.of(percentAYear);
            return this;
        }

        /**
         * The customer.
         *
         * @throws InvalidValueException naming the field that is missing or not valid
         */
        public Customer build() {
            return new Customer(reference, name, kind, email, address, phone, language, contractPenaltyRate);
        }
    }
}
