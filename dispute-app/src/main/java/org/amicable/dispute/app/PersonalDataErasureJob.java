package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.amicable.dispute.domain.port.in.ErasePersonalDataUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases, every day (default 03:00 in amicable.zone), the personal data of the closed disputes whose
 * retention has ended: their limitation period plus {@code amicable.erasure.beyond-limitation} (one year
 * by default). Running it again the same day erases nothing more, so several instances may run it.
 */
@Singleton
@Requires(property = "amicable.erasure.schedule.enabled", notEquals = "false")
final class PersonalDataErasureJob {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataErasureJob.class);

    private final ErasePersonalDataUseCase erasure;
    private final Clock clock;
    private final Period beyondLimitation;

    PersonalDataErasureJob(ErasePersonalDataUseCase erasure, Clock clock,
            @Value("${amicable.erasure.beyond-limitation:P1Y}") String beyondLimitation) {
        this.erasure = erasure;
        this.clock = clock;
        try {
            this.beyondLimitation = Period.parse(beyondLimitation);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidSettingException("amicable.erasure.beyond-limitation",
                    "an ISO 8601 period such as P1Y or P6M, was " + beyondLimitation, e);
        }
        if (this.beyondLimitation.isNegative()) {
            throw new InvalidSettingException("amicable.erasure.beyond-limitation",
                    "a period not below zero, was " + beyondLimitation);
        }
    }

    @Scheduled(cron = "${amicable.erasure.cron:0 0 3 * * ?}", zoneId = "${amicable.zone:Europe/Paris}")
    void runForToday() {
        LocalDate today = LocalDate.now(clock);
        try {
            ErasePersonalDataUseCase.ErasureReport report = erasure.erasePersonalData(today, beyondLimitation);
            LOG.info("Personal data erasure for {}: {} closed disputes examined, {} erased", today, report.examined(),
                    report.erased().size());
        } catch (RuntimeException e) {
            // Each dispute is erased on its own: the next run erases those still due.
            LOG.error("Personal data erasure for {} failed; it resumes at the next run", today, e);
        }
    }
}
