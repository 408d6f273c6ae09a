package org.amicable.dispute.adapter.mail;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;

/** Amounts and dates as a reader of the letter's language writes them: 1 234,56 EUR, 15 janvier 2027. */
final class LetterFormat {

    /** No-break space: an amount or a date is never split across two lines. */
    static final char NBSP = '\u00A0';

    private final Language language;
    private final DateTimeFormatter monthYear;

    LetterFormat(Language language) {
        this.language = language;
        this.monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", locale(language));
    }

    static Locale locale(Language language) {
        return language == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
    }

    String money(Money money) {
        int digits = money.currency().getDefaultFractionDigits();
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(language == Language.FR ? NBSP : ',');
        symbols.setDecimalSeparator(language == Language.FR ? ',' : '.');
        symbols.setMinusSign('-');
        String pattern = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        BigDecimal amount = money.amount();
        return format.format(amount) + NBSP + money.currency().getCurrencyCode();
    }

    String date(LocalDate date) {
        String day = language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + NBSP + monthYear.format(date);
    }
}
