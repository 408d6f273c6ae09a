package org.amicable.dispute.adapter.web.page;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.DisputeView;

/**
 * What the forms that end a grievance or record a letter's outcome need to know of the dispute's page: which of
 * them its state allows, the letters each one applies to, and the customer's contact details to correct.
 */
final class OfficeFormChoices {

    private OfficeFormChoices() {
    }

    /** Adds to the page's model: each form shows only where the dispute's state allows it. */
    static void addTo(Map<String, Object> model, OfficePage page, DisputeView dispute) {
        boolean grievance = dispute.track() == Track.GRIEVANCE && !dispute.closed();
        model.put("resolvable", grievance && in(dispute, GrievanceState.AGREED, GrievanceState.OVERDUE));
        model.put("referable", grievance && in(dispute, GrievanceState.IN_NEGOTIATION, GrievanceState.OVERDUE));
        model.put("returnable", letters(page, dispute, OfficeFormChoices::returnable));
        model.put("scannable", letters(page, dispute, OfficeFormChoices::scannable));
        model.put("returnReasons", Arrays.stream(ReturnReason.values()).map(reason ->
                new OfficeTaskController.Choice(reason.name(), page.name("office.word.", reason.name()))).toList());
        model.put("contactDetails", contactDetails(dispute.customer()));
    }

    /** A registered letter sent whose outcome (delivered or returned) is not known yet. */
    static boolean returnable(Letter letter) {
        return letter.channel() == LetterChannel.REGISTERED_POST && letter.status() == LetterStatus.SENT
                && letter.acknowledgedOn().isEmpty() && letter.returned().isEmpty();
    }

    /** A registered letter whose delivery or return is recorded: its AR card or envelope may be scanned. */
    static boolean scannable(Letter letter) {
        return letter.channel() == LetterChannel.REGISTERED_POST
                && (letter.acknowledgedOn().isPresent() || letter.returned().isPresent());
    }

    private static boolean in(DisputeView dispute, GrievanceState... states) {
        return Arrays.stream(states).anyMatch(state -> state == dispute.state());
    }

    private static List<OfficeTaskController.Choice> letters(OfficePage page, DisputeView dispute,
            Predicate<Letter> allowed) {
        return dispute.letters().stream().filter(allowed).map(letter -> new OfficeTaskController.Choice(
                letter.id().toString(), page.name("office.letterKind.", letter.kind().name()) + ", "
                + page.format().date(letter.issuedOn()))).toList();
    }

    /** The customer's details as the correction form shows them, keyed by its fields. */
    private static Map<String, String> contactDetails(Customer customer) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("address.lines", String.join("\n", customer.address().lines()));
        details.put("address.postalCode", customer.address().postalCode());
        details.put("address.city", customer.address().city());
        details.put("address.country", customer.address().country());
        details.put("customer.email", customer.email().orElse(""));
        details.put("customer.phone", customer.phone().orElse(""));
        return details;
    }
}
