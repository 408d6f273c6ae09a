package org.amicable.dispute.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Currency;
import java.util.Optional;
import org.amicable.dispute.adapter.web.page.CustomerLinkTokens;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.policy.InvalidPolicyException;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;

/**
 * The customer's page: the signer of the personal links, and the repayment plans accepted on the spot.
 *
 * <p>The links are signed with {@code amicable.customer-page.secret} (base64 of at least 32 bytes; a
 * malformed one stops the application at start). Without it, a secret is made once and kept in the
 * database, shared by every instance: links printed on letters stay valid across restarts.
 */
@Factory
final class CustomerPageFactory {

    private static final String SECRET = "amicable.customer-page.secret";

    /** Made at start, so that a malformed secret, URL or period stops the application there. */
    @Context
    CustomerLinkTokens customerLinks(@Value("${" + SECRET + ":}") String configured,
            @Value("${amicable.customer-page.base-url:`http://localhost:8080`}") String baseUrl,
            @Value("${amicable.customer-page.link-validity:P180D}") String validity, Clock clock,
            TransactionOperations<Connection> transactions) {
        byte[] secret = configured.isBlank() ? storedSecret(transactions, clock) : decoded(configured);
        return new CustomerLinkTokens(secret, baseUrl(baseUrl), period(validity), clock);
    }

    @Context
    RepaymentPlanLimits repaymentPlanLimits(@Value("${amicable.customer-page.plan.max-instalments:6}") int maxInstalments,
            @Value("${amicable.customer-page.plan.min-instalment:50.00 EUR}") String minInstalment) {
        try {
            return new RepaymentPlanLimits(maxInstalments, money(minInstalment));
        } catch (InvalidPolicyException e) {
            String setting = "maxInstalments".equals(e.setting()) ? "max-instalments" : "min-instalment";
            throw new InvalidSettingException("amicable.customer-page.plan." + setting, e.getMessage(), e);
        }
    }

    static byte[] decoded(String configured) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SECRET, "must be base64 (e.g. openssl rand -base64 32)", e);
        }
        if (secret.length < CustomerLinkTokens.MIN_SECRET_BYTES) {
            throw new InvalidSettingException(SECRET, "must hold at least " + CustomerLinkTokens.MIN_SECRET_BYTES
                    + " bytes, not " + secret.length + " (e.g. openssl rand -base64 32)");
        }
        return secret;
    }

    private static URI baseUrl(String text) {
        try {
            URI uri = new URI(text.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidSettingException("amicable.customer-page.base-url",
                        "must be an absolute http or https URL, not \"" + text + "\"");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidSettingException("amicable.customer-page.base-url", "is not a URL: " + text, e);
        }
    }

    private static Period period(String text) {
        try {
            Period period = Period.parse(text.trim());
            if (period.isNegative() || period.isZero()) {
                throw new InvalidSettingException("amicable.customer-page.link-validity", "must be a positive period");
            }
            return period;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidSettingException("amicable.customer-page.link-validity",
                    "must be an ISO 8601 period such as P180D, not \"" + text + "\"", e);
        }
    }

    private static Money money(String text) {
        String[] parts = text.trim().split("\\s+");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts");
            }
            Currency currency = Currency.getInstance(parts[1]);
            return Money.of(new BigDecimal(parts[0]), currency);
        } catch (RuntimeException e) {
            throw new InvalidSettingException("amicable.customer-page.plan.min-instalment",
                    "must be an amount and its currency, e.g. \"50.00 EUR\", not \"" + text + "\"", e);
        }
    }

    /** The secret kept in the database, made by the first instance that needs it; a racing instance reads the winner's. */
    private static byte[] storedSecret(TransactionOperations<Connection> transactions, Clock clock) {
        Optional<String> kept = transactions.executeRead(status -> read(status.getConnection()));
        if (kept.isEmpty()) {
            byte[] fresh = new byte[CustomerLinkTokens.MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(fresh);
            try {
                transactions.executeWrite(status -> {
                    try (PreparedStatement insert = status.getConnection().prepareStatement(
                            "INSERT INTO customer_page_secret (id, secret, created_at) VALUES (1, ?, ?)")) {
                        insert.setString(1, Base64.getEncoder().encodeToString(fresh));
                        insert.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                        insert.executeUpdate();
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // Another instance made it first: its secret is the one.
            }
            kept = transactions.executeRead(status -> read(status.getConnection()));
        }
        return Base64.getDecoder().decode(kept.orElseThrow(() -> new IllegalStateException(
                "the customer page's secret could not be kept in the database")));
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM customer_page_secret WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }
}
