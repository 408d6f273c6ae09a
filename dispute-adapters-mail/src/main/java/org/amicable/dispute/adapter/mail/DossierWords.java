package org.amicable.dispute.adapter.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.Actor;
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
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;

/**
 * The dossier's words, in French or English: each event of a timeline as one plain sentence with its
 * dates, amounts and references, and who made it; the names of kinds, states and causes are its
 * {@link DossierNames}.
 */
final class DossierWords extends DossierNames {

    private final Function<LetterId, Optional<Letter>> letters;

    DossierWords(Language language, Function<LetterId, Optional<Letter>> letters) {
        super(language);
        this.letters = letters;
    }

    // ---- the chronology

    /** One event as one sentence. */
    String sentence(DisputeEvent event) {
        if (event instanceof ClaimOpened e) {
            return say("Ouverture du dossier d'impayé : facture n° " + e.invoice().number() + " du "
                    + date(e.invoice().issueDate()) + ", " + money(e.invoice().amount()) + ", échue le "
                    + date(e.invoice().dueDate()) + ".",
                    "Unpaid claim opened: invoice no. " + e.invoice().number() + " of " + date(e.invoice().issueDate())
                    + ", " + money(e.invoice().amount()) + ", due " + date(e.invoice().dueDate()) + ".");
        } else if (event instanceof GrievanceOpened e) {
            return say("Réclamation reçue (" + cause(e.cause()) + ") : « " + e.description() + " » ; plainte écrite du "
                    + date(e.complaintDate()) + " ; premier contact dû au plus tard le " + date(e.firstContactDeadline()) + ".",
                    "Grievance received (" + cause(e.cause()) + "): \"" + e.description() + "\"; written complaint of "
                    + date(e.complaintDate()) + "; first contact due by " + date(e.firstContactDeadline()) + ".");
        } else if (event instanceof LetterIssued e) {
            return say("Courrier décidé : " + kind(e.letter().kind()) + ", " + channel(e.letter().channel()) + ", à "
                    + e.letter().recipient().name() + ", " + address(e.letter().recipient().address()) + ".",
                    "Letter decided: " + kind(e.letter().kind()) + ", " + channel(e.letter().channel()) + ", to "
                    + e.letter().recipient().name() + ", " + address(e.letter().recipient().address()) + ".");
        } else if (event instanceof LetterSent e) {
            return say(capitalized(letter(e.letterId())) + " envoyé(e) le " + date(e.on()) + " ; empreinte SHA-256 du document : "
                    + e.contentHash() + ".", capitalized(letter(e.letterId())) + " sent on " + date(e.on())
                    + "; SHA-256 of the document: " + e.contentHash() + ".");
        } else if (event instanceof LetterFailed e) {
            return say(capitalized(letter(e.letterId())) + " n'a pas pu être envoyé(e) : " + e.reason() + ".",
                    capitalized(letter(e.letterId())) + " could not be sent: " + e.reason() + ".");
        } else if (event instanceof LetterTracked e) {
            return say(capitalized(letter(e.letterId())) + " posté(e) en recommandé avec AR n° " + e.trackingNumber() + ".",
                    capitalized(letter(e.letterId())) + " posted by registered post, tracking no. " + e.trackingNumber() + ".");
        } else if (event instanceof LetterAcknowledged e) {
            return say(capitalized(letter(e.letterId())) + " présenté(e) et signé(e) le " + date(e.deliveredOn())
                    + tracking(e.letterId(), ", AR n° ") + ".", capitalized(letter(e.letterId()))
                    + " delivered, acknowledgment of receipt signed on " + date(e.deliveredOn())
                    + tracking(e.letterId(), ", tracking no. ") + ".");
        } else if (event instanceof LetterReturned e) {
            String presented = e.firstPresentedOn().map(day -> say(", présenté(e) pour la première fois le " + date(day),
                    ", first presented on " + date(day))).orElse("");
            return say(capitalized(letter(e.letterId())) + " retourné(e) le " + date(e.returnedOn()) + " : "
                    + returned(e.reason()) + presented + ".", capitalized(letter(e.letterId())) + " returned on "
                    + date(e.returnedOn()) + ": " + returned(e.reason()) + presented + ".");
        } else if (event instanceof DisputeEvent.LetterAwaitingReview e) {
            return say(capitalized(letter(e.letterId())) + " attend la relecture d'un responsable avant son envoi.",
                    capitalized(letter(e.letterId())) + " awaits a manager's review before it goes out.");
        } else if (event instanceof DisputeEvent.LetterApproved e) {
            return say(capitalized(letter(e.letterId())) + " approuvé(e) pour l'envoi.",
                    capitalized(letter(e.letterId())) + " approved for sending.");
        } else if (event instanceof DisputeEvent.LetterHeld e) {
            return say(capitalized(letter(e.letterId())) + " retenu(e), non envoyé(e) : " + e.reason() + ".",
                    capitalized(letter(e.letterId())) + " held, not sent: " + e.reason() + ".");
        } else if (event instanceof LetterScanAttached e) {
            return say("Scan joint pour " + letter(e.letterId()) + " (SHA-256 " + e.scanHash() + ").",
                    "Scan attached to " + letter(e.letterId()) + " (SHA-256 " + e.scanHash() + ").");
        } else if (event instanceof ContactDetailsCorrected e) {
            return say("Coordonnées du client corrigées : " + address(e.customer().address()) + ".",
                    "Customer's contact details corrected: " + address(e.customer().address()) + ".");
        } else if (event instanceof ClaimEscalated e) {
            return say("Le dossier passe de l'étape « " + state(e.from()) + " » à l'étape « " + state(e.to()) + " ».",
                    "The claim moves from \"" + state(e.from()) + "\" to \"" + state(e.to()) + "\".");
        } else if (event instanceof PhoneTaskCreated e) {
            return say("Appel à passer au " + e.phone() + " pour confirmer : " + kind(e.after()) + ".",
                    "Call to make to " + e.phone() + " to confirm: " + kind(e.after()) + ".");
        } else if (event instanceof PhoneCallRecorded e) {
            String promised = e.promisedFor().map(day -> say(", promesse de payer au plus tard le ", ", promise to pay by ")
                    + date(day)).orElse("");
            return say("Appel téléphonique : " + outcome(e.outcome()) + promised + ". Note : " + e.note(),
                    "Phone call: " + outcome(e.outcome()) + promised + ". Note: " + e.note());
        } else if (event instanceof CustomerAnswered e) {
            return say("Réponse du client : « " + e.summary() + " ».", "The customer answered: \"" + e.summary() + "\".");
        } else if (event instanceof PaymentRecorded e) {
            return say("Paiement reçu de " + money(e.amount()) + " (réf. " + e.reference() + "), imputé " + applied(e) + ".",
                    "Payment received of " + money(e.amount()) + " (ref. " + e.reference() + "), applied " + applied(e) + ".");
        } else if (event instanceof PromiseToPayRecorded e) {
            return say("Le client promet de payer" + e.amount().map(amount -> " " + money(amount)).orElse("")
                    + " au plus tard le " + date(e.promisedFor()) + ".", "The customer promises to pay"
                    + e.amount().map(amount -> " " + money(amount)).orElse("") + " by " + date(e.promisedFor()) + ".");
        } else if (event instanceof PromiseBroken e) {
            return say("Promesse de paiement au " + date(e.promisedFor()) + " non tenue : les relances reprennent.",
                    "Promise to pay by " + date(e.promisedFor()) + " not kept: the reminders resume.");
        } else if (event instanceof MediationConfirmed e) {
            return say("Recours à un tiers confirmé par " + e.confirmedBy() + " : " + mediator(e.kind()) + " "
                    + e.mediatorName() + ", frais " + money(e.fee()) + ".", "External mediation confirmed by "
                    + e.confirmedBy() + ": " + mediator(e.kind()) + " " + e.mediatorName() + ", fee " + money(e.fee()) + ".");
        } else if (event instanceof RepaymentPlanAgreed e) {
            String instalments = e.instalments().stream().map(i -> money(i.amount()) + say(" le ", " on ") + date(i.dueDate()))
                    .collect(Collectors.joining("; "));
            return say("Échéancier signé (reconnaissance de dette, art. 2240 du Code civil) : " + instalments + ".",
                    "Repayment plan signed (acknowledgment of the debt, Code civil art. 2240): " + instalments + ".");
        } else if (event instanceof DisputeEvent.RepaymentPlanProposed e) {
            String instalments = e.instalments().stream().map(i -> money(i.amount()) + say(" le ", " on ") + date(i.dueDate()))
                    .collect(Collectors.joining("; "));
            return say("Échéancier proposé par le client, soumis à un responsable : " + instalments + ".",
                    "Repayment plan proposed by the customer, for a manager to decide: " + instalments + ".");
        } else if (event instanceof DisputeEvent.RepaymentPlanDeclined e) {
            return say("Échéancier proposé par le client refusé par le responsable : " + e.reason() + ".",
                    "Repayment plan proposed by the customer declined by the manager: " + e.reason() + ".");
        } else if (event instanceof DisputeEvent.PaymentDeclared e) {
            return say("Le client déclare avoir payé le " + date(e.paidOn()) + " (réf. " + e.reference() + ").",
                    "The customer says he paid on " + date(e.paidOn()) + " (ref. " + e.reference() + ").");
        } else if (event instanceof DisputeEvent.DocumentReceived e) {
            return say("Pièce reçue du client : " + e.name() + " (" + e.mediaType() + ", SHA-256 " + e.documentHash() + ").",
                    "Document received from the customer: " + e.name() + " (" + e.mediaType() + ", SHA-256 "
                            + e.documentHash() + ").");
        } else if (event instanceof InstalmentMissed e) {
            return say("Échéance n° " + e.number() + " impayée : retour à l'étape « " + state(e.returnedTo()) + " ».",
                    "Instalment no. " + e.number() + " missed: back to \"" + state(e.returnedTo()) + "\".");
        } else if (event instanceof TakenToCourt e) {
            return say("Saisine du tribunal, à l'initiative " + (e.initiator() == Initiator.COMPANY ? "de la société"
                    : "du client") + " : " + e.reason() + ".", "Taken to court by the "
                    + (e.initiator() == Initiator.COMPANY ? "company" : "customer") + ": " + e.reason() + ".");
        } else if (event instanceof WrittenOff e) {
            return say("Créance abandonnée : " + e.reason() + ".", "Claim written off: " + e.reason() + ".");
        } else if (event instanceof Cancelled e) {
            return say("Dossier annulé : " + e.reason() + ".", "Claim cancelled: " + e.reason() + ".");
        } else if (event instanceof Settled) {
            return say("Plus rien n'est dû : le dossier est soldé.", "Nothing is owed any more: the claim is settled.");
        } else if (event instanceof ChaseHeld e) {
            return say("Relances suspendues par la réclamation " + e.grievanceId() + ".",
                    "Chase held by grievance " + e.grievanceId() + ".");
        } else if (event instanceof ChaseResumed e) {
            return say("Fin de la réclamation " + e.grievanceId() + " : les relances reprennent sur " + money(e.principal())
                    + e.correctionReference().map(ref -> " (pièce rectificative " + ref + ")").orElse("") + ".",
                    "Grievance " + e.grievanceId() + " ended: the chase resumes on " + money(e.principal())
                    + e.correctionReference().map(ref -> " (correcting document " + ref + ")").orElse("") + ".");
        } else if (event instanceof LimitationWarning e) {
            return say("Alerte : la créance sera prescrite le " + date(e.limitationDate()) + ".",
                    "Warning: the claim expires on " + date(e.limitationDate()) + ".");
        } else if (event instanceof ManagerAssigned e) {
            return say("Responsable désigné : " + e.manager() + ".", "Manager assigned: " + e.manager() + ".");
        } else if (event instanceof ContactRecorded e) {
            return say("Contact pris avec le client : " + e.note(), "Contact made with the customer: " + e.note());
        } else if (event instanceof FirstContactOverdue e) {
            return say("Délai de premier contact du " + date(e.deadline()) + " dépassé : signalé à la hiérarchie.",
                    "First-contact deadline of " + date(e.deadline()) + " passed: raised above the manager.");
        } else if (event instanceof ProposalMade e) {
            return say("Proposition n° " + e.proposal().round() + " : " + remedy(e.proposal().remedy())
                    + e.proposal().amount().map(amount -> " de " + money(amount)).orElse("") + ", réponse attendue le "
                    + date(e.proposal().answerBy()) + ", exécution au plus tard le " + date(e.proposal().resolveBy())
                    + ". Conditions : " + e.proposal().terms(), "Proposal no. " + e.proposal().round() + ": "
                    + remedy(e.proposal().remedy()) + e.proposal().amount().map(amount -> " of " + money(amount)).orElse("")
                    + ", answer by " + date(e.proposal().answerBy()) + ", remedy by " + date(e.proposal().resolveBy())
                    + ". Terms: " + e.proposal().terms());
        } else if (event instanceof ProposalAccepted e) {
            return say("Le client accepte la proposition n° " + e.round() + ".", "The customer accepts proposal no. " + e.round() + ".");
        } else if (event instanceof ProposalRejected e) {
            return say("Le client refuse la proposition n° " + e.round() + " : " + e.reason(),
                    "The customer rejects proposal no. " + e.round() + ": " + e.reason());
        } else if (event instanceof ProposalLapsed e) {
            return say("Proposition n° " + e.round() + " restée sans réponse.", "Proposal no. " + e.round() + " lapsed unanswered.");
        } else if (event instanceof RemedyOverdue e) {
            return say("Délai convenu du " + date(e.agreedDeadline()) + " dépassé sans exécution : signalé à la hiérarchie.",
                    "Agreed deadline of " + date(e.agreedDeadline()) + " passed without the remedy: raised above the manager.");
        } else if (event instanceof GrievanceResolved e) {
            return say("Réclamation résolue " + (e.onTime() ? "dans le délai convenu" : "hors délai")
                    + e.correctionReference().map(ref -> " (pièce rectificative " + ref + ")").orElse("") + " : " + e.note(),
                    "Grievance resolved " + (e.onTime() ? "within the agreed deadline" : "late")
                    + e.correctionReference().map(ref -> " (correcting document " + ref + ")").orElse("") + ": " + e.note());
        } else if (event instanceof GrievanceReferredToMediation e) {
            return say("Réclamation soumise au médiateur " + e.mediatorName() + ".",
                    "Grievance referred to the mediator " + e.mediatorName() + ".");
        } else if (event instanceof GrievanceWithdrawn e) {
            return say("Le client retire sa réclamation : " + e.reason(), "The customer withdraws the grievance: " + e.reason());
        }
        throw new IllegalArgumentException("no words for " + event.getClass().getSimpleName());
    }

    /** Who made an entry. */
    String actor(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return say("auteur non enregistré", "author not recorded");
        }
        if (actor.get() instanceof Actor.ApiClient client) {
            return say("par " + client.name() + " (" + role(client.role()) + ")", "by " + client.name() + " (" + client.role() + ")");
        }
        if (actor.get() instanceof Actor.Customer customer) {
            return say("par le client " + customer.reference() + " sur sa page personnelle",
                    "by customer " + customer.reference() + " on his personal page");
        }
        Actor.SystemJob job = (Actor.SystemJob) actor.get();
        return job.equals(Actor.SystemJob.ESCALATION) ? say("par la tâche quotidienne d'escalade", "by the daily escalation job")
                : job.equals(Actor.SystemJob.DISPATCH) ? say("par l'envoi automatique des courriers", "by the letter dispatcher")
                : say("par la tâche " + job.name(), "by the job " + job.name());
    }

    private String role(String role) {
        return Map.of("integration", "intégration", "manager", "responsable", "auditor", "auditeur").getOrDefault(role, role);
    }

    /** "la mise en demeure du 3 mars 2026": a letter named as the reader knows it. */
    String letter(LetterId id) {
        return letters.apply(id).map(letter -> say("la ", "the ") + kind(letter.kind()) + say(" du ", " of ")
                + date(letter.issuedOn())).orElse(say("le courrier ", "letter ") + id);
    }

    private String tracking(LetterId id, String prefix) {
        return letters.apply(id).flatMap(Letter::trackingNumber).map(number -> prefix + number).orElse("");
    }

    private String applied(PaymentRecorded e) {
        List<String> parts = new java.util.ArrayList<>();
        if (e.toLateCharges().isPositive()) {
            parts.add(money(e.toLateCharges()) + say(" aux pénalités ou intérêts", " to late charges"));
        }
        if (e.toIndemnity().isPositive()) {
            parts.add(money(e.toIndemnity()) + say(" à l'indemnité forfaitaire", " to the recovery indemnity"));
        }
        parts.add(money(e.toPrincipal()) + say(" au principal", " to the principal"));
        if (e.surplus().isPositive()) {
            parts.add(money(e.surplus()) + say(" en excédent", " surplus"));
        }
        return String.join(", ", parts);
    }
}
