package org.amicable.dispute.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A personal link names its customer until it expires; altered, foreign or expired, it names nobody. */
class CustomerLinkTokensTest {

    static final byte[] SECRET = "a secret of thirty-two bytes, ok".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    final CustomerLinkTokens links = new CustomerLinkTokens(SECRET, URI.create("https://pay.example.com"),
            Period.ofDays(180), CLOCK);

    @Test
    void a_letters_link_opens_its_customers_page_until_the_letters_date_plus_the_validity() {
        String link = links.linkFor("C-1042 Dupont", TODAY).orElseThrow().toString();
        String token = link.substring("https://pay.example.com/c/".length());

        assertThat(link).startsWith("https://pay.example.com/c/");
        assertThat(links.customerOf(token)).contains("C-1042 Dupont");
        assertThat(links.linkFor("C-1042 Dupont", TODAY)).contains(URI.create(link));
        assertThat(links.customerOf(links.token("C-1042 Dupont", TODAY))).contains("C-1042 Dupont");
        assertThat(links.customerOf(links.token("C-1042 Dupont", TODAY.minusDays(1)))).isEmpty();
    }

    @Test
    void a_token_altered_anywhere_or_signed_with_another_key_names_nobody() {
        String token = links.token("C-1042", TODAY.plusDays(10));
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            assertThat(links.customerOf(Base64.getUrlEncoder().withoutPadding().encodeToString(altered))).as("byte " + i)
                    .isEmpty();
        }
        byte[] other = SECRET.clone();
        other[0] ^= 1;
        assertThat(new CustomerLinkTokens(other, URI.create("https://pay.example.com"), Period.ofDays(180), CLOCK)
                .customerOf(token)).isEmpty();
        assertThat(links.customerOf(token.substring(0, token.length() - 2))).isEmpty();
        for (char last : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
            String respelled = token.substring(0, token.length() - 1) + last;
            assertThat(links.customerOf(respelled)).as(respelled).satisfiesAnyOf(
                    customer -> assertThat(respelled).isEqualTo(token), customer -> assertThat(customer).isEmpty());
        }
        for (String junk : Arrays.asList("", "x", "!!!", "a".repeat(500), null)) {
            assertThat(links.customerOf(junk)).isEmpty();
        }
    }

    @Test
    void a_form_token_belongs_to_its_link_only_and_a_short_secret_is_refused() {
        String token = links.token("C-1042", TODAY);

        assertThat(links.isFormTokenOf(links.formToken(token), token)).isTrue();
        assertThat(links.isFormTokenOf(links.formToken(links.token("C-9", TODAY)), token)).isFalse();
        assertThat(links.isFormTokenOf(null, token)).isFalse();
        assertThatThrownBy(() -> new CustomerLinkTokens(new byte[31], URI.create("https://pay.example.com"),
                Period.ofDays(1), CLOCK)).hasMessageContaining("at least 32 bytes");
    }
}
