package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.out.DisputeRepository;

/**
 * Prototype of the proposed change, built in bench/ only: the application's escalation loop
 * (EscalationService: findDue pages of 500, then find + escalate + save per dispute, with the
 * application's own JdbcDisputeRepository bean) but with one write transaction per chunk of
 * {@code chunk} disputes instead of one per dispute (plus one read transaction per find). A
 * version conflict rolls the chunk back and replays it dispute by dispute, each in its own
 * transaction, leaving the conflicting one to the other process, as the application does.
 */
public final class ChunkedEscalation {

    private ChunkedEscalation() {
    }

    @SuppressWarnings("unchecked")
    public static long run(ApplicationContext context, LocalDate date, int chunk) {
        DisputeRepository repository = context.getBean(DisputeRepository.class);
        TransactionOperations<Connection> transactions = context.getBean(
                Argument.of(TransactionOperations.class, Connection.class));
        EscalationPolicy policy = context.getBean(EscalationPolicy.class);
        Clock clock = context.getBean(Clock.class);
        long examined = 0;
        Optional<DisputeId> after = Optional.empty();
        while (true) {
            List<DisputeId> page = repository.findDue(date, after, 500);
            for (int from = 0; from < page.size(); from += chunk) {
                List<DisputeId> ids = page.subList(from, Math.min(page.size(), from + chunk));
                try {
                    transactions.executeWrite(status -> {
                        for (DisputeId id : ids) {
                            escalateOne(repository, id, date, policy, clock);
                        }
                        return null;
                    });
                } catch (VersionConflictException e) {
                    for (DisputeId id : ids) {
                        try {
                            transactions.executeWrite(status -> {
                                escalateOne(repository, id, date, policy, clock);
                                return null;
                            });
                        } catch (VersionConflictException conflict) {
                            // left to the other process
                        }
                    }
                }
                examined += ids.size();
            }
            if (page.size() < 500) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
        return examined;
    }

    private static void escalateOne(DisputeRepository repository, DisputeId id, LocalDate date, EscalationPolicy policy,
            Clock clock) {
        Optional<Dispute> found = repository.find(id);
        if (found.isEmpty()) {
            return;
        }
        Dispute dispute = found.get();
        if (!dispute.escalate(date, policy, clock).isEmpty()) {
            repository.save(dispute, dispute.nextDueOn(policy));
        }
    }
}
