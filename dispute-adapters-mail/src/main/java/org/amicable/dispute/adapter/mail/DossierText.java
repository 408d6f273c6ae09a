package org.amicable.dispute.adapter.mail;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.out.Dossier;

/**
 * What the dossier of a hand-over pack says, in the customer's language, before it is laid out as a PDF
 * ({@link DossierPdf}) or as a web page ({@link DossierHtml}), so that both say the same: the
 * parties (the company with its registration details, the customer), the claim or the grievance, the sums
 * due on the day with their computation, the chronology in sentences with dates and authors, every letter
 * with its SHA-256, and how the pack is verified.
 *
 * @param language the language it is written in
 * @param title    its title
 * @param blocks   what follows the title, in order
 */
record DossierText(Language language, String title, List<Block> blocks) {

    DossierText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One part of the dossier, as the layouts tell them apart. */
    sealed interface Block permits Heading, Text, Sums {
    }

    /** The title of a section. */
    record Heading(String text) implements Block {
    }

    /**
     * A paragraph.
     *
     * @param kind what the paragraph is, which sets its size and spacing
     */
    record Text(String text, Kind kind) implements Block {
    }

    /** What a paragraph is. */
    enum Kind {
        /** The line under the title. */
        INTRODUCTION,
        /** A fact of the parties, the subject, the letters. */
        FACT,
        /** An entry of the chronology, or a statement of the verification. */
        ENTRY,
        /** How a sum was computed, and the rule that applies. */
        NOTE
    }

    /** The sums due, as a table of labels and amounts. */
    record Sums(List<Row> rows) implements Block {

        Sums {
            rows = List.copyOf(rows);
        }

        /** A line of the table; a total is set in bold. */
        record Row(String label, String amount, boolean total) {
        }
    }

    /** The dossier of {@code dossier}, written for {@code company}, whose identity the letters' footer gives. */
    static DossierText of(Dossier dossier, MailSettings.Company company, LetterComposer composer) {
        DisputeView dispute = dossier.dispute();
        DossierWords words = new DossierWords(dossier.language(),
                id -> dispute.letters().stream().filter(letter -> letter.id().equals(id)).findFirst());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(words.say("Établi le ", "Made on ") + words.date(dispute.asOf()) + words.say(
                ". Ce dossier résume les pièces jointes ; seules celles-ci font foi.",
                ". This dossier sums up the files beside it in the pack; those files are the evidence."), Kind.INTRODUCTION));

        blocks.add(new Heading(words.say("1. Les parties", "1. The parties")));
        facts(blocks, companyLines(words, company, composer));
        facts(blocks, customerLines(words, dispute.customer()));

        blocks.add(new Heading(dispute.track() == Track.UNPAID_CLAIM ? words.say("2. La créance", "2. The claim")
                : words.say("2. La réclamation", "2. The grievance")));
        facts(blocks, subjectLines(words, dispute));

        if (dispute.balance().isPresent() && dispute.invoice().isPresent()) {
            blocks.add(new Heading(words.say("3. Sommes dues au ", "3. Sums due on ") + words.date(dispute.asOf())));
            blocks.add(sums(words, dossier, dispute.invoice().get(), dispute.balance().get()));
            for (String line : chargeNotes(words, dossier, dispute.balance().get())) {
                blocks.add(new Text(line, Kind.NOTE));
            }
        }

        blocks.add(new Heading(words.say("4. Chronologie", "4. Chronology")));
        for (TimelineEntry entry : dossier.timeline()) {
            blocks.add(new Text(words.date(entry.event().on()) + " — " + words.sentence(entry.event()) + " ("
                    + words.actor(entry.actor()) + ")", Kind.ENTRY));
        }

        blocks.add(new Heading(words.say("5. Les courriers", "5. The letters")));
        if (dispute.letters().isEmpty()) {
            blocks.add(new Text(words.say("Aucun courrier.", "No letter."), Kind.FACT));
        }
        for (Letter letter : dispute.letters()) {
            facts(blocks, letterLines(words, letter, emailHash(dossier, letter.id())));
        }

        blocks.add(new Heading(words.say("6. Vérification", "6. Verification")));
        for (String line : verification(words, dossier)) {
            blocks.add(new Text(line, Kind.ENTRY));
        }
        return new DossierText(dossier.language(), title(words, dispute), blocks);
    }

    private static void facts(List<Block> blocks, List<String> lines) {
        for (String line : lines) {
            blocks.add(new Text(line, Kind.FACT));
        }
    }

    private static String title(DossierWords words, DisputeView dispute) {
        return words.say("Dossier de preuve — litige n° ", "Evidence dossier — dispute no. ") + dispute.id();
    }

    private static List<String> companyLines(DossierWords words, MailSettings.Company company, LetterComposer composer) {
        List<String> lines = new ArrayList<>();
        lines.add(words.say("La société : ", "The company: ") + company.name());
        lines.addAll(composer.footer(words.language()));
        return lines;
    }

    private static List<String> customerLines(DossierWords words, Customer customer) {
        List<String> lines = new ArrayList<>();
        lines.add(words.say("Le client : ", "The customer: ") + customer.name() + " (" + words.customerKind(customer.kind())
                + words.say(", référence ", ", reference ") + customer.reference() + ")");
        lines.add(words.address(customer.address()));
        customer.email().ifPresent(email -> lines.add(words.say("Courriel : ", "Email: ") + email));
        customer.phone().ifPresent(phone -> lines.add(words.say("Téléphone : ", "Phone: ") + phone));
        return lines;
    }

    private static List<String> subjectLines(DossierWords words, DisputeView dispute) {
        List<String> lines = new ArrayList<>();
        dispute.invoice().ifPresent(invoice -> lines.add(words.say("Facture n° ", "Invoice no. ") + invoice.number()
                + words.say(" du ", " of ") + words.date(invoice.issueDate()) + words.say(", montant ", ", amount ")
                + words.money(invoice.amount()) + words.say(", échue le ", ", due ") + words.date(invoice.dueDate()) + "."));
        dispute.grievance().ifPresent(grievance -> {
            lines.add(words.say("Motif : ", "Cause: ") + words.cause(grievance.cause()) + words.say(" ; plainte écrite du ",
                    "; written complaint of ") + words.date(grievance.complaintDate()) + ".");
            lines.add(words.say("Description : « ", "Description: \"") + grievance.description() + words.say(" »", "\""));
            grievance.manager().ifPresent(manager -> lines.add(words.say("Responsable : ", "Manager: ") + manager));
            grievance.agreement().ifPresent(agreement -> lines.add(words.say("Accord : ", "Agreement: ")
                    + words.remedy(agreement.remedy()) + agreement.amount().map(amount -> " " + words.money(amount)).orElse("")
                    + words.say(", à exécuter au plus tard le ", ", to be delivered by ") + words.date(agreement.resolveBy())));
            grievance.mediator().ifPresent(mediator -> lines.add(words.say("Médiateur : ", "Mediator: ") + mediator));
        });
        lines.add(words.say("Ouvert le ", "Opened on ") + words.date(dispute.openedOn()) + words.say(" ; état au ", "; state on ")
                + words.date(dispute.asOf()) + " : " + words.state(dispute.track(), dispute.state().name()) + (dispute.closed()
                        ? words.say(" (phase amiable terminée)", " (amicable phase over)") : "") + ".");
        dispute.limitationDate().ifPresent(date -> lines.add(words.say("Prescription de la créance : ", "The claim expires on: ")
                + words.date(date) + "."));
        return lines;
    }

    private static Sums sums(DossierWords words, Dossier dossier, Invoice invoice, Balance balance) {
        List<Sums.Row> table = new ArrayList<>();
        List<PaymentRecorded> payments = dossier.timeline().stream().map(TimelineEntry::event)
                .filter(PaymentRecorded.class::isInstance).map(PaymentRecorded.class::cast).toList();
        Money zero = Money.zero(invoice.amount().currency());
        Money chargesPaid = payments.stream().map(PaymentRecorded::toLateCharges).reduce(zero, Money::plus);
        Money indemnityPaid = payments.stream().map(PaymentRecorded::toIndemnity).reduce(zero, Money::plus);
        boolean penalties = balance.chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES;

        row(table, words.say("Principal de la facture n° ", "Principal of invoice no. ") + invoice.number(),
                words.money(invoice.amount()), false);
        for (PaymentRecorded payment : payments) {
            row(table, words.say("Paiement du ", "Payment of ") + words.date(payment.on()) + " (" + payment.reference()
                    + words.say("), imputé au principal", "), applied to the principal"), "− " + words.money(payment.toPrincipal()), false);
        }
        // The principal may also have moved by a correction (a grievance about the invoice): the balance says what is owed.
        row(table, words.say("Principal restant dû", "Principal still owed"), words.money(balance.principal()), true);
        String charges = penalties ? words.say("Pénalités de retard", "Late-payment penalties")
                : words.say("Intérêts au taux légal", "Interest at the legal rate");
        row(table, charges + words.say(" courues", " accrued"), words.money(balance.lateCharges().plus(chargesPaid)), false);
        if (chargesPaid.isPositive()) {
            row(table, charges + words.say(" payées", " paid"), "− " + words.money(chargesPaid), false);
        }
        row(table, charges + words.say(" restant dues", " still owed"), words.money(balance.lateCharges()), true);
        if (penalties) {
            row(table, words.say("Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce)",
                    "Flat recovery indemnity (Code de commerce, art. D441-5)"), words.money(balance.indemnity().plus(indemnityPaid)), false);
            if (indemnityPaid.isPositive()) {
                row(table, words.say("Indemnité payée", "Indemnity paid"), "− " + words.money(indemnityPaid), false);
            }
        }
        row(table, words.say("Total dû", "Total due"), words.money(balance.total()), true);
        if (!payments.isEmpty()) {
            // Each payment, with how it was applied, is in the chronology.
            row(table, words.say("Total des paiements reçus", "Payments received in total"), words.money(
                    payments.stream().map(PaymentRecorded::amount).reduce(zero, Money::plus)), false);
        }
        return new Sums(table);
    }

    private static List<String> chargeNotes(DossierWords words, Dossier dossier, Balance balance) {
        List<String> notes = new ArrayList<>();
        boolean penalties = balance.chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES;
        Optional<Dossier.LateChargeTerms> terms = dossier.lateCharges();
        if (terms.isPresent()) {
            LocalDate from = terms.get().runningAfter().plusDays(1);
            LocalDate until = terms.get().until();
            long days = Math.max(0, ChronoUnit.DAYS.between(terms.get().runningAfter(), until));
            notes.add((penalties ? words.say("Pénalités de retard", "Late-payment penalties")
                    : words.say("Intérêts au taux légal", "Interest at the legal rate"))
                    + words.say(" : taux de ", ": rate ") + words.format().percent(terms.get().rate().annualPercent())
                    + words.say(" l'an au ", " a year on ") + words.date(dossier.dispute().asOf()) + " ("
                    + words.basis(terms.get().rate().basis()) + words.say(") ; assiette : le principal dû chaque jour ; période : du ",
                            "); basis: the principal owed each day; period: from ") + words.date(from)
                    + words.say(" au ", " to ") + words.date(until) + " (" + days + words.say(" jours).", " days)."));
            notes.add(words.say("Calcul : principal × taux ÷ 100 × jours ÷ 365, jour par jour au taux en vigueur ce jour-là, "
                    + "arrondi une fois au centime.", "Computation: principal × rate ÷ 100 × days ÷ 365, day by day at the "
                    + "rate in force that day, rounded once to the cent."));
        } else if (!penalties) {
            notes.add(words.say("Les intérêts au taux légal ne courent qu'à compter de la mise en demeure (art. 1231-6 et 1344-1 "
                    + "du Code civil) : aucun ne court encore.", "Interest at the legal rate runs only from the formal notice "
                    + "(Code civil, art. 1231-6 and 1344-1): none runs yet."));
        }
        if (!penalties) {
            notes.add(words.say("Envers un consommateur, les frais de recouvrement restent à la charge de la société "
                    + "(art. L111-8 du Code des procédures civiles d'exécution).", "Toward a consumer, recovery costs stay "
                    + "with the company (Code des procédures civiles d'exécution, art. L111-8)."));
        }
        notes.add(words.say("Chaque paiement est imputé d'abord sur les intérêts et pénalités, puis sur l'indemnité, puis sur "
                + "le principal (art. 1343-1 du Code civil) ; l'imputation de chacun figure dans la chronologie.",
                "Each payment goes to interest and penalties first, then to the indemnity, then to the principal "
                + "(Code civil, art. 1343-1); how each was applied is in the chronology."));
        return notes;
    }

    private static List<String> letterLines(DossierWords words, Letter letter, Optional<String> emailHash) {
        List<String> lines = new ArrayList<>();
        lines.add(DossierWords.capitalized(words.kind(letter.kind())) + words.say(" du ", " of ") + words.date(letter.issuedOn())
                + ", " + words.channel(letter.channel()) + words.say(", réf. ", ", ref. ") + letter.reference()
                + " (" + letter.id() + ")");
        lines.add(words.say("Adressé(e) à ", "Addressed to ") + letter.recipient().name() + ", "
                + words.address(letter.recipient().address()));
        letter.sentAt().ifPresent(at -> lines.add(words.say("Envoyé(e) le ", "Sent on ")
                + words.date(at.atOffset(ZoneOffset.UTC).toLocalDate()) + words.say(" à ", " at ")
                + at.atOffset(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.SECONDS) + " UTC"));
        letter.trackingNumber().ifPresent(number -> lines.add(words.say("Recommandé n° ", "Tracking no. ") + number));
        letter.acknowledgedOn().ifPresent(day -> lines.add(words.say("Accusé de réception signé le ",
                "Acknowledgment of receipt signed on ") + words.date(day)));
        letter.returned().ifPresent(reason -> lines.add(words.say("Retour : ", "Returned: ") + words.returned(reason)
                + letter.firstPresentedOn().map(day -> words.say(", première présentation le ", ", first presented on ")
                        + words.date(day)).orElse("")));
        lines.add(letter.contentHash().map(hash -> words.say("SHA-256 du document envoyé : ", "SHA-256 of the document as sent: ")
                + hash).orElse(words.say("Pas envoyé(e) : ", "Not sent: ") + letter.status().name().toLowerCase(java.util.Locale.ROOT)));
        emailHash.ifPresent(hash -> lines.add(words.say("SHA-256 du courriel envoyé : ", "SHA-256 of the email as sent: ") + hash));
        letter.scanHash().ifPresent(hash -> lines.add(words.say("SHA-256 du scan : ", "SHA-256 of the scan: ") + hash));
        return lines;
    }

    private static Optional<String> emailHash(Dossier dossier, LetterId letter) {
        return dossier.timeline().stream().map(TimelineEntry::event).filter(LetterSent.class::isInstance)
                .map(LetterSent.class::cast).filter(sent -> sent.letterId().equals(letter)).findFirst()
                .flatMap(LetterSent::emailHash);
    }

    private static List<String> verification(DossierWords words, Dossier dossier) {
        List<String> lines = new ArrayList<>();
        int entries = dossier.timeline().size();
        String last = entries == 0 ? "" : dossier.timeline().get(entries - 1).hash();
        lines.add(dossier.verification().intact()
                ? words.say("La chaîne d'empreintes des " + entries + " événements a été vérifiée le " + words.date(dossier.dispute().asOf())
                        + " : elle est intacte.", "The hash chain of the " + entries + " entries was verified on "
                        + words.date(dossier.dispute().asOf()) + ": it is intact.")
                : words.say("La chaîne d'empreintes est ROMPUE : ", "The hash chain is BROKEN: ") + dossier.verification().explanation());
        lines.add(words.say("Dernière empreinte de la chaîne : ", "Last hash of the chain: ") + last);
        lines.add(words.say("Chaque ligne de timeline.jsonl a pour empreinte SHA-256(empreinte de la ligne précédente, en 64 "
                + "caractères hexadécimaux, suivie des octets de la ligne), à partir de 64 zéros ; chaque ligne répète "
                + "l'empreinte précédente dans « previous ». L'empreinte de chaque courrier figure dans sa ligne « letter-sent ».",
                "Each line of timeline.jsonl hashes to SHA-256(the hash of the line before, in 64 hexadecimal characters, "
                + "followed by the line's bytes), starting from 64 zeros; each line repeats the hash before it in \"previous\". "
                + "Each letter's hash is in its \"letter-sent\" line."));
        lines.add(words.say("Pour vérifier le dossier : « sha256sum -c SHA256SUMS » dans le dossier décompressé, puis la "
                + "procédure de README.txt pour la chaîne.", "To verify the pack: \"sha256sum -c SHA256SUMS\" in the unpacked "
                + "folder, then the steps of README.txt for the chain."));
        return lines;
    }

    private static void row(List<Sums.Row> table, String label, String amount, boolean total) {
        table.add(new Sums.Row(label, amount, total));
    }
}
