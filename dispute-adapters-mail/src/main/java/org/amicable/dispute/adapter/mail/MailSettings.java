package org.amicable.dispute.adapter.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * The company that writes the letters.
     *
     * @param name            its name, printed in the sender block and the signature
     * @param addressLines    its postal address, one to four lines
     * @param place           the city printed in "Fait à …"
     * @param signatory       who signs, e.g. "Marie Durand, responsable du recouvrement"
     * @param mediatorName    the consumer mediator the company adheres to
     * @param mediatorWebsite the consumer mediator's website
     */
    public record Company(String name, List<String> addressLines, String place, String signatory,
            String mediatorName, String mediatorWebsite) {

        public Company {
            name = required(name, "company.name");
            addressLines = List.copyOf(addressLines).stream().map(line -> required(line, "company.addressLines")).toList();
            if (addressLines.isEmpty() || addressLines.size() > 4) {
                throw new IllegalArgumentException("company.addressLines must hold one to four lines");
            }
            place = required(place, "company.place");
            signatory = required(signatory, "company.signatory");
            mediatorName = required(mediatorName, "company.mediatorName");
            mediatorWebsite = required(mediatorWebsite, "company.mediatorWebsite");
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
