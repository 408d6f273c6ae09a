package org.amicable.dispute.domain.port.in;

import java.util.List;

/**
 * Opens unpaid claims from a list of invoices, as an ERP sends them in bulk. Each row is opened as
 * {@link OpenUnpaidClaimUseCase} would, but an invoice that already has an open claim is reported
 * {@link ImportOutcome.AlreadyOpen}, not refused: sending the same rows again opens nothing twice. A
 * refused row opens nothing; the other rows go on. Callers pass a large file chunk by chunk (a few
 * hundred rows), each chunk being stored at once.
 */
public interface ImportUnpaidClaimsUseCase {

    /** One outcome per row, in the rows' order. */
    List<ImportOutcome> importUnpaidClaims(List<OpenUnpaidClaimUseCase.Command> rows);
}
