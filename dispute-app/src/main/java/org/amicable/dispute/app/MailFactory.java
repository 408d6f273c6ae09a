package org.amicable.dispute.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.MailAdapter;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.CustomerLinks;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail adapter from {@code amicable.mail.*} and {@code amicable.company.*}: SMTP when a host is
 * set, otherwise .eml files dropped in the pickup folder; and the PDF dossier of the hand-over pack.
 */
@Factory
final class MailFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MailFactory.class);

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Made at start (StartupChecks needs it): an edited template that cannot be used stops the start too. */
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
            MailSettings.Company company) {
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException("amicable.mail.port", "a port from 1 to 65535, not " + port);
        }
        if (!ADDRESS.matcher(from).matches()) {
            throw new InvalidSettingException("amicable.mail.from", "an email address such as recouvrement@example.com, not "
                    + from);
        }
        if (!replyTo.isBlank() && !ADDRESS.matcher(replyTo).matches()) {
            throw new InvalidSettingException("amicable.mail.reply-to", "an email address, not " + replyTo);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidSettingException("amicable.mail.timeout", "a positive duration such as 30s, not " + timeout);
        }
        MailSettings settings = new MailSettings(present(host), port, security, present(user), present(password), from,
                present(replyTo), Optional.of(Path.of(pickupFolder)), Optional.of(Path.of(printFolder)), company,
                present(templateFolder).map(Path::of), timeout);
        try {
            MailAdapter.checkTemplates(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("amicable.mail.template-folder", e.getMessage(), e);
        }
        return settings;
    }

    /**
     * The company from {@code amicable.company.*}, checked at startup: a malformed IBAN, BIC, SIREN or VAT
     * number stops the application with a message that names the setting (the bean is made at startup).
     */
    @Context
    MailSettings.Company company(
            @Value("${amicable.company.name}") String name,
            @Value("${amicable.company.address-lines}") List<String> addressLines,
            @Value("${amicable.company.place}") String place,
            @Value("${amicable.company.legal-form}") String legalForm,
            @Value("${amicable.company.share-capital}") String shareCapital,
            @Value("${amicable.company.rcs-city}") String rcsCity,
            @Value("${amicable.company.siren}") String siren,
            @Value("${amicable.company.vat-number:}") String vatNumber,
            @Value("${amicable.company.signatory.name}") String signatoryName,
            @Value("${amicable.company.signatory.title}") String signatoryTitle,
            @Value("${amicable.company.customer-service.name}") String customerServiceName,
            @Value("${amicable.company.customer-service.title}") String customerServiceTitle,
            @Value("${amicable.company.mediator-name}") String mediatorName,
            @Value("${amicable.company.mediator-website}") String mediatorWebsite,
            @Value("${amicable.company.payment.payee}") String payee,
            @Value("${amicable.company.payment.iban}") String iban,
            @Value("${amicable.company.payment.bic}") String bic,
            @Value("${amicable.company.payment.link-template:}") String linkTemplate) {
        try {
            BigDecimal capital;
            try {
                capital = new BigDecimal(shareCapital.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("company.share-capital is not a number: " + shareCapital);
            }
            MailSettings.Company company = new MailSettings.Company(name, addressLines, place,
                    new MailSettings.Signatory(signatoryName, signatoryTitle), mediatorName, mediatorWebsite,
                    new MailSettings.LegalIdentity(legalForm, capital, rcsCity, siren, present(vatNumber)),
                    new MailSettings.Payment(payee, iban, bic, present(linkTemplate)),
                    new MailSettings.Signatory(customerServiceName, customerServiceTitle));
            if (!company.placeholders().isEmpty()) {
                LOG.warn("Letters to consumers are held until these settings are set: {} (still \"à configurer\")",
                        String.join(", ", company.placeholders().stream().map(setting -> "amicable." + setting).toList()));
            }
            return company;
        } catch (IllegalArgumentException | NullPointerException e) {
            // The adapter names the setting below amicable.: say it in full, as it is written in application.yml.
            throw new ConfigurationException("amicable." + e.getMessage(), e);
        }
    }

    @Singleton
    LetterRenderer letterRenderer(MailSettings settings, CustomerLinks links) {
        return MailAdapter.renderer(settings, links);
    }

    @Singleton
    LetterPreview letterPreview(MailSettings settings) {
        return MailAdapter.preview(settings);
    }

    @Singleton
    DossierRenderer dossierRenderer(MailSettings settings) {
        // 32 MB: a dossier of a hundred entries is about 40 KB, so some eight hundred of them.
        return new RenderedDossiers(MailAdapter.dossiers(settings), 32L * 1024 * 1024);
    }

    @Singleton
    LetterSender letterSender(MailSettings settings, Clock clock) {
        return MailAdapter.sender(settings, clock);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
