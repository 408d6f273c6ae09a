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

    private static final String[] FRENCH = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
        "vingt", "vingt et un", "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept",
        "vingt-huit", "vingt-neuf", "trente", "trente et un"};
    private static final String[] ENGLISH = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six",
        "twenty-seven", "twenty-eight", "twenty-nine", "thirty", "thirty-one"};

    /** A count of days in words, as a deadline is written in a letter (huit, eight); digits past 31. */
    String number(int value) {
        String[] words = language == Language.FR ? FRENCH : ENGLISH;
        return value >= 0 && value < words.length ? words[value] : Integer.toString(value);
    }

    /** A yearly rate: 12,15 % or 12.15 %; no trailing zeros. */
    String percent(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(language == Language.FR ? ',' : '.');
        DecimalFormat format = new DecimalFormat("0.####", symbols);
        return format.format(value) + (language == Language.FR ? NBSP + "%" : "%");
    }

    String date(LocalDate date) {
        String day = language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + NBSP + monthYear.format(date);
    }
}
