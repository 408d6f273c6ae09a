package org.amicable.dispute.app;

import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.adapter.web.ApiToken;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checked when the application starts, not at the first request: the API tokens are read (a malformed
 * one stops the start, naming its property), and what would make the application useless or wrong
 * without failing is said in the log: no token at all, a rate table that stops before the current
 * semester. The same warnings, with the company's settings still holding a placeholder, are the
 * {@code configuration} detail of the health, so that they stay visible after the start.
 */
@Context
final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger("amicable");

    private final List<ApiToken> tokens;
    private final PolicyFactory.RateSettings rates;
    private final MailSettings mail;
    private final Clock clock;

    /** The policy comes first: building it checks the rate tables, so that they can be read here. */
    StartupChecks(List<ApiToken> tokens, EscalationPolicy policy, PolicyFactory.RateSettings rates, MailSettings mail,
            Clock clock) {
        this.tokens = tokens;
        this.rates = rates;
        this.mail = mail;
        this.clock = clock;
        // The placeholders are logged where the letters they hold are wired (MailFactory).
        settingWarnings().forEach(LOG::warn);
    }

    /** What is wrong with the settings today, in sentences an operator can act on. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>(settingWarnings());
        for (String placeholder : mail.company().placeholders()) {
            warnings.add("amicable." + placeholder + " is still a placeholder: letters to consumers are held until it is set.");
        }
        return warnings;
    }

    private List<String> settingWarnings() {
        List<String> warnings = new ArrayList<>();
        if (tokens.isEmpty()) {
            warnings.add("No API token is configured: every API call answers 401. Create one with"
                    + " `java -jar <the application's jar> token create --name NAME --role ROLE`, or set"
                    + " amicable.security.tokens[0].name, .sha256 (the SHA-256 of the token) and .role (see README).");
        }
        LocalDate semester = semesterOf(LocalDate.now(clock));
        stale("amicable.rates.reference", rates.getReference(), semester).ifPresent(warnings::add);
        stale("amicable.rates.legal", rates.getLegal(), semester).ifPresent(warnings::add);
        return warnings;
    }

    /** The first day of the semester the date is in: rates change on 1 January and 1 July. */
    static LocalDate semesterOf(LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private static Optional<String> stale(String property, Map<String, String> table, LocalDate semester) {
        Optional<LocalDate> latest = table.keySet().stream().map(LocalDate::parse).max(LocalDate::compareTo);
        if (latest.isEmpty() || latest.get().isBefore(semester)) {
            return Optional.of(property + " has no rate from " + semester + " (the current semester); its latest is from "
                    + latest.map(LocalDate::toString).orElse("nowhere") + ". Charges are computed with that older rate"
                    + " until the table is updated from the Banque de France publication.");
        }
        return Optional.empty();
    }
}
