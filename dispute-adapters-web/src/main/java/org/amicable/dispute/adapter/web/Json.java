package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;

import java.time.LocalDate;
import java.util.List;

/** The values that requests and responses share: money, customers, invoices, instalments. */
public final class Json {

    private Json() {
    }

    /**
     * An amount of money: the amount as a decimal string (never a float) with its ISO 4217 currency.
     *
     * @param amount   the amount, such as {@code "1234.56"}
     * @param currency the currency, such as {@code "EUR"}
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Money")
    public record Money(
            @NotBlank @Pattern(regexp = "-?[0-9]{1,13}(\\.[0-9]{1,4})?", message = "must be a decimal number such as 1234.56")
            @Schema(example = "1234.56") @Serdeable.Deserializable(using = StrictJson.DecimalString.class) String amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            @Schema(example = "EUR") String currency) {
    }

    /**
     * A postal address.
     *
     * @param lines      one to three lines
     * @param postalCode the postal code
     * @param city       the city
     * @param country    the ISO 3166 alpha-2 country code
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "PostalAddress")
    public record Address(
            @NotEmpty @Size(max = 3) @Serdeable.Deserializable(using = StrictJson.Lines.class)
            List<@NotBlank @Size(max = 100) String> lines,
            @NotBlank @Size(max = 16) String postalCode,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as FR") String country) {
    }

    /**
     * A customer.
     *
     * @param reference the customer's reference in the caller's system
     * @param name      the customer's name
     * @param kind      consumer or business
     * @param email     an email address, if known
     * @param address   the postal address (registered letters go there)
     * @param phone     a phone number, if known
     * @param language  the language letters are written in (FR by default)
     * @param contractPenaltyRate the late-payment penalty rate of the customer's terms of sale, percent a year
     *                  as a decimal string ("12.5"), above 0 and at most 100; never applied below three times
     *                  the legal rate
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Customer")
    public record Customer(
            @NotBlank @Size(max = 64) String reference,
            @NotBlank @Size(max = 200) String name,
            @NotNull CustomerKind kind,
            @Nullable @Size(max = 254) String email,
            @NotNull @Valid Address address,
            @Nullable @Size(max = 20) String phone,
            @Nullable Language language,
            @Nullable @Size(max = 20) String contractPenaltyRate) {
    }

    /**
     * An invoice.
     *
     * @param number    its number
     * @param issueDate the day it was issued
     * @param dueDate   the day it was due
     * @param amount    its amount, taxes included
     * @param contractPenaltyRate the late-payment penalty rate the invoice states, percent a year as a decimal
     *                  string, above 0 and at most 100; it prevails over the customer's
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Invoice")
    public record Invoice(
            @NotBlank @Size(max = 64) String number,
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate issueDate,
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate dueDate,
            @NotNull @Valid Money amount,
            @Nullable @Size(max = 20) String contractPenaltyRate) {
    }

    /**
     * One instalment of a repayment plan.
     *
     * @param number  its rank, from 1
     * @param dueDate the day it is due
     * @param amount  its amount
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Instalment")
    public record Instalment(@NotNull Integer number, @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate dueDate, @NotNull @Valid Money amount) {
    }
}
