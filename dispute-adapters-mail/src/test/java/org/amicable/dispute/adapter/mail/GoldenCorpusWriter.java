package org.amicable.dispute.adapter.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the golden corpus that the domain's build reads back on every build
 * ({@code dispute-domain/src/test/resources/golden}): stories of both tracks that pass through every
 * state and record every kind of event, stored exactly as the storage keeps them, with the PDF of
 * every letter sent. A story already in the corpus is never written again: the corpus is what earlier
 * versions stored. Run it only to add stories, never to "fix" a failing corpus:
 * {@code mvn -pl dispute-adapters-mail -am test -Dtest=GoldenCorpusWriter -Dgolden.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "golden.write", matches = "true")
class GoldenCorpusWriter {

    private static final Path CORPUS = Path.of(System.getProperty("golden.dir", "../dispute-domain/src/test/resources/golden"));

    private final TestClock clock = TestClock.on("2026-03-02");
    private final InMemoryDisputeRepository store = new InMemoryDisputeRepository();
    private final RecordingLetterSender sender = new RecordingLetterSender();
    private DisputeServices amicable;
    private final java.util.concurrent.atomic.AtomicReference<org.amicable.dispute.domain.model.Actor> acting =
            new java.util.concurrent.atomic.AtomicReference<>(
                    new org.amicable.dispute.domain.model.Actor.ApiClient("erp", "integration"));

    @Test
    void writes_the_corpus(@TempDir Path pickup) throws IOException {
        amicable = new DisputeServices(store, store, new PdfLetterRenderer(Letters.pickupSettings(pickup)), sender,
                Policies.defaults(), clock, java.time.Duration.ofMinutes(5), () -> Optional.of(acting.get()));
        LocalDate due = LocalDate.of(2026, 2, 27);
        Customer business = new Customer("B-1042", "Boulangerie Martin SARL", CustomerKind.BUSINESS,
                Optional.of("compta@boulangerie-martin.example"),
                new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR"), Optional.of("+33 1 23 45 67 89"),
                Language.FR);
        Customer consumer = new Customer("C-2077", "Jeanne Petit", CustomerKind.CONSUMER, Optional.empty(),
                new PostalAddress(List.of("4 impasse des Roses", "Bâtiment B"), "13001", "Marseille", "FR"),
                Optional.empty(), Language.FR);
        Customer englishConsumer = new Customer("C-3001", "Oliver Smith", CustomerKind.CONSUMER,
                Optional.of("oliver.smith@mail.example"),
                new PostalAddress(List.of("8 avenue Foch"), "69006", "Lyon", "FR"), Optional.of("+33 6 11 22 33 44"),
                Language.EN);

        List<Story> stories = new ArrayList<>();

        // A business claim up the whole ladder, into a repayment plan, a missed instalment and court.
        DisputeId toCourt = openClaim(business, new Invoice("F-2026-0042", LocalDate.of(2026, 1, 28), due, Money.euros("1200.00")));
        escalateUntil(due.plusDays(5));
        Letter firstReminder = lastLetter(toCourt);
        amicable.recordLetterTracking().recordLetterTracking(new RecordLetterTrackingUseCase.Command(toCourt, Optional.empty(),
                firstReminder.id(), "1A 234 567 8901 2"));
        clock.advanceDays(2);
        amicable.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(toCourt,
                Optional.empty(), firstReminder.id(), clock.today().minusDays(1)));
        amicable.recordPhoneCall().recordPhoneCall(new RecordPhoneCallUseCase.Command(toCourt, Optional.empty(),
                clock.today(), PhoneCallOutcome.PROMISED, Optional.of(clock.today().plusDays(3)),
                "The manager promised a transfer by Friday"));
        escalateUntil(clock.today().plusDays(10));
        amicable.recordPayment().recordPayment(new RecordPaymentUseCase.Command(toCourt, Optional.empty(), clock.today(),
                Money.euros("200.00"), "VIR-0042-1"));
        escalateUntil(clock.today().plusDays(40));
        amicable.confirmMediation().confirmMediation(new ConfirmMediationUseCase.Command(toCourt, Optional.empty(),
                clock.today(), MediatorKind.COLLECTION_AGENCY, "Recouvrement Rhône SAS", Money.euros("90.00"),
                "Claire Dubois, credit manager"));
        dispatch();
        Money balance = amicable.viewDisputes().view(toCourt).balance().orElseThrow().total();
        Money half = Money.of(balance.amount().divide(java.math.BigDecimal.valueOf(2), java.math.RoundingMode.DOWN), balance.currency());
        amicable.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(toCourt, Optional.empty(),
                clock.today(), List.of(new Instalment(1, clock.today().plusDays(15), half),
                        new Instalment(2, clock.today().plusDays(45), balance.minus(half)))));
        dispatch();
        escalateUntil(clock.today().plusDays(25));
        clock.advanceDays(3);
        amicable.takeToCourt().takeToCourt(new TakeToCourtUseCase.Command(toCourt, Optional.empty(), clock.today(),
                Initiator.COMPANY, "Mediation failed; the instalments were not paid"));
        stories.add(new Story("claim-business-to-court", toCourt));

        // A consumer by post only: a reminder, a promise, an answer, then payment in full.
        DisputeId settled = openClaim(consumer, new Invoice("F-2026-0107", LocalDate.of(2026, 2, 1), clock.today().minusDays(6),
                Money.euros("89.90")));
        escalateUntil(clock.today());
        amicable.recordPromise().recordPromise(new RecordPromiseUseCase.Command(settled, Optional.empty(), clock.today(),
                clock.today().plusDays(7), Optional.of(Money.euros("89.90"))));
        clock.advanceDays(2);
        amicable.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(settled,
                Optional.empty(), clock.today(), "Letter received: « je paierai la semaine prochaine »"));
        clock.advanceDays(3);
        amicable.recordPayment().recordPayment(new RecordPaymentUseCase.Command(settled, Optional.empty(), clock.today(),
                Money.euros("89.90"), "CHQ 0001234"));
        stories.add(new Story("claim-consumer-settled", settled));

        // A first reminder that cannot be sent, then the claim is written off.
        DisputeId writtenOff = openClaim(englishConsumer, new Invoice("F-2026-0200", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(6), Money.euros("45.00")));
        sender.behave(RecordingLetterSender.Mode.FAIL_PERMANENTLY);
        escalateUntil(clock.today());
        sender.behave(RecordingLetterSender.Mode.ACCEPT);
        clock.advanceDays(1);
        amicable.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(writtenOff, Optional.empty(), clock.today(),
                "Amount too small to chase without an address"));
        stories.add(new Story("claim-written-off", writtenOff));

        // A claim opened in error.
        DisputeId cancelled = openClaim(business, new Invoice("F-2026-0300", LocalDate.of(2026, 3, 1),
                clock.today().plusDays(30), Money.euros("300.00")));
        amicable.cancelClaim().cancelClaim(new CancelClaimUseCase.Command(cancelled, Optional.empty(), clock.today(),
                "Invoice already paid by card, entered twice"));
        stories.add(new Story("claim-cancelled", cancelled));

        // A consumer claim left awaiting mediation until its limitation draws near.
        DisputeId limitation = openClaim(englishConsumer, new Invoice("F-2026-0400", LocalDate.of(2026, 3, 1),
                clock.today(), Money.euros("640.00")));
        escalateUntil(clock.today().plusDays(45));
        escalateUntil(clock.today().plusYears(2).minusDays(20));
        stories.add(new Story("claim-limitation-warning", limitation));

        // An invoice error: the grievance holds the chase of its claim; its correction resumes it.
        Invoice disputed = new Invoice("F-2026-0500", LocalDate.of(2026, 1, 1), clock.today().minusDays(5), Money.euros("1200.00"));
        DisputeId held = openClaim(business, disputed);
        escalateUntil(clock.today());
        clock.advanceDays(2);
        DisputeId invoiceError = amicable.openGrievance().openGrievance(new OpenGrievanceUseCase.Command(business,
                GrievanceCause.INVOICE_ERROR, "Nous avons commandé 10 unités, pas 12", Optional.of(disputed), clock.today())).id();
        dispatch();
        assign(invoiceError, "Claire Dubois");
        propose(invoiceError, RemedyKind.INVOICE_CORRECTION, Optional.of("1000.00"), 5, 10);
        answer(invoiceError, true, Optional.empty());
        clock.advanceDays(3);
        amicable.recordResolution().recordResolution(new RecordResolutionUseCase.Command(invoiceError, Optional.empty(),
                clock.today(), "Credit note AV-2026-0012 issued, invoice corrected to 1000.00 EUR"));
        dispatch();
        stories.add(new Story("claim-held-by-invoice-error", held));
        stories.add(new Story("grievance-resolved-on-time", invoiceError));

        // A grievance handled late: first contact overdue, a lapsed and a rejected proposal, the remedy late.
        DisputeId late = amicable.openGrievance().openGrievance(new OpenGrievanceUseCase.Command(englishConsumer,
                GrievanceCause.SPOILED_PRODUCT, "The cheese delivered on 1 March was mouldy", Optional.empty(),
                clock.today())).id();
        dispatch();
        escalateUntil(clock.today().plusDays(5));
        assign(late, "Hugo Leroy");
        amicable.recordContact().recordContact(new RecordContactUseCase.Command(late, Optional.empty(), clock.today(),
                "Called the customer, apologised, photos received"));
        propose(late, RemedyKind.DISCOUNT, Optional.of("10.00"), 3, 10);
        escalateUntil(clock.today().plusDays(5));
        propose(late, RemedyKind.REFUND, Optional.of("25.00"), 5, 10);
        answer(late, false, Optional.of("I want a replacement, not money"));
        propose(late, RemedyKind.REPLACEMENT, Optional.empty(), 5, 7);
        answer(late, true, Optional.empty());
        escalateUntil(clock.today().plusDays(9));
        clock.advanceDays(2);
        amicable.recordResolution().recordResolution(new RecordResolutionUseCase.Command(late, Optional.empty(),
                clock.today(), "Replacement delivered by courier"));
        dispatch();
        stories.add(new Story("grievance-resolved-late", late));

        // A grievance taken to the consumer mediator after a rejected proposal.
        DisputeId mediated = amicable.openGrievance().openGrievance(new OpenGrievanceUseCase.Command(consumer,
                GrievanceCause.NON_CONFORMING_ITEM, "Reçu une table en chêne au lieu de noyer", Optional.empty(),
                clock.today())).id();
        dispatch();
        assign(mediated, "Claire Dubois");
        propose(mediated, RemedyKind.REPAIR, Optional.empty(), 5, 20);
        answer(mediated, false, Optional.of("Je veux la table commandée"));
        clock.advanceDays(1);
        amicable.referGrievanceToMediation().referGrievanceToMediation(new ReferGrievanceToMediationUseCase.Command(mediated, Optional.empty(),
                clock.today(), "Médiateur du commerce"));
        dispatch();
        stories.add(new Story("grievance-in-mediation", mediated));

        // A grievance withdrawn by the customer.
        DisputeId withdrawn = amicable.openGrievance().openGrievance(new OpenGrievanceUseCase.Command(business, GrievanceCause.OTHER,
                "Livraison en retard de deux jours", Optional.empty(), clock.today())).id();
        dispatch();
        clock.advanceDays(1);
        amicable.withdrawGrievance().withdrawGrievance(new WithdrawGrievanceUseCase.Command(withdrawn, Optional.empty(),
                clock.today(), "Delivery arrived, no harm done"));
        stories.add(new Story("grievance-withdrawn", withdrawn));

        // A consumer whose first reminder comes back addressee unknown: the ladder holds until the
        // address is corrected, the reminder goes again; the formal notice is then refused at the door.
        Customer movedAway = new Customer("C-4010", "Lucas Bernard", CustomerKind.CONSUMER, Optional.empty(),
                new PostalAddress(List.of("15 rue Nationale"), "59000", "Lille", "FR"), Optional.empty(), Language.FR);
        DisputeId returns = openClaim(movedAway, new Invoice("F-2026-0600", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(5), Money.euros("450.00")));
        escalateUntil(clock.today());
        Letter reminder = lastLetter(returns);
        clock.advanceDays(6);
        amicable.recordLetterReturn().recordLetterReturn(new org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase.Command(
                returns, Optional.empty(), reminder.id(), org.amicable.dispute.domain.model.ReturnReason.ADDRESSEE_UNKNOWN,
                Optional.empty(), clock.today().minusDays(1)));
        escalateUntil(clock.today().plusDays(12));
        amicable.correctContactDetails().correctContactDetails(new org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase.Command(
                returns, Optional.empty(), new PostalAddress(List.of("2 place du Théâtre"), "59800", "Lille", "FR"),
                Optional.empty(), Optional.empty()));
        escalateUntil(clock.today().plusDays(20));
        Letter notice = lastLetter(returns);
        clock.advanceDays(5);
        amicable.recordLetterReturn().recordLetterReturn(new org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase.Command(
                returns, Optional.empty(), notice.id(), org.amicable.dispute.domain.model.ReturnReason.REFUSED,
                Optional.of(clock.today().minusDays(3)), clock.today().minusDays(1)));
        escalateUntil(clock.today().plusDays(10));
        stories.add(new Story("claim-returned-letters", returns));

        // A reminder delivered, with the scan of its signed acknowledgment-of-receipt card.
        DisputeId scanned = openClaim(movedAway, new Invoice("F-2026-0700", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(5), Money.euros("120.00")));
        escalateUntil(clock.today());
        Letter delivered = lastLetter(scanned);
        clock.advanceDays(3);
        amicable.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(scanned,
                Optional.empty(), delivered.id(), clock.today().minusDays(1)));
        byte[] card = new PdfLetterRenderer(Letters.pickupSettings(pickup)).render(delivered).document();
        amicable.attachScan().attachScan(new org.amicable.dispute.domain.port.in.AttachScanUseCase.Command(scanned,
                Optional.empty(), delivered.id(), card));
        stories.add(new Story("claim-acknowledged-with-scan", scanned));

        // The customer answers on his personal page: he says he paid, proposes a plan beyond the limits
        // accepted on the spot (it waits for a manager), then contests the claim with a document.
        org.amicable.dispute.domain.model.Actor erp = acting.get();
        Customer onHisPage = new Customer("C-4010", "Camille Roux", CustomerKind.CONSUMER,
                Optional.of("camille.roux@mail.example"),
                new PostalAddress(List.of("3 quai des Chartrons"), "33000", "Bordeaux", "FR"), Optional.empty(),
                Language.FR);
        DisputeId answered = openClaim(onHisPage, new Invoice("F-2026-0810", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(6), Money.euros("480.00")));
        escalateUntil(clock.today());
        clock.advanceDays(2);
        acting.set(new org.amicable.dispute.domain.model.Actor.Customer(onHisPage.reference()));
        amicable.declarePayment().declarePayment(new org.amicable.dispute.domain.port.in.DeclarePaymentUseCase.Command(
                answered, Optional.empty(), clock.today().minusDays(1), "VIR-4010-1"));
        amicable.proposeRepaymentPlan(org.amicable.dispute.domain.policy.RepaymentPlanLimits.defaults()).proposeRepaymentPlan(
                new org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase.Command(answered, Optional.empty(),
                        12, clock.today().plusDays(10)));
        DisputeId contested = amicable.contestClaim().contestClaim(new org.amicable.dispute.domain.port.in.ContestClaimUseCase.Command(
                answered, GrievanceCause.NON_CONFORMING_ITEM, "Les chaises livrées ne sont pas celles commandées.",
                List.of(new org.amicable.dispute.domain.port.in.ContestClaimUseCase.Attachment("bon-de-livraison.pdf",
                        card)))).id();
        acting.set(erp);
        stories.add(new Story("claim-answered-on-the-customers-page", answered));
        stories.add(new Story("grievance-contested-on-the-customers-page", contested));

        // A formal notice a manager reviews before it goes out: held with a reason, approved two days
        // later, then sent; its eight days run from the sending, and the mediation follows.
        DisputeServices withoutReview = amicable;
        amicable = new DisputeServices(store, store, new PdfLetterRenderer(Letters.pickupSettings(pickup)), sender,
                Policies.defaults(), clock, java.time.Duration.ofMinutes(5), () -> Optional.of(acting.get()),
                new org.amicable.dispute.domain.inmemory.PlainTextDossierRenderer(),
                org.amicable.dispute.domain.policy.ReviewPolicy.defaults(),
                new org.amicable.dispute.domain.inmemory.InMemoryEscalationRuns());
        DisputeId reviewed = openClaim(business, new Invoice("F-2026-0900", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(5), Money.euros("760.00")));
        escalateUntil(clock.today().plusDays(20));
        Letter noticeToReview = lastLetter(reviewed);
        acting.set(new org.amicable.dispute.domain.model.Actor.Person("claire.dubois", "Claire Dubois", "manager"));
        amicable.holdLetter().holdLetter(new org.amicable.dispute.domain.port.in.HoldLetterUseCase.Command(reviewed,
                noticeToReview.id(), "Le client annonce un virement : attendre deux jours"));
        clock.advanceDays(2);
        amicable.approveLetter().approveLetter(new org.amicable.dispute.domain.port.in.ApproveLetterUseCase.Command(reviewed,
                noticeToReview.id()));
        acting.set(erp);
        escalateUntil(clock.today().plusDays(10));
        amicable = withoutReview;
        stories.add(new Story("claim-formal-notice-reviewed", reviewed));

        // A plan the customer proposed beyond the limits, declined by a manager with a reason: the ladder
        // waits its full delay again from the decline, then sends the second reminder.
        Customer declinedOnHisPage = new Customer("C-4020", "Lucas Bernard", CustomerKind.CONSUMER,
                Optional.of("lucas.bernard@mail.example"),
                new PostalAddress(List.of("21 rue Nationale"), "59000", "Lille", "FR"), Optional.empty(),
                Language.FR);
        DisputeId declined = openClaim(declinedOnHisPage, new Invoice("F-2026-0950", LocalDate.of(2026, 2, 1),
                clock.today().minusDays(6), Money.euros("540.00")));
        escalateUntil(clock.today());
        clock.advanceDays(2);
        acting.set(new org.amicable.dispute.domain.model.Actor.Customer(declinedOnHisPage.reference()));
        amicable.proposeRepaymentPlan(org.amicable.dispute.domain.policy.RepaymentPlanLimits.defaults()).proposeRepaymentPlan(
                new org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase.Command(declined, Optional.empty(),
                        18, clock.today().plusDays(10)));
        clock.advanceDays(3);
        acting.set(new org.amicable.dispute.domain.model.Actor.Person("claire.dubois", "Claire Dubois", "manager"));
        amicable.declineRepaymentPlan().declineRepaymentPlan(
                new org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase.Command(declined, Optional.empty(),
                        clock.today(), "Dix-huit mois est trop long pour ce montant : nous acceptons six échéances."));
        acting.set(erp);
        escalateUntil(clock.today().plusDays(10));
        stories.add(new Story("claim-proposed-plan-declined", declined));

        for (Story story : stories) {
            if (Files.exists(CORPUS.resolve(story.name()))) {
                continue;
            }
            write(story);
        }
    }

    private record Story(String name, DisputeId id) {
    }

    private void write(Story story) throws IOException {
        Path folder = CORPUS.resolve(story.name());
        Files.createDirectories(folder.resolve("letters"));
        List<TimelineEntry> entries = store.storedEntries(story.id());
        StringBuilder lines = new StringBuilder();
        StringBuilder hashes = new StringBuilder();
        StringBuilder personal = new StringBuilder();
        for (TimelineEntry entry : entries) {
            lines.append(entry.stored()).append('\n');
            hashes.append(entry.hash()).append('\n');
            personal.append(entry.personal().orElse("")).append('\n');
        }
        Files.writeString(folder.resolve("personal.jsonl"), personal, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("timeline.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("hashes.txt"), hashes, StandardCharsets.UTF_8);
        String state = amicable.viewDisputes().view(story.id()).state().name();
        Files.writeString(folder.resolve("expected.txt"), "state=" + state + "\nentries=" + entries.size() + "\n",
                StandardCharsets.UTF_8);
        for (var rendered : sender.sent()) {
            if (rendered.letter().disputeId().equals(story.id())) {
                Files.write(folder.resolve("letters").resolve(rendered.letter().id() + ".pdf"), rendered.document());
            }
        }
        for (Letter letter : amicable.viewDisputes().view(story.id()).letters()) {
            if (letter.scanHash().isPresent()) {
                Files.createDirectories(folder.resolve("scans"));
                Files.write(folder.resolve("scans").resolve(letter.scanHash().get()),
                        amicable.viewDisputes().scan(story.id(), letter.id()).document().content());
            }
        }
    }

    private DisputeId openClaim(Customer customer, Invoice invoice) {
        return amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer, invoice)).id();
    }

    /** Runs the escalation and the dispatcher every day up to the given day, as the scheduler would. */
    private void escalateUntil(LocalDate day) {
        while (true) {
            amicable.runEscalation().runEscalation(clock.today());
            dispatch();
            if (!clock.today().isBefore(day)) {
                return;
            }
            clock.advanceDays(1);
        }
    }

    private void dispatch() {
        amicable.dispatchLetters().dispatchLetters(100);
    }

    private Letter lastLetter(DisputeId id) {
        List<Letter> letters = amicable.viewDisputes().view(id).letters();
        Letter letter = letters.get(letters.size() - 1);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new IllegalStateException("expected a registered letter, got " + letter);
        }
        return letter;
    }

    private void assign(DisputeId id, String manager) {
        amicable.assignManager().assignManager(new AssignManagerUseCase.Command(id, Optional.empty(), manager));
    }

    private void propose(DisputeId id, RemedyKind remedy, Optional<String> euros, int answerDays, int resolveDays) {
        amicable.makeProposal().makeProposal(new MakeProposalUseCase.Command(id, Optional.empty(), remedy,
                euros.map(Money::euros), clock.today().plusDays(answerDays), clock.today().plusDays(resolveDays),
                "Nous vous proposons : " + remedy.name().toLowerCase().replace('_', ' ')));
        dispatch();
    }

    private void answer(DisputeId id, boolean accepted, Optional<String> reason) {
        clock.advanceDays(1);
        amicable.answerProposal().answerProposal(new AnswerProposalUseCase.Command(id, Optional.empty(), clock.today(),
                accepted, reason));
        dispatch();
    }
}
