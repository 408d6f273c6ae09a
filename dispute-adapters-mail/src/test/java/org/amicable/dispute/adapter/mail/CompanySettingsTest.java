package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The company's numbers are checked when the settings are built, and the refusal names the setting. */
class CompanySettingsTest {

    private static MailSettings.Payment payment(String iban, String bic) {
        return new MailSettings.Payment("Boulangerie Dupain SAS", iban, bic, Optional.empty());
    }

    private static MailSettings.LegalIdentity identity(String siren, Optional<String> vat) {
        return new MailSettings.LegalIdentity("SAS", new BigDecimal("50000"), "Lyon", siren, vat);
    }

    @Test
    void an_iban_with_wrong_check_digits_is_refused_naming_the_setting() {
        // The standard French example with its last digit changed.
        assertThatIllegalArgumentException().isThrownBy(() -> payment("FR76 3000 6000 0112 3456 7890 188", "AGRIFRPP"))
                .withMessageStartingWith("company.payment.iban has wrong check digits (ISO 13616)");
        assertThatIllegalArgumentException().isThrownBy(() -> payment("not an iban", "AGRIFRPP"))
                .withMessageStartingWith("company.payment.iban is not an IBAN");
    }

    @Test
    void a_valid_iban_is_kept_compact_and_printed_in_groups_of_four() {
        MailSettings.Payment payment = payment("fr76 3000 6000 0112 3456 7890 189", "agrifrppxxx");

        assertThat(payment.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(CompanyNumbers.printedIban(payment.iban())).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(payment.bic()).isEqualTo("AGRIFRPPXXX");
    }

    @Test
    void a_bic_of_the_wrong_shape_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> payment("FR7630006000011234567890189", "AGRI"))
                .withMessageStartingWith("company.payment.bic");
    }

    @Test
    void a_siren_with_a_wrong_luhn_key_or_length_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> identity("552 100 555", Optional.empty()))
                .withMessageStartingWith("company.siren is not a valid SIREN");
        assertThatIllegalArgumentException().isThrownBy(() -> identity("55210055", Optional.empty()))
                .withMessageStartingWith("company.siren must be nine digits");
        assertThat(identity("552 100 554", Optional.empty()).siren()).isEqualTo("552100554");
    }

    @Test
    void a_french_vat_number_must_carry_the_sirens_key_and_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> identity("552100554", Optional.of("FR12552100554")))
                .withMessageStartingWith("company.vat-number does not match the SIREN 552100554 (expected FR96552100554)");
        assertThat(identity("552100554", Optional.of("fr 96 552100554")).vatNumber()).contains("FR96552100554");
    }

    @Test
    void a_payment_link_is_https_and_uses_only_the_known_placeholders() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings.Payment("P", "FR7630006000011234567890189",
                "AGRIFRPP", Optional.of("http://pay.example/{reference}")))
                .withMessageStartingWith("company.payment.link-template must be an https address");
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings.Payment("P", "FR7630006000011234567890189",
                "AGRIFRPP", Optional.of("https://pay.example/{amount}")))
                .withMessageStartingWith("company.payment.link-template may use only {reference} and {case}");
    }

    @Test
    void a_negative_share_capital_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings.LegalIdentity("SAS", new BigDecimal("-1"),
                "Lyon", "552100554", Optional.empty())).withMessageStartingWith("company.share-capital");
    }
}
