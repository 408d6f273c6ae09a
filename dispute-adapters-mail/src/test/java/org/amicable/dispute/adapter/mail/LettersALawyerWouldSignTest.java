package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvoiceCorrection;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a lawyer reads in the letters, checked in the text of the PDF: the rate and its basis, deadlines as
 * the claim counts them, the company's identity, how to pay, the corrected invoice, the mediator's kind
 * and fee, and names in every script.
 */
class LettersALawyerWouldSignTest {

    @TempDir
    Path folder;

    private RenderedLetter render(Letter letter) {
        return new PdfLetterRenderer(Letters.pickupSettings(folder)).render(letter);
    }

    private String pdfOf(Letter letter) {
        return PdfText.of(render(letter).document());
    }

    private static Letter formalNotice(Customer customer, LateChargeRate rate) {
        List<LegalMention> mentions = List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LATE_PAYMENT_PENALTIES, LegalMention.RECOVERY_INDEMNITY);
        return Letters.letter(LetterKind.FORMAL_NOTICE, customer, LetterChannel.REGISTERED_POST,
                new LetterContent.FormalNotice(Letters.invoice(), Letters.businessBalance(), 8,
                        Letters.ISSUED_ON.plusDays(8), mentions, Optional.of(rate)));
    }

    @Test
    void a_business_formal_notice_states_the_contract_rate_its_basis_and_eight_days_from_receipt_in_words() {
        String pdf = pdfOf(formalNotice(Letters.business(Language.FR),
                new LateChargeRate(new BigDecimal("15"), LateChargeRate.Basis.CONTRACT)));

        assertThat(pdf).contains("qui vaut mise en demeure au sens de l'article 1344 du Code civil",
                "Taux annuel appliqué : 15 % (taux prévu par nos conditions contractuelles)",
                "dans un délai de huit jours à compter de la réception de la présente lettre",
                "ce délai court à compter de sa première présentation",
                "article L441-10 du Code de commerce");
        // No date is printed that would give the debtor less than the eight days the claim waits for.
        assertThat(pdf).doesNotContain("15 janvier 2027", "au plus tard le");
    }

    @Test
    void a_rate_floored_at_three_times_the_legal_rate_says_so() {
        String pdf = pdfOf(formalNotice(Letters.business(Language.EN),
                new LateChargeRate(new BigDecimal("7.86"), LateChargeRate.Basis.THREE_TIMES_LEGAL_RATE)));

        assertThat(pdf).contains("Annual rate applied: 7.86% (three times the legal interest rate, the minimum set by "
                + "article L441-10 of the French Commercial Code)", "within eight days of your receipt of this letter",
                "article 1344 of the French Civil Code");
    }

    @Test
    void reminders_notices_and_plans_say_how_to_pay_and_which_reference_to_quote() {
        for (Letter letter : Letters.everyKind(Letters.business(Language.FR)).subList(0, 5)) {
            // A line may break after a hyphen of the link.
            String pdf = pdfOf(letter).replace("- ", "-");
            assertThat(pdf).as("%s", letter.kind()).contains(
                    "Règlement par virement à l'ordre de Boulangerie Dupain SAS",
                    "IBAN : FR76 3000 6000 0112 3456 7890 189", "BIC : AGRIFRPP",
                    "en indiquant la référence F-2026-118",
                    "https://pay.dupain.example/F-2026-118/" + Letters.CASE);
        }
    }

    @Test
    void every_subject_carries_the_invoice_number_or_the_customer_reference_and_the_case() {
        for (Language language : Language.values()) {
            for (Letter letter : Letters.everyKind(Letters.consumer(language))) {
                String subject = render(letter).subject();
                assertThat(subject).as("%s", letter.kind()).contains(Letters.CASE)
                        .containsAnyOf("F-2026-118", "C-043");
            }
        }
    }

    @Test
    void a_grievance_letter_quotes_the_invoice_number_and_is_signed_by_customer_service() {
        Letter letter = Letters.grievanceAcknowledgment(Letters.consumer(Language.FR), "Le pain était rassis.");

        RenderedLetter rendered = render(letter);
        String pdf = PdfText.of(rendered.document());

        assertThat(rendered.subject()).contains("facture n° F-2026-118");
        assertThat(pdf).contains("Réf. : facture n° F-2026-118", "Paul Martin suit votre dossier",
                "Paul Martin Service clients Boulangerie Dupain SAS").doesNotContain("service recouvrement");
    }

    @Test
    void a_proposal_is_signed_by_the_manager_handling_the_grievance() {
        Letter letter = Letters.letter(LetterKind.SETTLEMENT_PROPOSAL, Letters.consumer(Language.FR), LetterChannel.EMAIL,
                new LetterContent.Proposal(Letters.proposal(), List.of(LegalMention.CONSUMER_MEDIATOR),
                        Optional.of("Sophie Leroy")));

        assertThat(pdfOf(letter)).contains("Sophie Leroy Responsable de votre dossier Boulangerie Dupain SAS",
                "Réf. : facture n° F-2026-118");
    }

    @Test
    void after_a_corrected_invoice_the_letter_states_the_corrected_amount_and_the_first_only_as_history() {
        LetterContent.Reminder reminder = new LetterContent.Reminder(1, Letters.invoice(),
                new Balance(Money.euros("1000.00"), Money.euros("0.00"), Balance.ChargeKind.LEGAL_INTEREST,
                        Money.euros("0.00")),
                Letters.ISSUED_ON.plusDays(8), Optional.empty(),
                Optional.of(new InvoiceCorrection(Money.euros("1234.56"), Money.euros("1000.00"), Optional.of("AV-2027-007"))));
        Letter letter = Letters.letter(LetterKind.FIRST_REMINDER, Letters.consumer(Language.FR),
                LetterChannel.REGISTERED_POST, reminder);

        String pdf = pdfOf(letter);

        assertThat(pdf).contains("d'un montant de 1 000,00 EUR",
                "le montant de la facture n° F-2026-118 a été rectifié à 1 000,00 EUR "
                        + "(montant initialement facturé : 1 234,56 EUR)",
                "Document de rectification : AV-2027-007.")
                .doesNotContain("d'un montant de 1 234,56 EUR");
    }

    private static Letter mediation(Customer customer, MediatorKind kind, String fee) {
        Balance balance = customer.kind() == CustomerKind.BUSINESS ? Letters.businessBalance() : Letters.consumerBalance();
        return Letters.letter(LetterKind.MEDIATION_REFERRAL, customer, LetterChannel.REGISTERED_POST,
                new LetterContent.MediationReferral(Optional.of(kind), "Maître Lefèvre", Optional.of(balance),
                        Optional.of(Money.euros(fee))));
    }

    @Test
    void a_commissaire_de_justice_is_named_as_such_with_the_small_claims_procedure() {
        RenderedLetter rendered = render(mediation(Letters.business(Language.FR), MediatorKind.BAILIFF, "150.00"));
        String pdf = PdfText.of(rendered.document());

        assertThat(rendered.subject()).startsWith("Transmission de votre dossier à un commissaire de justice")
                .contains("F-2026-118").doesNotContain("médiateur");
        assertThat(pdf).contains("Maître Lefèvre, commissaire de justice",
                "procédure simplifiée de recouvrement des petites créances (article L125-1",
                "s'élèvent à 150,00 EUR", "soit 110,00 EUR", "sur justification (article D441-5");
    }

    @Test
    void a_collection_agency_letter_carries_the_mentions_of_article_r124_4() {
        String pdf = pdfOf(mediation(Letters.business(Language.FR), MediatorKind.COLLECTION_AGENCY, "30.00"));

        assertThat(pdf).contains("société de recouvrement", "article R124-4",
                "Créancier : Boulangerie Dupain SAS, 3 place du Marché, 69002 Lyon",
                "Principal restant dû 1 234,56 EUR",
                "« Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier",
                "restent couverts par l'indemnité forfaitaire");
    }

    @Test
    void a_consumer_is_never_charged_the_mediator_fee() {
        String pdf = pdfOf(mediation(Letters.consumer(Language.FR), MediatorKind.BAILIFF, "150.00"));

        assertThat(pdf).contains("Aucun frais de cette démarche ne vous sera facturé", "article L111-8")
                .doesNotContain("150,00");
    }

    @Test
    void a_conciliateur_de_justice_is_free_of_charge() {
        RenderedLetter rendered = render(mediation(Letters.business(Language.EN), MediatorKind.CONCILIATOR, "0.00"));

        assertThat(rendered.subject()).startsWith("Proposal of conciliation");
        assertThat(PdfText.of(rendered.document())).contains("conciliateur de justice (court conciliator)",
                "free of charge for both parties");
    }

    @Test
    void a_plan_letter_states_each_date_and_what_a_missed_instalment_does_under_the_policy() {
        Letter letter = Letters.letter(LetterKind.REPAYMENT_PLAN_CONFIRMATION, Letters.business(Language.FR),
                LetterChannel.EMAIL, new LetterContent.RepaymentPlanConfirmation(Letters.invoice(), List.of(
                        new Instalment(1, LocalDate.of(2027, 2, 1), Money.euros("600.00")),
                        new Instalment(2, LocalDate.of(2027, 3, 1), Money.euros("634.56"))),
                        Money.euros("1234.56"), Optional.of(5), Optional.of(ClaimState.LITIGATION), Optional.empty()));

        String pdf = pdfOf(letter);

        assertThat(pdf).contains("Échéance 1 : le 1er février 2027 600,00 EUR", "Échéance 2 : le 1er mars 2027 634,56 EUR",
                "n'est pas réglée dans les cinq jours suivant sa date", "nous saisirons la juridiction compétente");
    }

    @Test
    void cjk_kana_hangul_thai_and_devanagari_names_print_as_themselves_with_embedded_subsets() throws IOException {
        String[][] names = {{"株式会社パン屋", "東京"}, {"北京烤鸭有限公司", "北京"}, {"김민준 베이커리", "서울"},
            {"สมชาย ใจดี", "กรุงเทพ"}, {"राम शर्मा", "दिल्ली"}};
        for (String[] name : names) {
            Letter letter = Letters.formalNotice(Letters.businessNamed(name[0], name[1]));
            byte[] document = render(letter).document();
            String pdf = PdfText.of(document);

            assertThat(pdf).as(name[0]).contains(name[0], name[1]).doesNotContain("\uFFFD");
            assertThat(render(letter).document()).as("same bytes again").isEqualTo(document);
            try (PDDocument parsed = Loader.loadPDF(document)) {
                PDResources resources = parsed.getPage(0).getResources();
                List<String> fonts = new ArrayList<>();
                for (COSName font : resources.getFontNames()) {
                    PDType0Font type0 = (PDType0Font) resources.getFont(font);
                    assertThat(type0.isEmbedded()).isTrue();
                    fonts.add(type0.getName());
                }
                // Subsets (a six-letter tag before the name) of the fallback font beside DejaVu Sans.
                assertThat(fonts).allMatch(font -> font.matches("[A-Z]{6}\\+.*"))
                        .anyMatch(font -> font.matches(".*(DroidSansFallback|NanumGothic|NotoSansThai|NotoSansDevanagari).*"));
            }
            assertThat(document.length).as("a subset, not the whole fallback font").isLessThan(100 * 1024);
        }
    }
}
