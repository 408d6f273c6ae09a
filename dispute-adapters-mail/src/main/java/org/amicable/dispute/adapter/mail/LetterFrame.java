package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;

/** The parts of a letter around its body, filled once for its three forms (PDF, plain text, HTML). */
record LetterFrame(String placeAndDate, String reference, String subjectLine, String registered, String greeting,
        String closing, String emailGreeting, String emailIntro, String emailClosing, String registeredCopy,
        String recipientName, List<String> recipientAddress, List<String> signature, List<String> footer) {

    static LetterFrame of(Letter letter, ComposedLetter composed, LetterTemplates templates,
            MailSettings.Company company, LetterComposer composer) {
        Language language = letter.language();
        LetterFormat format = new LetterFormat(language);
        String reference = composed.reference();
        String date = format.date(letter.issuedOn());
        Customer customer = letter.recipient();
        String name = SafeText.shortened(SafeText.line(customer.name()), LetterComposer.MAX_LINE);
        List<String> address = new ArrayList<>();
        customer.address().lines().forEach(line -> address.add(SafeText.line(line)));
        address.add(SafeText.line(customer.address().postalCode()) + " " + SafeText.line(customer.address().city()));
        if (!"FR".equals(customer.address().country())) {
            address.add(customer.address().country());
        }
        return new LetterFrame(
                templates.fill(language, "letter.placeAndDate", Map.of("place", company.place(), "date", date)),
                templates.fill(language, "letter.reference", Map.of("reference", reference, "case", composed.caseReference())),
                templates.fill(language, "letter.subject", Map.of("subject", composed.subject())),
                templates.fill(language, "letter.registered"),
                templates.fill(language, "letter.greeting"),
                templates.fill(language, "letter.closing"),
                templates.fill(language, "email.greeting", Map.of("name", name)),
                templates.fill(language, "email.intro", Map.of("date", date, "reference", reference,
                        "case", composed.caseReference())),
                templates.fill(language, "email.closing"),
                templates.fill(language, "email.registeredCopy"),
                name, address,
                List.of(composed.signatory().name(), composed.signatory().title(), company.name()),
                composer.footer(language));
    }
}
