package org.amicable.dispute.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.MailAdapter;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;

/**
 * The mail adapter from {@code amicable.mail.*} and {@code amicable.company.*}: SMTP when a host is
 * set, otherwise .eml files dropped in the pickup folder.
 */
@Factory
final class MailFactory {

    @Singleton
    MailSettings mailSettings(
            @Value("${amicable.mail.host:}") String host,
            @Value("${amicable.mail.port:25}") int port,
            @Value("${amicable.mail.security:NONE}") MailSettings.Security security,
            @Value("${amicable.mail.user:}") String user,
            @Value("${amicable.mail.password:}") String password,
            @Value("${amicable.mail.from:recouvrement@example.com}") String from,
            @Value("${amicable.mail.reply-to:}") String replyTo,
            @Value("${amicable.mail.pickup-folder:./pickup}") String pickupFolder,
            @Value("${amicable.mail.print-folder:./pickup/print}") String printFolder,
            @Value("${amicable.mail.template-folder:}") String templateFolder,
            @Value("${amicable.mail.timeout:30s}") Duration timeout,
            @Value("${amicable.company.name:Amicable Demo SAS}") String companyName,
            @Value("${amicable.company.address-lines:1 rue de la Paix,75002 Paris}") List<String> addressLines,
            @Value("${amicable.company.place:Paris}") String place,
            @Value("${amicable.company.signatory:Le service recouvrement}") String signatory,
            @Value("${amicable.company.mediator-name:Médiateur de la consommation (à configurer)}") String mediatorName,
            @Value("${amicable.company.mediator-website:https://www.economie.gouv.fr/mediation-conso}")
            String mediatorWebsite) {
        MailSettings.Company company = new MailSettings.Company(companyName, addressLines, place, signatory,
                mediatorName, mediatorWebsite);
        return new MailSettings(present(host), port, security, present(user), present(password), from,
                present(replyTo), Optional.of(Path.of(pickupFolder)), Optional.of(Path.of(printFolder)), company,
                present(templateFolder).map(Path::of), timeout);
    }

    @Singleton
    LetterRenderer letterRenderer(MailSettings settings) {
        return MailAdapter.renderer(settings);
    }

    @Singleton
    LetterSender letterSender(MailSettings settings, Clock clock) {
        return MailAdapter.sender(settings, clock);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
