package org.amicable.dispute.adapter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How letters are worded, signed and sent.
 *
 * @param host           the SMTP server; empty to drop messages as .eml files into {@code pickupFolder}
 * @param port           the SMTP port
 * @param security       none, STARTTLS or SMTPS
 * @param user           the SMTP user, if the server wants one
 * @param password       the SMTP password
 * @param from           the sender's address
 * @param replyTo        where answers go, if not to {@code from}
 * @param pickupFolder   where .eml files go when there is no SMTP host
 * @param printFolder    where the PDFs of registered letters go, for printing and posting
 * @param company        who writes the letters
 * @param templateFolder a folder whose {@code letters_fr.properties} / {@code letters_en.properties}
 *                       override any of the bundled templates
 * @param timeout        connection and read timeout for SMTP
 */
public record MailSettings(
        Optional<String> host,
        int port,
        Security security,
        Optional<String> user,
        Optional<String> password,
        String from,
        Optional<String> replyTo,
        Optional<Path> pickupFolder,
        Optional<Path> printFolder,
        Company company,
        Optional<Path> templateFolder,
        Duration timeout) {

    /** How the SMTP connection is protected. */
    public enum Security {
        NONE,
        /** Plain connection upgraded with STARTTLS; refused if the server cannot. */
        STARTTLS,
        /** TLS from the first byte (usually port 465). */
        SMTPS
    }

    /**
     * The company that writes the letters, with what every business letter must state (Code de commerce,
     * art. R123-237) and how to pay it. Invalid values are refused when the settings are built, naming the
     * setting (e.g. {@code company.payment.iban}), so that the application does not start with them.
     *
     * @param name            its name, printed in the sender block, the signature and the footer
     * @param addressLines    its postal address, one to four lines
     * @param place           the city printed in "Fait à …"
     * @param signatory       who signs the collection letters (reminders, formal notice, mediation, plan)
     * @param mediatorName    the consumer mediator the company adheres to
     * @param mediatorWebsite the consumer mediator's website
     * @param identity        legal form, share capital, RCS, SIREN, VAT number
     * @param payment         where and how the customer pays
     * @param customerService who signs the grievance letters when no manager is named
     */
    public record Company(String name, List<String> addressLines, String place, Signatory signatory,
            String mediatorName, String mediatorWebsite, LegalIdentity identity, Payment payment,
            Signatory customerService) {

        public Company {
            name = required(name, "company.name");
            addressLines = List.copyOf(addressLines).stream().map(line -> required(line, "company.address-lines")).toList();
            if (addressLines.isEmpty() || addressLines.size() > 4) {
                throw new IllegalArgumentException("company.address-lines must hold one to four lines");
            }
            place = required(place, "company.place");
            Objects.requireNonNull(signatory, "company.signatory");
            mediatorName = required(mediatorName, "company.mediator-name");
            mediatorWebsite = required(mediatorWebsite, "company.mediator-website");
            Objects.requireNonNull(identity, "company.identity");
            Objects.requireNonNull(payment, "company.payment");
            Objects.requireNonNull(customerService, "company.customer-service");
        }

        /**
         * The settings still holding a placeholder: a value marked "à configurer" or "to be configured".
         * Letters to consumers are held while there is one (see {@link MailAdapter#sender}).
         */
        public List<String> placeholders() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("company.name", name);
            values.put("company.address-lines", String.join(" ", addressLines));
            values.put("company.legal-form", identity.legalForm());
            values.put("company.rcs-city", identity.rcsCity());
            values.put("company.signatory.name", signatory.name());
            values.put("company.customer-service.name", customerService.name());
            values.put("company.mediator-name", mediatorName);
            values.put("company.mediator-website", mediatorWebsite);
            values.put("company.payment.payee", payment.payee());
            return values.entrySet().stream().filter(value -> PLACEHOLDER.matcher(value.getValue()).find())
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** How a setting is marked as not yet set. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)à configurer|a configurer|to be configured");

    /**
     * A person who signs letters, and the capacity in which they sign.
     *
     * @param name  e.g. "Marie Durand"
     * @param title e.g. "Responsable du recouvrement"
     */
    public record Signatory(String name, String title) {
        public Signatory {
            name = required(name, "signatory name");
            title = required(title, "signatory title");
        }
    }

    /**
     * The company's legal identity (Code de commerce, art. R123-237).
     *
     * @param legalForm    SAS, SARL, SA…
     * @param shareCapital the share capital, in euros
     * @param rcsCity      the city of the trade register (RCS) the company is registered at
     * @param siren        the SIREN number: nine digits with a valid Luhn key
     * @param vatNumber    the intra-community VAT number, if any (for France: FR, a two-digit key and the SIREN)
     */
    public record LegalIdentity(String legalForm, BigDecimal shareCapital, String rcsCity, String siren,
            Optional<String> vatNumber) {

        public LegalIdentity {
            legalForm = required(legalForm, "company.legal-form");
            Objects.requireNonNull(shareCapital, "company.share-capital is required");
            if (shareCapital.signum() < 0) {
                throw new IllegalArgumentException("company.share-capital must not be negative");
            }
            rcsCity = required(rcsCity, "company.rcs-city");
            siren = CompanyNumbers.siren(required(siren, "company.siren"), "company.siren");
            String checkedSiren = siren;
            vatNumber = Objects.requireNonNull(vatNumber, "company.vat-number")
                    .map(value -> CompanyNumbers.vat(required(value, "company.vat-number"), checkedSiren, "company.vat-number"));
        }
    }

    /**
     * How the customer pays: a transfer to the company's account, quoting the letter's reference.
     *
     * @param payee        the account holder's name
     * @param iban         the account, ISO 13616 (its check digits are verified)
     * @param bic          the bank's BIC (ISO 9362), 8 or 11 characters
     * @param linkTemplate an https address of an online payment page, if any; {@code {reference}} and
     *                     {@code {case}} are replaced by the reference to quote and the case reference
     */
    public record Payment(String payee, String iban, String bic, Optional<String> linkTemplate) {

        public Payment {
            payee = required(payee, "company.payment.payee");
            iban = CompanyNumbers.iban(required(iban, "company.payment.iban"), "company.payment.iban");
            bic = CompanyNumbers.bic(required(bic, "company.payment.bic"), "company.payment.bic");
            linkTemplate = Objects.requireNonNull(linkTemplate, "company.payment.link-template")
                    .map(value -> CompanyNumbers.link(required(value, "company.payment.link-template"),
                            "company.payment.link-template"));
        }
    }

    public MailSettings {
        Objects.requireNonNull(host, "host");
        host = host.filter(value -> !value.isBlank()).map(value -> required(value, "host"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        from = address(from, "from");
        replyTo = Objects.requireNonNull(replyTo, "replyTo").map(value -> address(value, "replyTo"));
        Objects.requireNonNull(pickupFolder, "pickupFolder");
        Objects.requireNonNull(printFolder, "printFolder");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(templateFolder, "templateFolder");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isEmpty() && pickupFolder.isEmpty()) {
            throw new IllegalArgumentException("either an SMTP host or a pickup folder is required");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Sending through an SMTP server, with no credentials and a 30-second timeout. */
    public static MailSettings smtp(String host, int port, Security security, String from, Company company) {
        return new MailSettings(Optional.of(host), port, security, Optional.empty(), Optional.empty(), from,
                Optional.empty(), Optional.empty(), Optional.empty(), company, Optional.empty(), Duration.ofSeconds(30));
    }

    /** No SMTP server: messages are dropped as .eml files, registered letters' PDFs in {@code folder/print}. */
    public static MailSettings pickup(Path folder, String from, Company company) {
        return new MailSettings(Optional.empty(), 25, Security.NONE, Optional.empty(), Optional.empty(), from,
                Optional.empty(), Optional.of(folder), Optional.of(folder.resolve("print")), company, Optional.empty(),
                Duration.ofSeconds(30));
    }

    public MailSettings withCredentials(String newUser, String newPassword) {
        return new MailSettings(host, port, security, Optional.of(newUser), Optional.of(newPassword), from, replyTo,
                pickupFolder, printFolder, company, templateFolder, timeout);
    }

    public MailSettings withReplyTo(String address) {
        return new MailSettings(host, port, security, user, password, from, Optional.of(address),
                pickupFolder, printFolder, company, templateFolder, timeout);
    }

    public MailSettings withPrintFolder(Path folder) {
        return new MailSettings(host, port, security, user, password, from, replyTo,
                pickupFolder, Optional.of(folder), company, templateFolder, timeout);
    }

    public MailSettings withTemplateFolder(Path folder) {
        return new MailSettings(host, port, security, user, password, from, replyTo,
                pickupFolder, printFolder, company, Optional.of(folder), timeout);
    }

    public MailSettings withTimeout(Duration newTimeout) {
        return new MailSettings(host, port, security, user, password, from, replyTo,
                pickupFolder, printFolder, company, templateFolder, newTimeout);
    }

    /** Hides the password from logs. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user
                + ", password=" + password.map(value -> "***") + ", from=" + from + ", replyTo=" + replyTo
                + ", pickupFolder=" + pickupFolder + ", printFolder=" + printFolder + ", company=" + company
                + ", templateFolder=" + templateFolder + ", timeout=" + timeout + "]";
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " contains a control character");
        }
        return value.strip();
    }

    private static String address(String value, String field) {
        String checked = required(value, field);
        try {
            new InternetAddress(checked, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException(field + " is not an email address: " + e.getMessage());
        }
        return checked;
    }
}
