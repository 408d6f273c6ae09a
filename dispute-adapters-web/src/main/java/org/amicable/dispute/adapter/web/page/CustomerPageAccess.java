package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.web.RequestActor;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;

/**
 * Whose page a link opens: the customer it names (recorded as the author of what he does there), his
 * disputes, and whether a form was posted from this site.
 */
final class CustomerPageAccess {

    private static final int MAX_DISPUTES = 100;

    private final CustomerLinkTokens links;
    private final ViewDisputesUseCase view;

    CustomerPageAccess(CustomerLinkTokens links, ViewDisputesUseCase view) {
        this.links = links;
        this.view = view;
    }

    /** The customer the link names, recorded on the request as the author of what he does there. */
    Optional<String> customer(HttpRequest<?> request, String token) {
        Optional<String> reference = links.customerOf(token);
        reference.ifPresent(customer -> request.setAttribute(RequestActor.CUSTOMER, customer));
        return reference;
    }

    List<DisputeView> disputesOf(String reference) {
        List<DisputeSummary> summaries = view.list(new DisputeQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(reference), Optional.empty(), Optional.empty(), false, Optional.empty(), MAX_DISPUTES));
        return summaries.stream().map(summary -> view.view(summary.id())).toList();
    }

    /** The dispute, if it is this customer's: another's answers as if it did not exist. */
    Optional<DisputeView> disputeOf(String reference, String id) {
        try {
            return Optional.of(view.view(DisputeId.parse(id))).filter(found -> found.customer().reference().equals(reference));
        } catch (DisputeNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static PageWords words(String lang, DisputeView dispute) {
        Language language = "en".equals(lang) ? Language.EN : "fr".equals(lang) ? Language.FR : dispute.customer().language();
        return new PageWords(language == Language.EN ? Language.EN : Language.FR);
    }

    /** Whether the browser says the form was posted from this site (an absent Origin is an older browser's). */
    boolean sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        if (origin == null) {
            return true;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && (authority.equalsIgnoreCase(request.getHeaders().get(HttpHeaders.HOST))
                    || authority.equalsIgnoreCase(links.authority()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
