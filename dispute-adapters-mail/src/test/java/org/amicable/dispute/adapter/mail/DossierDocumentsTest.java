package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.EvidencePack;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.model.RenderedDossier;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier of a hand-over pack, as a PDF and as a web page, read back as a clerk would: by its text. */
class DossierDocumentsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 10);

    @TempDir
    Path folder;

    /** A claim taken up to its formal notice, delivered against signature, then partly paid. */
    private static DisputeId claimUpToAPartPayment(World world, Customer customer) {
        DisputeId id = world.opensClaim(customer, Invoices.invoiceDue("F-2026-001", DUE, "1200.00"));
        while (world.letters(id).stream().noneMatch(letter -> letter.kind() == LetterKind.FORMAL_NOTICE)) {
            world.daysLater(1);
            world.escalationRuns();
            world.dispatches();
        }
        Letter notice = world.letter(id, LetterKind.FORMAL_NOTICE);
        world.services.recordLetterTracking().recordLetterTracking(new RecordLetterTrackingUseCase.Command(id, Optional.empty(),
                notice.id(), "1A 234 567 8901 2"));
        world.daysLater(2);
        world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(id,
                Optional.empty(), notice.id(), world.today().minusDays(1)));
        world.daysLater(5);
        world.pays(id, "200.00");
        world.daysLater(3);
        return id;
    }

    private DisputeServices services(World world) {
        return new DisputeServices(world.store, world.store, world.renderer, world.sender, world.policy,
                world.clock, Duration.ofMinutes(5), CurrentActor.unknown(),
                MailAdapter.dossiers(Letters.pickupSettings(folder)));
    }

    private EvidencePack pack(World world, DisputeId id) {
        return services(world).viewDisputes().evidencePack(id);
    }

    private String page(World world, DisputeId id) {
        RenderedDossier page = services(world).viewDisputes().evidenceDocument(id);
        assertThat(page.fileName()).isEqualTo("dossier.html");
        return new String(page.content(), StandardCharsets.UTF_8);
    }

    @Test
    void a_business_claim_has_its_dossier_in_french_with_the_parties_the_sums_the_chronology_and_the_hashes() {
        World world = World.on(DUE);
        DisputeId id = claimUpToAPartPayment(world, Customers.businessCustomer());

        EvidencePack pack = pack(world, id);
        String text = PdfText.of(pack.dossier().content());

        assertThat(pack.dossier().fileName()).isEqualTo("dossier.pdf");
        assertThat(text).contains("Dossier de preuve — litige n° " + id);
        // The company with its registration details, and the customer.
        assertThat(text).contains("La société : Boulangerie Dupain SAS", "RCS Lyon 552 100 554", "SIREN 552 100 554",
                "FR96552100554", "Le client : Boulangerie Martin SARL (professionnel, référence B-001)");
        // The sums due on the day, with their computation.
        LetterFormat format = new LetterFormat(Language.FR);
        Balance balance = world.view(id).balance().orElseThrow();
        assertThat(balance.lateCharges().isPositive()).isTrue();
        assertThat(text).contains("Sommes dues au " + spaced(format.date(world.today())),
                "Principal de la facture n° F-2026-001 " + spaced(format.money(Money.euros("1200.00"))),
                "Principal restant dû " + spaced(format.money(balance.principal())),
                "Pénalités de retard restant dues " + spaced(format.money(balance.lateCharges())),
                "Indemnité forfaitaire pour frais de recouvrement",
                "Total dû " + spaced(format.money(balance.total())));
        String rate = spaced(format.percent(world.claim(id).figures(world.policy).lateChargeRateOn(world.today()).annualPercent()));
        assertThat(text).contains("taux de " + rate + " l'an", "du " + spaced(format.date(DUE.plusDays(1))) + " au "
                + spaced(format.date(world.today())), "art. 1343-1 du Code civil");
        // The chronology in sentences, with dates and authors.
        assertThat(text).contains("Ouverture du dossier d'impayé : facture n° F-2026-001",
                "La mise en demeure du", "posté(e) en recommandé avec AR n° 1A 234 567 8901 2",
                "présenté(e) et signé(e) le", "Paiement reçu de " + spaced(format.money(Money.euros("200.00"))),
                "par la tâche quotidienne d'escalade", "par l'envoi automatique des courriers");
        // Every letter with its hash, and the verification statement.
        for (Letter letter : world.letters(id)) {
            assertThat(text).contains("SHA-256 du document envoyé : " + letter.contentHash().orElseThrow());
        }
        TimelineEntry last = pack.timeline().get(pack.timeline().size() - 1);
        assertThat(text).contains("elle est intacte", "Dernière empreinte de la chaîne : " + last.hash(),
                "sha256sum -c SHA256SUMS");
    }

    @Test
    void a_consumer_writing_in_english_gets_the_dossier_in_english_with_legal_interest_from_the_formal_notice() {
        World world = World.on(DUE);
        DisputeId id = claimUpToAPartPayment(world, Customers.consumerWithoutPhone());

        String text = PdfText.of(pack(world, id).dossier().content());

        LetterFormat format = new LetterFormat(Language.EN);
        Balance balance = world.view(id).balance().orElseThrow();
        assertThat(text).contains("Evidence dossier — dispute no. " + id, "The company: Boulangerie Dupain SAS",
                "RCS Lyon 552 100 554", "The customer: John Smith (consumer, reference C-002)",
                "Interest at the legal rate still owed " + spaced(format.money(balance.lateCharges())),
                "Total due " + spaced(format.money(balance.total())), "recovery costs stay with the company",
                "The formal notice of", "delivered, acknowledgment of receipt signed on",
                "Payment received of " + spaced(format.money(Money.euros("200.00"))), "it is intact");
        assertThat(text).doesNotContain("Flat recovery indemnity", "Sommes dues", "Pénalités");
    }

    @Test
    void the_same_dossier_renders_to_the_same_bytes() {
        World world = World.on(DUE);
        DisputeId id = claimUpToAPartPayment(world, Customers.businessCustomer());

        assertThat(pack(world, id).dossier().content()).isEqualTo(pack(world, id).dossier().content());
    }

    @Test
    void the_web_page_says_what_the_pdf_says_in_the_same_words() {
        World world = World.on(DUE);
        DisputeId id = claimUpToAPartPayment(world, Customers.businessCustomer());

        String html = page(world, id);
        String pdf = PdfText.of(pack(world, id).dossier().content());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "<meta name=\"viewport\"")
                .as("no script, nothing loaded from elsewhere, no raw JSON").doesNotContain("<script", "src=", "href=", "{\"");
        List<String> said = new ArrayList<>();
        Matcher blocks = Pattern.compile("<(h1|h2|p|li|td)[^>]*>(.*?)</\\1>").matcher(html);
        while (blocks.find()) {
            said.add(unescaped(blocks.group(2)));
        }
        assertThat(said).hasSizeGreaterThan(world.events(id).size())
                .contains("Dossier de preuve — litige n° " + id, "4. Chronologie");
        // The PDF's lines break where the page's do not: compared without white space.
        String pdfWords = pdf.replaceAll("\\s+", "");
        for (String block : said) {
            assertThat(pdfWords).as(block).contains(block.replace('\u00A0', ' ').replaceAll("\\s+", ""));
        }
    }

    @Test
    void the_web_page_shows_what_people_wrote_as_text_never_as_markup() {
        World world = World.on(DUE);
        DisputeId id = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("F-2026-002", DUE, "80.00"));
        world.services.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(id, Optional.empty(),
                world.today(), "<script>alert('x')</script> & <b>bold</b>"));

        String html = page(world, id);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script", "<b>");
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** What the text extraction gives for a no-break space. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ');
    }
}
