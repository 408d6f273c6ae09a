package org.amicable.dispute.adapter.web;

import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.ImportOutcome;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The documented columns of the import files, and each row read into a command or refused with its reason. */
final class ImportRows {

    static final Set<String> CLAIM_COLUMNS = ordered("customer_reference", "name", "kind", "email", "phone",
            "language", "address", "postal_code", "city", "country", "invoice_number", "issue_date", "due_date",
            "amount", "currency", "contract_rate");
    static final Set<String> CLAIM_REQUIRED = ordered("customer_reference", "name", "kind", "address", "postal_code",
            "city", "country", "invoice_number", "issue_date", "due_date", "amount", "currency");
    static final Set<String> PAYMENT_COLUMNS = ordered("customer_reference", "invoice_number", "date", "amount",
            "currency", "reference");
    static final Set<String> PAYMENT_REQUIRED = ordered("invoice_number", "date", "amount", "reference");

    /** A row read: the command, or why it is refused. */
    record Read<T>(Optional<T> command, Optional<ImportOutcome.Refused> refused) {
    }

    /** Thrown while reading one row; the row is refused, the file goes on. */
    private static final class RowRefused extends RuntimeException {
        final String field;

        RowRefused(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    private ImportRows() {
    }

    static Read<OpenUnpaidClaimUseCase.Command> claim(Map<String, String> row) {
        return read(row, CLAIM_REQUIRED, () -> {
            Currency currency = currency(row);
            Money amount = build("amount", () -> Money.of(decimal(row, "amount"), currency));
            Optional<BigDecimal> invoiceRate = Optional.ofNullable(row.get("contract_rate")).map(text -> decimal(row, "contract_rate"));
            List<String> lines = Arrays.stream(row.get("address").split("\\R|\\|")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            PostalAddress address = build("address", () -> new PostalAddress(lines, row.get("postal_code"), row.get("city"),
                    row.get("country")));
            Customer customer = build("customer", () -> new Customer(row.get("customer_reference"), row.get("name"),
                    choice(row, "kind", CustomerKind.class), Optional.ofNullable(row.get("email")), address,
                    Optional.ofNullable(row.get("phone")),
                    row.containsKey("language") ? choice(row, "language", Language.class) : Language.FR));
            Invoice invoice = build("invoice", () -> new Invoice(row.get("invoice_number"), date(row, "issue_date"),
                    date(row, "due_date"), amount, invoiceRate));
            return new OpenUnpaidClaimUseCase.Command(customer, invoice);
        });
    }

    static Read<ImportPaymentsUseCase.Row> payment(Map<String, String> row) {
        return read(row, PAYMENT_REQUIRED, () -> new ImportPaymentsUseCase.Row(
                Optional.ofNullable(row.get("customer_reference")), row.get("invoice_number"), date(row, "date"),
                decimal(row, "amount"), row.containsKey("currency") ? Optional.of(currency(row)) : Optional.empty(),
                row.get("reference")));
    }

    private static <T> Read<T> read(Map<String, String> row, Set<String> required, java.util.function.Supplier<T> command) {
        if (row.containsKey("")) {
            return new Read<>(Optional.empty(), Optional.of(new ImportOutcome.Refused("row", row.get(""))));
        }
        for (String column : required) {
            if (!row.containsKey(column)) {
                return new Read<>(Optional.empty(), Optional.of(new ImportOutcome.Refused(column, "is required")));
            }
        }
        try {
            return new Read<>(Optional.of(command.get()), Optional.empty());
        } catch (RowRefused e) {
            return new Read<>(Optional.empty(), Optional.of(new ImportOutcome.Refused(e.field, e.getMessage())));
        }
    }

    private static LocalDate date(Map<String, String> row, String column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw new RowRefused(column, "is not a date (YYYY-MM-DD): \"" + row.get(column) + "\"");
        }
    }

    private static BigDecimal decimal(Map<String, String> row, String column) {
        try {
            return new BigDecimal(row.get(column));
        } catch (NumberFormatException e) {
            throw new RowRefused(column, "is not a decimal number (1234.56): \"" + row.get(column) + "\"");
        }
    }

    private static Currency currency(Map<String, String> row) {
        try {
            return Currency.getInstance(row.get("currency"));
        } catch (IllegalArgumentException e) {
            throw new RowRefused("currency", "is not an ISO 4217 currency: \"" + row.get("currency") + "\"");
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, String> row, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, row.get(column).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRefused(column, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ": \"" + row.get(column) + "\"");
        }
    }

    /** Values the domain refuses name their field first ("invoice.dueDate is before ..."). */
    private static <T> T build(String column, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw new RowRefused(e.field(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RowRefused(column, e.getMessage() == null ? column + " is invalid" : e.getMessage());
        }
    }

    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
