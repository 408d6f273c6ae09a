package org.amicable.dispute.domain.port.out;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The personal link a letter prints for its customer: to the page where he sees what he owes and why,
 * and answers, without an account. The link names the customer alone and expires; whoever holds it
 * sees that customer's disputes and no one else's.
 */
@FunctionalInterface
public interface CustomerLinks {

    /**
     * The link for the customer of this reference, printed on a letter dated {@code issuedOn} (its
     * validity runs from that date, so that the same letter always gets the same link); empty where
     * the application has no customer page.
     */
    Optional<URI> linkFor(String customerReference, LocalDate issuedOn);

    /** No customer page: letters carry no link. */
    static CustomerLinks none() {
        return (reference, issuedOn) -> Optional.empty();
    }
}
