package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * Erases the personal data of closed disputes whose retention has ended. A dispute's retention ends when
 * its claim could no longer be brought however it closed: its limitation period (two years toward a
 * consumer, five between businesses, as the policy says) plus {@code beyondLimitation}, counted from the
 * day of its last entry. The timeline keeps every entry and every hash, so that its chain still verifies;
 * the customer's name, contact details and the free texts that may name people read as erased, and the
 * letters, emails and scans kept as sent are deleted (their hashes stay in the timeline).
 */
public interface ErasePersonalDataUseCase {

    /**
     * Erases what is due for erasure on {@code today}; running it again the same day erases nothing more.
     *
     * @param beyondLimitation how long personal data is kept after the limitation period (one year by default)
     */
    ErasureReport erasePersonalData(LocalDate today, Period beyondLimitation);

    /**
     * What one run erased.
     *
     * @param examined the closed disputes whose personal data was still there
     * @param erased   the disputes erased, in id order
     */
    record ErasureReport(int examined, List<DisputeId> erased) {
        public ErasureReport {
            erased = List.copyOf(Objects.requireNonNull(erased, "erased"));
        }
    }
}
