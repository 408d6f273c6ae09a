package org.amicable.dispute.adapter.web.page;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;

/** The page's wording in one language ({@code page_fr.properties}, {@code page_en.properties}), with its numbers and dates. */
final class PageWords {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Language language;
    private final Locale locale;
    private final ResourceBundle bundle;
    /** Made once a page (a pattern is parsed each time one is made), and not shared: a DecimalFormat is not thread-safe. */
    private DecimalFormat amounts;

    PageWords(Language language) {
        this.language = language;
        this.locale = language == Language.FR ? Locale.FRANCE : Locale.UK;
        this.bundle = ResourceBundle.getBundle("org.amicable.dispute.adapter.web.page.page", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** The sentence of the key, its placeholders filled with the arguments as given (already formatted). */
    String say(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(
                java.util.Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    /** An amount as a reader of the language writes it: {@code 1 234,56 EUR} or {@code 1,234.56 EUR}. */
    String money(Money money) {
        if (amounts == null) {
            amounts = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        }
        DecimalFormat format = amounts;
        // French groups thousands with a narrow no-break space; a plain no-break space reads the same everywhere.
        return format.format(money.amount()).replace('\u202F', '\u00A0') + "\u00A0" + money.currency().getCurrencyCode();
    }

    String percent(BigDecimal percent) {
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(percent);
    }

    String date(LocalDate date) {
        return date.format(language == Language.FR ? FRENCH_DATE : ENGLISH_DATE);
    }
}
