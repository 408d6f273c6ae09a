package org.amicable.dispute.adapter.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeEvent.Cancelled;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.ContactDetailsCorrected;
import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterScanAttached;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.ManagerAssigned;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;
import org.amicable.dispute.domain.model.DisputeEvent.WrittenOff;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Money;

/**
 * Each event of a timeline in one plain French sentence, as {@link EventWords} says it in English: for the
 * people of the back-office who read French. Amounts and dates are written the French way.
 */
final class FrenchEventWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    /** One a thread: a DecimalFormat is not thread-safe, and making one parses its pattern. */
    private static final ThreadLocal<DecimalFormat> AMOUNTS = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE)));

    private FrenchEventWords() {
    }

    static String of(DisputeEvent event) {
        if (event instanceof ClaimOpened e) {
            return "Défaut de paiement ouvert contre " + e.customer().name() + " (" + e.customer().reference()
                    + ") pour la facture " + e.invoice().number() + " du " + date(e.invoice().issueDate()) + ", "
                    + money(e.invoice().amount()) + ", échue le " + date(e.invoice().dueDate()) + ".";
        } else if (event instanceof GrievanceOpened e) {
            return "Réclamation reçue de " + e.customer().name() + " (" + word(e.cause().name()) + ") : « "
                    + e.description() + " » ; réclamation écrite du " + date(e.complaintDate())
                    + " ; premier contact attendu au plus tard le " + date(e.firstContactDeadline()) + ".";
        } else if (event instanceof LetterIssued e) {
            return "Courrier décidé : " + word(e.letter().kind().name()) + " par " + word(e.letter().channel().name())
                    + " à " + e.letter().recipient().name() + ", " + address(e.letter().recipient().address())
                    + " (courrier " + e.letter().id() + ").";
        } else if (event instanceof DisputeEvent.LetterAwaitingReview e) {
            return "Courrier " + e.letterId() + " en attente de la validation d’un responsable avant son envoi.";
        } else if (event instanceof DisputeEvent.LetterApproved e) {
            return "Courrier " + e.letterId() + " validé pour l’envoi.";
        } else if (event instanceof DisputeEvent.LetterHeld e) {
            return "Courrier " + e.letterId() + " retenu, non envoyé : « " + e.reason() + " ».";
        } else if (event instanceof LetterSent e) {
            return "Courrier " + e.letterId() + " envoyé le " + e.sentAt() + " ; SHA-256 du document envoyé "
                    + e.contentHash() + e.emailHash().map(hash -> ", du courriel envoyé " + hash).orElse("") + ".";
        } else if (event instanceof LetterFailed e) {
            return "Le courrier " + e.letterId() + " n’a pas pu partir : " + e.reason() + ".";
        } else if (event instanceof LetterTracked e) {
            return "Recommandé " + e.letterId() + " posté sous le numéro de suivi " + e.trackingNumber() + ".";
        } else if (event instanceof LetterAcknowledged e) {
            return "Recommandé " + e.letterId() + " distribué ; accusé de réception signé le "
                    + date(e.deliveredOn()) + ".";
        } else if (event instanceof LetterReturned e) {
            String presented = e.firstPresentedOn().map(day -> " le " + date(day)).orElse("");
            return "Le recommandé " + e.letterId() + " est revenu le " + date(e.returnedOn()) + " : " + switch (e.reason()) {
                case UNCLAIMED -> "présenté" + presented + ", avisé et non réclamé ; il prend effet à cette présentation";
                case REFUSED -> "refusé à sa présentation" + presented + " ; il prend effet à cette présentation";
                case ADDRESSEE_UNKNOWN -> "destinataire inconnu à l’adresse (NPAI) ; l’adresse doit être corrigée";
            } + ".";
        } else if (event instanceof LetterScanAttached e) {
            return "Scan de la preuve postale du courrier " + e.letterId() + " conservé (" + e.mediaType()
                    + ", SHA-256 " + e.scanHash() + ").";
        } else if (event instanceof ContactDetailsCorrected e) {
            return "Coordonnées du client corrigées : " + address(e.customer().address())
                    + e.customer().email().map(email -> ", " + email).orElse("")
                    + e.customer().phone().map(phone -> ", " + phone).orElse("")
                    + ". Les courriers suivants les utilisent.";
        } else if (event instanceof ClaimEscalated e) {
            return "La créance passe de l’état « " + word(e.from().name()) + " » à l’état « " + word(e.to().name())
                    + " ».";
        } else if (event instanceof PhoneTaskCreated e) {
            return "Appel au " + e.phone() + " pour confirmer la " + word(e.after().name()) + ".";
        } else if (event instanceof PhoneCallRecorded e) {
            return "Appel téléphonique : " + word(e.outcome().name()) + e.promisedFor()
                    .map(day -> ", paiement promis pour le " + date(day)).orElse("") + ". Note : « " + e.note() + " ».";
        } else if (event instanceof CustomerAnswered e) {
            return "Le client a répondu : « " + e.summary() + " ».";
        } else if (event instanceof PaymentRecorded e) {
            return "Paiement de " + money(e.amount()) + " reçu (référence " + e.reference()
                    + "), imputé aux pénalités ou intérêts " + money(e.toLateCharges()) + ", à l’indemnité de recouvrement "
                    + money(e.toIndemnity()) + ", au principal " + money(e.toPrincipal())
                    + (e.surplus().isZero() ? "" : ", excédent " + money(e.surplus())) + ".";
        } else if (event instanceof PromiseToPayRecorded e) {
            return "Le client a promis de payer" + e.amount().map(amount -> " " + money(amount)).orElse("")
                    + " au plus tard le " + date(e.promisedFor()) + ".";
        } else if (event instanceof PromiseBroken e) {
            return "La promesse de payer au plus tard le " + date(e.promisedFor())
                    + " n’a pas été tenue ; les relances reprennent.";
        } else if (event instanceof MediationConfirmed e) {
            return "Médiation externe confirmée par " + e.confirmedBy() + " : " + word(e.kind().name()) + " "
                    + e.mediatorName() + ", honoraires " + money(e.fee()) + ".";
        } else if (event instanceof RepaymentPlanAgreed e) {
            return "Échéancier convenu : " + instalments(e.instalments()) + ".";
        } else if (event instanceof DisputeEvent.RepaymentPlanProposed e) {
            return "Le client a proposé un échéancier, qu’un gestionnaire doit accepter ou non : "
                    + instalments(e.instalments()) + ".";
        } else if (event instanceof DisputeEvent.PaymentDeclared e) {
            return "Le client dit avoir payé le " + date(e.paidOn()) + " (référence " + e.reference() + ").";
        } else if (event instanceof DisputeEvent.DocumentReceived e) {
            return "Document reçu du client : " + e.name() + " (" + e.mediaType() + ").";
        } else if (event instanceof InstalmentMissed e) {
            return "Échéance " + e.number() + " manquée ; le dossier revient à l’état « " + word(e.returnedTo().name())
                    + " ».";
        } else if (event instanceof TakenToCourt e) {
            return "Porté en justice à la demande " + (e.initiator().name().equals("CUSTOMER") ? "du client"
                    : "de l’entreprise") + " : « " + e.reason() + " ».";
        } else if (event instanceof DisputeEvent.RepaymentPlanDeclined e) {
            return "L’échéancier proposé par le client est refusé : « " + e.reason() + " ».";
        } else if (event instanceof WrittenOff e) {
            return "Créance passée en perte : « " + e.reason() + " ».";
        } else if (event instanceof Cancelled e) {
            return "Créance annulée : « " + e.reason() + " ».";
        } else if (event instanceof Settled) {
            return "Plus rien n’est dû : la créance est soldée.";
        } else if (event instanceof ChaseHeld e) {
            return "Relances suspendues pendant la réclamation " + e.grievanceId() + " sur cette facture.";
        } else if (event instanceof ChaseResumed e) {
            return "La réclamation " + e.grievanceId() + " a pris fin ; les relances reprennent sur un principal de "
                    + money(e.principal()) + ".";
        } else if (event instanceof LimitationWarning e) {
            return "Attention : la créance sera prescrite le " + date(e.limitationDate())
                    + ", sauf reconnaissance de la dette ou action en justice.";
        } else if (event instanceof ManagerAssigned e) {
            return "Dossier confié à " + e.manager() + ".";
        } else if (event instanceof ContactRecorded e) {
            return "Le responsable a contacté le client : « " + e.note() + " ».";
        } else if (event instanceof FirstContactOverdue e) {
            return "Aucun premier contact au " + date(e.deadline()) + " : signalé au-dessus du responsable.";
        } else if (event instanceof ProposalMade e) {
            return "Proposition amiable " + proposal(e.proposal()) + ".";
        } else if (event instanceof ProposalAccepted e) {
            return "Le client a accepté la proposition " + e.round() + ".";
        } else if (event instanceof ProposalRejected e) {
            return "Le client a refusé la proposition " + e.round() + " : « " + e.reason() + " ».";
        } else if (event instanceof ProposalLapsed e) {
            return "La proposition " + e.round() + " est restée sans réponse.";
        } else if (event instanceof RemedyOverdue e) {
            return "La solution convenue pour le " + date(e.agreedDeadline())
                    + " n’a pas été réalisée : signalé au-dessus du responsable.";
        } else if (event instanceof GrievanceResolved e) {
            return "Solution réalisée " + (e.onTime() ? "dans le délai" : "en retard") + " : « " + e.note() + " ».";
        } else if (event instanceof GrievanceReferredToMediation e) {
            return "Réclamation soumise au médiateur " + e.mediatorName() + ".";
        } else if (event instanceof GrievanceWithdrawn e) {
            return "Le client a retiré sa réclamation : « " + e.reason() + " ».";
        }
        throw new IllegalStateException("no words for " + event.getClass().getName());
    }

    private static String proposal(SettlementProposal proposal) {
        return proposal.round() + " : " + word(proposal.remedy().name())
                + proposal.amount().map(amount -> " de " + money(amount)).orElse("") + ", réponse attendue le "
                + date(proposal.answerBy()) + ", réalisée au plus tard le " + date(proposal.resolveBy()) + " (« "
                + proposal.terms() + " »)";
    }

    private static String instalments(java.util.List<Instalment> instalments) {
        return instalments.stream().map(i -> "échéance " + i.number() + " de " + money(i.amount()) + " le "
                + date(i.dueDate())).collect(Collectors.joining(" ; "));
    }

    private static String address(PostalAddress address) {
        return String.join(", ", address.lines()) + ", " + address.postalCode() + " " + address.city() + ", "
                + address.country();
    }

    private static String date(LocalDate date) {
        return date.format(DATE);
    }

    private static String money(Money money) {
        DecimalFormat format = AMOUNTS.get();
        return format.format(money.amount()).replace('\u202F', '\u00A0') + "\u00A0" + money.currency().getCurrencyCode();
    }

    /** The French words of a constant of the domain. */
    private static String word(String constant) {
        return switch (constant) {
            case "FIRST_REMINDER" -> "première relance";
            case "SECOND_REMINDER" -> "deuxième relance";
            case "FORMAL_NOTICE" -> "mise en demeure";
            case "MEDIATION_REFERRAL" -> "saisine du médiateur";
            case "REPAYMENT_PLAN_CONFIRMATION" -> "confirmation d’échéancier";
            case "GRIEVANCE_ACKNOWLEDGMENT" -> "accusé de réception de la réclamation";
            case "SETTLEMENT_PROPOSAL" -> "proposition amiable";
            case "AGREEMENT_CONFIRMATION" -> "confirmation de l’accord";
            case "RESOLUTION_CONFIRMATION" -> "confirmation de la résolution";
            case "REGISTERED_POST" -> "lettre recommandée avec accusé de réception";
            case "EMAIL" -> "courriel";
            case "OPEN" -> "ouvert";
            case "FIRST_REMINDER_SENT" -> "première relance envoyée";
            case "SECOND_REMINDER_SENT" -> "deuxième relance envoyée";
            case "FORMAL_NOTICE_SENT" -> "mise en demeure envoyée";
            case "MEDIATION_TO_CONFIRM" -> "médiation à confirmer";
            case "IN_MEDIATION" -> "en médiation";
            case "REPAYMENT_PLAN" -> "échéancier";
            case "LITIGATION" -> "contentieux";
            case "SETTLED" -> "soldé";
            case "WRITTEN_OFF" -> "passé en perte";
            case "CANCELLED" -> "annulé";
            case "REACHED" -> "client joint";
            case "UNREACHABLE" -> "client injoignable";
            case "PROMISED" -> "client joint, promesse de paiement";
            case "BAILIFF" -> "commissaire de justice";
            case "COLLECTION_AGENCY" -> "société de recouvrement";
            case "CONCILIATOR" -> "conciliateur de justice";
            case "REFUND" -> "remboursement";
            case "REPLACEMENT" -> "remplacement";
            case "CREDIT_NOTE" -> "avoir";
            case "DISCOUNT" -> "remise";
            case "INVOICE_CORRECTION" -> "facture rectificative";
            case "REPAIR" -> "réparation";
            case "SPOILED_PRODUCT" -> "produit avarié";
            case "NON_CONFORMING_ITEM" -> "article non conforme à la commande";
            case "INVOICE_ERROR" -> "erreur sur le montant de la facture";
            case "OTHER" -> "autre";
            default -> constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
