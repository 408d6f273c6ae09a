package org.amicable.dispute.adapter.web.page;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.amicable.dispute.domain.port.out.CustomerLinks;

/**
 * The customer's personal links: {@code <base-url>/c/<token>}, where the token carries the customer's
 * reference and the last day it is valid, signed with HMAC-SHA256 under the application's secret (the
 * first 16 bytes of the MAC: 128 bits, which keeps the QR code small). A token that was altered, made
 * under another secret, or has expired names nobody.
 *
 * <p>Layout, before base64url without padding: one version byte (1), the expiry as an epoch day (4
 * bytes, big-endian), the reference in UTF-8, then the 16 bytes of MAC over everything before them.
 */
public final class CustomerLinkTokens implements CustomerLinks {

    /** The shortest secret accepted: 256 bits, the size of HMAC-SHA256's output. */
    public static final int MIN_SECRET_BYTES = 32;
    /** The path under the base URL where the page lives. */
    static final String PATH = "c/";

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final int HEADER_BYTES = 1 + Integer.BYTES;

    private final SecretKeySpec key;
    private final URI baseUrl;
    private final Period validity;
    private final Clock clock;

    /**
     * @param secret   the signing key, at least {@link #MIN_SECRET_BYTES} bytes
     * @param baseUrl  where the application is reached from outside, e.g. {@code https://pay.example.com/}
     * @param validity how long a link stays valid after the date of the letter that prints it
     * @param clock    today, to refuse expired links
     */
    public CustomerLinkTokens(byte[] secret, URI baseUrl, Period validity, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the secret must be at least " + MIN_SECRET_BYTES + " bytes, was "
                    + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<URI> linkFor(String customerReference, LocalDate issuedOn) {
        return Optional.of(baseUrl.resolve(PATH + token(customerReference, issuedOn.plus(validity))));
    }

    /** The host and port the links name, e.g. {@code pay.example.com}: where the page's forms come from. */
    public String authority() {
        return baseUrl.getAuthority();
    }

    /** A token for the customer, valid through {@code lastValidDay}. */
    public String token(String customerReference, LocalDate lastValidDay) {
        byte[] reference = customerReference.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(HEADER_BYTES + reference.length);
        payload.put(VERSION).putInt((int) lastValidDay.toEpochDay()).put(reference);
        byte[] signed = Arrays.copyOf(payload.array(), payload.capacity() + MAC_BYTES);
        System.arraycopy(mac(payload.array()), 0, signed, payload.capacity(), MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** The customer a token names, if it is well formed, signed under this secret and not expired. */
    public Optional<String> customerOf(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One spelling per token: a last character whose spare bits were changed decodes to the same bytes.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(signed).equals(token)) {
            return Optional.empty();
        }
        if (signed.length <= HEADER_BYTES + MAC_BYTES || signed[0] != VERSION) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
        byte[] expected = Arrays.copyOf(mac(payload), MAC_BYTES);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(signed, payload.length, signed.length))) {
            return Optional.empty();
        }
        LocalDate lastValidDay = LocalDate.ofEpochDay(ByteBuffer.wrap(payload, 1, Integer.BYTES).getInt());
        if (LocalDate.now(clock).isAfter(lastValidDay)) {
            return Optional.empty();
        }
        return Optional.of(new String(payload, HEADER_BYTES, payload.length - HEADER_BYTES, StandardCharsets.UTF_8));
    }

    /**
     * The token a form of the page carries (CSRF): a MAC of the link's token, which a page of another
     * site cannot compute without the secret even if it guessed the form's fields.
     */
    public String formToken(String linkToken) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                Arrays.copyOf(mac(("form:" + linkToken).getBytes(StandardCharsets.UTF_8)), MAC_BYTES));
    }

    /** Whether a form's token is the one of this link. */
    public boolean isFormTokenOf(String formToken, String linkToken) {
        return formToken != null && MessageDigest.isEqual(formToken.getBytes(StandardCharsets.US_ASCII),
                formToken(linkToken).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
