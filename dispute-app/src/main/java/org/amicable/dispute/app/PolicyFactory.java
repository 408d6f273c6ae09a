package org.amicable.dispute.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.policy.ClaimLadder;
import org.amicable.dispute.domain.policy.DatedRate;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.GrievanceRules;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;

/** Builds the domain's policy from {@code amicable.policy.*} and the rate tables from {@code amicable.rates.*}. */
@Factory
final class PolicyFactory {

    /** Settings of one ladder; unset values keep DESIGN.md's defaults. */
    @ConfigurationProperties("amicable.policy")
    static final class PolicySettings {
        private Map<String, Integer> consumer = Map.of();
        private Map<String, Integer> business = Map.of();
        private String afterMissedInstalment = "IN_MEDIATION";
        private int firstContactDays = 2;
        private String zone = "Europe/Paris";
        private String horizon = "P1Y";

        public Map<String, Integer> getConsumer() {
            return consumer;
        }

        public void setConsumer(Map<String, Integer> consumer) {
            this.consumer = consumer;
        }

        public Map<String, Integer> getBusiness() {
            return business;
        }

        public void setBusiness(Map<String, Integer> business) {
            this.business = business;
        }

        public String getAfterMissedInstalment() {
            return afterMissedInstalment;
        }

        public void setAfterMissedInstalment(String afterMissedInstalment) {
            this.afterMissedInstalment = afterMissedInstalment;
        }

        public int getFirstContactDays() {
            return firstContactDays;
        }

        public void setFirstContactDays(int firstContactDays) {
            this.firstContactDays = firstContactDays;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }

        public String getHorizon() {
            return horizon;
        }

        public void setHorizon(String horizon) {
            this.horizon = horizon;
        }
    }

    /** Dated rates, in percent a year: {@code reference} (ECB) and {@code legal}, each a map from date to rate. */
    @ConfigurationProperties("amicable.rates")
    static final class RateSettings {
        private Map<String, String> reference = Map.of("2025-01-01", "3.15", "2025-07-01", "2.15", "2026-01-01", "2.15");
        private Map<String, String> legal = Map.of("2025-01-01", "3.71", "2025-07-01", "2.76", "2026-01-01", "2.62");

        public Map<String, String> getReference() {
            return reference;
        }

        public void setReference(Map<String, String> reference) {
            this.reference = reference;
        }

        public Map<String, String> getLegal() {
            return legal;
        }

        public void setLegal(Map<String, String> legal) {
            this.legal = legal;
        }
    }

    /** Built at startup, so that a bad setting stops the start with its name rather than failing every request. */
    @Context
    EscalationPolicy policy(PolicySettings settings, RateSettings rates) {
        LegalRates legalRates = LegalRates.of(table("amicable.rates.reference", rates.getReference()),
                table("amicable.rates.legal", rates.getLegal()));
        ClaimState afterMissed = setting("amicable.policy.after-missed-instalment",
                "IN_MEDIATION or LITIGATION", () -> ClaimState.valueOf(settings.getAfterMissedInstalment()));
        if (afterMissed != ClaimState.IN_MEDIATION && afterMissed != ClaimState.LITIGATION) {
            throw new InvalidSettingException("amicable.policy.after-missed-instalment", "IN_MEDIATION or LITIGATION");
        }
        ZoneId zone = setting("amicable.policy.zone", "a time zone such as Europe/Paris",
                () -> ZoneId.of(settings.getZone()));
        GrievanceRules grievances = setting("amicable.policy.first-contact-days", "a positive number of days",
                () -> GrievanceRules.defaults().withFirstContactDays(settings.getFirstContactDays()));
        return EscalationPolicy.defaults(legalRates)
                .withConsumerLadder(ladder(CustomerKind.CONSUMER, settings.getConsumer(), afterMissed))
                .withBusinessLadder(ladder(CustomerKind.BUSINESS, settings.getBusiness(), afterMissed))
                .withGrievances(grievances)
                .withZone(zone)
                .withHorizon(setting("amicable.policy.horizon", "a positive ISO 8601 period such as P1Y or P6M",
                        () -> positive(Period.parse(settings.getHorizon()))));
    }

    private static ClaimLadder ladder(CustomerKind kind, Map<String, Integer> days, ClaimState afterMissed) {
        ClaimLadder ladder = ClaimLadder.defaults(kind).withAfterMissedInstalment(afterMissed);
        for (Map.Entry<String, Integer> setting : days.entrySet()) {
            int value = setting.getValue();
            ClaimLadder current = ladder;
            String property = "amicable.policy." + kind.name().toLowerCase() + "." + setting.getKey();
            ladder = setting(property, "a positive number of days", () -> switch (normalise(setting.getKey())) {
                case "firstreminderdays" -> current.withFirstReminderDays(value);
                case "secondreminderdays" -> current.withSecondReminderDays(value);
                case "formalnoticedays" -> current.withFormalNoticeDays(value);
                case "formalnoticedeadlinedays" -> current.withFormalNoticeDeadlineDays(value);
                case "promisegracedays" -> current.withPromiseGraceDays(value);
                case "instalmentgracedays" -> current.withInstalmentGraceDays(value);
                case "limitationwarningdays" -> current.withLimitationWarningDays(value);
                default -> throw new InvalidSettingException(property, "one of first-reminder-days,"
                        + " second-reminder-days, formal-notice-days, formal-notice-deadline-days, promise-grace-days,"
                        + " instalment-grace-days, limitation-warning-days");
            });
        }
        return ladder;
    }

    /** Reads one setting, turning whatever the domain refuses into an error that names the property. */
    private static <T> T setting(String property, String expected, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidSettingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidSettingException(property, expected + " (" + e.getMessage() + ")", e);
        }
    }

    private static Period positive(Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("not positive");
        }
        return period;
    }

    private static String normalise(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase();
    }

    private static RateTable table(String name, Map<String, String> rates) {
        List<DatedRate> dated = new ArrayList<>();
        rates.forEach((from, rate) -> {
            String property = name + "." + from;
            LocalDate date = setting(property, "the key must be a date such as 2026-01-01", () -> LocalDate.parse(from));
            dated.add(setting(property, "a rate in percent a year, zero or more, such as 2.62, not '" + rate + "'",
                    () -> new DatedRate(date, new BigDecimal(rate.strip()))));
        });
        return setting(name, "at least one dated rate", () -> new RateTable(name, dated));
    }
}
