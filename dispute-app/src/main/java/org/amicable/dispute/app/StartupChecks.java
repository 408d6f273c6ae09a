package org.amicable.dispute.app;

import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.ApiToken;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checked when the application starts, not at the first request: the API tokens are read (a malformed
 * one stops the start, naming its property), and what would make the application useless or wrong
 * without failing is said in the log: no token at all, a rate table that stops before the current
 * semester.
 */
@Context
final class StartupChecks {

    private static final Logger LOG = LoggerFactory.getLogger("amicable");

    /** The policy comes first: building it checks the rate tables, so that they can be read here. */
    StartupChecks(List<ApiToken> tokens, EscalationPolicy policy, PolicyFactory.RateSettings rates, Clock clock) {
        if (tokens.isEmpty()) {
            LOG.warn("No API token is configured: every API call answers 401. Add one with"
                    + " amicable.security.tokens[0].name, .sha256 (the SHA-256 of the token) and .role (see README).");
        }
        LocalDate semester = semesterOf(LocalDate.now(clock));
        stale("amicable.rates.reference", rates.getReference(), semester);
        stale("amicable.rates.legal", rates.getLegal(), semester);
    }

    /** The first day of the semester the date is in: rates change on 1 January and 1 July. */
    static LocalDate semesterOf(LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private static void stale(String property, Map<String, String> table, LocalDate semester) {
        Optional<LocalDate> latest = table.keySet().stream().map(LocalDate::parse).max(LocalDate::compareTo);
        if (latest.isEmpty() || latest.get().isBefore(semester)) {
            LOG.warn("{} has no rate from {} (the current semester); its latest is from {}. Charges are computed"
                    + " with that older rate until the table is updated from the Banque de France publication.",
                    property, semester, latest.map(LocalDate::toString).orElse("nowhere"));
        }
    }
}
