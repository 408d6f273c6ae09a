package org.amicable.dispute.domain.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeException;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.port.in.ImportOutcome;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.ImportUnpaidClaimsUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/** Claims and payments in bulk: the same rules as one by one, stored a chunk at a time. */
final class ImportService implements ImportUnpaidClaimsUseCase, ImportPaymentsUseCase {

    private final Disputes disputes;
    private final ClaimService claims;

    ImportService(Disputes disputes, ClaimService claims) {
        this.disputes = disputes;
        this.claims = claims;
    }

    @Override
    public List<ImportOutcome> importUnpaidClaims(List<OpenUnpaidClaimUseCase.Command> rows) {
        ImportOutcome[] outcomes = new ImportOutcome[rows.size()];
        Map<DisputeSubject, Integer> firstRow = new LinkedHashMap<>();
        Map<Integer, UnpaidClaim> opened = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OpenUnpaidClaimUseCase.Command row = rows.get(i);
            DisputeSubject subject = DisputeSubject.claim(row.customer().reference(), row.invoice().number());
            Integer earlier = firstRow.putIfAbsent(subject, i);
            if (earlier != null) {
                // The same invoice twice in one chunk: the first row opens it.
                outcomes[i] = opened.containsKey(earlier) ? new ImportOutcome.AlreadyOpen(opened.get(earlier).id())
                        : outcomes[earlier];
                continue;
            }
            try {
                claims.requireAcceptable(row.invoice());
                opened.put(i, UnpaidClaim.open(DisputeId.next(disputes.clock()), row.customer(), row.invoice(),
                        disputes.actor(), disputes.clock()));
            } catch (IllegalArgumentException e) {
                outcomes[i] = new ImportOutcome.Refused("row", String.valueOf(e.getMessage()));
            } catch (DisputeException e) {
                outcomes[i] = refused(e);
            }
        }
        Map<DisputeSubject, DisputeId> open = disputes.repository().openAbout(opened.values().stream()
                .map(claim -> DisputeSubject.of(claim).orElseThrow()).toList());
        List<Dispute> fresh = new ArrayList<>();
        opened.forEach((i, claim) -> {
            DisputeId existing = open.get(DisputeSubject.of(claim).orElseThrow());
            if (existing == null) {
                fresh.add(claim);
            } else {
                outcomes[i] = new ImportOutcome.AlreadyOpen(existing);
            }
        });
        Map<DisputeId, DisputeId> raced = disputes.repository().saveNew(fresh, dispute -> dispute.nextDueOn(disputes.policy()));
        opened.forEach((i, claim) -> {
            if (outcomes[i] == null) {
                DisputeId existing = raced.get(claim.id());
                outcomes[i] = existing == null ? new ImportOutcome.Created(claim.id()) : new ImportOutcome.AlreadyOpen(existing);
            }
        });
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                // A repeat of a row that was refused: refused for the same reason.
                Integer earlier = firstRow.get(DisputeSubject.claim(rows.get(i).customer().reference(),
                        rows.get(i).invoice().number()));
                outcomes[i] = outcomes[earlier];
            }
        }
        return List.of(outcomes);
    }

    @Override
    public List<ImportOutcome> importPayments(List<ImportPaymentsUseCase.Row> rows) {
        ImportOutcome[] outcomes = new ImportOutcome[rows.size()];
        Map<Integer, DisputeId> claimOf = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportPaymentsUseCase.Row row = rows.get(i);
            try {
                claimOf.put(i, claimFor(row));
            } catch (DisputeException e) {
                outcomes[i] = refused(e);
            }
        }
        for (int attempt = 1; !claimOf.isEmpty(); attempt++) {
            Map<DisputeId, UnpaidClaim> claims = new HashMap<>();
            disputes.repository().findAll(claimOf.values().stream().distinct().toList())
                    .forEach(dispute -> claims.put(dispute.id(), (UnpaidClaim) dispute));
            Map<Integer, ImportOutcome> tried = new HashMap<>();
            claimOf.forEach((i, id) -> tried.put(i, apply(claims.get(id), rows.get(i))));
            List<Dispute> changed = claims.values().stream().filter(claim -> !claim.uncommittedEntries().isEmpty())
                    .map(Dispute.class::cast).toList();
            List<DisputeId> conflicts = disputes.repository().saveAll(changed, dispute -> dispute.nextDueOn(disputes.policy()));
            Map<Integer, DisputeId> again = new LinkedHashMap<>();
            boolean lastAttempt = attempt >= Disputes.ATTEMPTS;
            claimOf.forEach((i, id) -> {
                if (conflicts.contains(id) && !lastAttempt) {
                    again.put(i, id);
                } else if (conflicts.contains(id)) {
                    outcomes[i] = new ImportOutcome.Refused("row", "the claim was changed meanwhile; send the row again");
                } else {
                    outcomes[i] = tried.get(i);
                }
            });
            claimOf = again;
        }
        return List.of(outcomes);
    }

    /** The latest claim for the row's invoice, open or not, so that a payment that settled it is found again. */
    private DisputeId claimFor(ImportPaymentsUseCase.Row row) {
        List<DisputeSummary> claims = disputes.repository().search(new DisputeQuery(Optional.empty(),
                        Optional.of(Track.UNPAID_CLAIM), Optional.empty(), row.customerReference(),
                        Optional.of(row.invoiceNumber()), Optional.empty(), false, Optional.empty(), DisputeQuery.MAX_LIMIT));
        if (claims.isEmpty()) {
            throw new InvalidCommandException("invoice_number", "no claim for invoice " + row.invoiceNumber()
                    + row.customerReference().map(reference -> " of customer " + reference).orElse(""));
        }
        if (claims.stream().map(DisputeSummary::customerReference).distinct().count() > 1) {
            throw new InvalidCommandException("customer_reference", "invoice " + row.invoiceNumber()
                    + " is claimed from several customers: name the customer");
        }
        return claims.stream().max(Comparator.comparing(summary -> summary.id().value())).orElseThrow().id();
    }

    private ImportOutcome apply(UnpaidClaim claim, ImportPaymentsUseCase.Row row) {
        if (claim == null) {
            return new ImportOutcome.Refused("invoice_number", "no claim for invoice " + row.invoiceNumber());
        }
        try {
            Money amount = Money.of(row.amount(), row.currency().orElse(claim.invoice().orElseThrow().amount().currency()));
            boolean known = claim.payments().stream().anyMatch(payment -> payment.reference().equals(row.reference()) && payment.on().equals(row.receivedOn())
                            && payment.amount().equals(amount));
            if (known) {
                return new ImportOutcome.AlreadyRecorded(claim.id());
            }
            disputes.actor().ifPresent(claim::actingAs);
            claim.recordPayment(row.receivedOn(), amount, row.reference(), disputes.policy(), disputes.clock());
            return new ImportOutcome.Recorded(claim.id());
        } catch (IllegalArgumentException e) {
            return new ImportOutcome.Refused("row", String.valueOf(e.getMessage()));
        } catch (DisputeException e) {
            return refused(e);
        }
    }

    private static ImportOutcome.Refused refused(DisputeException e) {
        String field = e instanceof InvalidCommandException invalid ? invalid.field()
                : e instanceof InvalidValueException value ? value.field() : "row";
        return new ImportOutcome.Refused(field, e.getMessage());
    }
}
