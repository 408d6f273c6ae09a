package org.amicable.dispute.adapter.mail;

import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.model.Track;

/**
 * The dossier's names, in French or English: of kinds, states and causes, as a court clerk reads them, and its
 * dates, amounts and addresses.
 */
class DossierNames {

    private final Language language;
    private final LetterFormat format;

    DossierNames(Language language) {
        this.language = language;
        this.format = new LetterFormat(language);
    }

    /** The French or the English text, as the dossier's language says. */
    String say(String french, String english) {
        return language == Language.FR ? french : english;
    }

    Language language() {
        return language;
    }

    LetterFormat format() {
        return format;
    }

    String date(java.time.LocalDate date) {
        return format.date(date);
    }


    String money(org.amicable.dispute.domain.model.Money money) {
        return format.money(money);
    }

    String kind(LetterKind kind) {
        return switch (kind) {
            case FIRST_REMINDER -> say("première relance", "first reminder");
            case SECOND_REMINDER -> say("deuxième relance", "second reminder");
            case FORMAL_NOTICE -> say("mise en demeure", "formal notice");
            case MEDIATION_REFERRAL -> say("courrier de recours à un tiers", "mediation referral");
            case REPAYMENT_PLAN_CONFIRMATION -> say("confirmation d'échéancier", "repayment plan confirmation");
            case GRIEVANCE_ACKNOWLEDGMENT -> say("accusé de réception de la réclamation", "grievance acknowledgment");
            case SETTLEMENT_PROPOSAL -> say("proposition amiable", "settlement proposal");
            case AGREEMENT_CONFIRMATION -> say("confirmation d'accord", "agreement confirmation");
            case RESOLUTION_CONFIRMATION -> say("confirmation de résolution", "resolution confirmation");
        };
    }

    String channel(LetterChannel channel) {
        return switch (channel) {
            case REGISTERED_POST -> say("lettre recommandée avec accusé de réception", "registered letter with acknowledgment of receipt");
            case EMAIL -> say("courriel", "email");
        };
    }

    String state(ClaimState state) {
        return switch (state) {
            case OPEN -> say("ouvert", "open");
            case FIRST_REMINDER_SENT -> say("première relance envoyée", "first reminder sent");
            case SECOND_REMINDER_SENT -> say("deuxième relance envoyée", "second reminder sent");
            case FORMAL_NOTICE_SENT -> say("mise en demeure envoyée", "formal notice sent");
            case MEDIATION_TO_CONFIRM -> say("recours à un tiers à confirmer", "mediation to confirm");
            case IN_MEDIATION -> say("en médiation", "in mediation");
            case REPAYMENT_PLAN -> say("échéancier en cours", "repayment plan");
            case LITIGATION -> say("contentieux", "litigation");
            case SETTLED -> say("soldé", "settled");
            case WRITTEN_OFF -> say("abandonné", "written off");
            case CANCELLED -> say("annulé", "cancelled");
        };
    }

    String state(GrievanceState state) {
        return switch (state) {
            case RECEIVED -> say("reçue", "received");
            case IN_NEGOTIATION -> say("en négociation", "in negotiation");
            case PROPOSAL_PENDING -> say("proposition en attente de réponse", "proposal awaiting an answer");
            case AGREED -> say("accord conclu", "agreed");
            case OVERDUE -> say("accord non exécuté dans le délai", "agreed remedy overdue");
            case IN_MEDIATION -> say("en médiation", "in mediation");
            case RESOLVED_ON_TIME -> say("résolue dans le délai", "resolved on time");
            case RESOLVED_LATE -> say("résolue hors délai", "resolved late");
            case WITHDRAWN -> say("retirée", "withdrawn");
        };
    }

    /** The state a dispute's view names ({@code FIRST_REMINDER_SENT}, {@code AGREED}…) in words. */
    String state(Track track, String state) {
        return track == Track.UNPAID_CLAIM ? state(ClaimState.valueOf(state)) : state(GrievanceState.valueOf(state));
    }

    String cause(GrievanceCause cause) {
        return switch (cause) {
            case SPOILED_PRODUCT -> say("produit avarié", "spoiled product");
            case NON_CONFORMING_ITEM -> say("article non conforme à la commande", "item not as ordered");
            case INVOICE_ERROR -> say("erreur sur le montant de la facture", "wrong invoice amount");
            case OTHER -> say("autre défaut de service", "other service failure");
        };
    }

    String remedy(RemedyKind remedy) {
        return switch (remedy) {
            case REFUND -> say("remboursement", "refund");
            case REPLACEMENT -> say("remplacement", "replacement");
            case CREDIT_NOTE -> say("avoir", "credit note");
            case DISCOUNT -> say("remise", "discount");
            case INVOICE_CORRECTION -> say("facture rectificative", "invoice correction");
            case REPAIR -> say("réparation", "repair");
            case OTHER -> say("autre", "other");
        };
    }

    String mediator(MediatorKind kind) {
        return switch (kind) {
            case BAILIFF -> say("commissaire de justice", "bailiff (commissaire de justice)");
            case COLLECTION_AGENCY -> say("société de recouvrement", "collection agency");
            case CONCILIATOR -> say("conciliateur de justice", "conciliator (conciliateur de justice)");
        };
    }

    String outcome(PhoneCallOutcome outcome) {
        return switch (outcome) {
            case REACHED -> say("client joint", "customer reached");
            case UNREACHABLE -> say("client injoignable", "customer unreachable");
            case PROMISED -> say("client joint, promesse de paiement", "customer reached, promise to pay");
        };
    }

    String returned(ReturnReason reason) {
        return switch (reason) {
            case UNCLAIMED -> say("pli avisé et non réclamé", "left unclaimed after notice");
            case REFUSED -> say("pli refusé par le destinataire", "refused by the addressee");
            case ADDRESSEE_UNKNOWN -> say("destinataire inconnu à l'adresse (NPAI)", "addressee unknown at the address");
        };
    }

    String customerKind(CustomerKind kind) {
        return kind == CustomerKind.BUSINESS ? say("professionnel", "business") : say("consommateur", "consumer");
    }

    String basis(LateChargeRate.Basis basis) {
        return switch (basis) {
            case CONTRACT -> say("taux prévu au contrat (art. L441-10 du Code de commerce)",
                    "the contract's rate (Code de commerce, art. L441-10)");
            case REFERENCE_PLUS_MARGIN -> say("taux de refinancement de la BCE majoré de 10 points (art. L441-10 du Code de commerce)",
                    "the ECB refinancing rate plus 10 points (Code de commerce, art. L441-10)");
            case THREE_TIMES_LEGAL_RATE -> say("trois fois le taux d'intérêt légal, plancher de l'art. L441-10 du Code de commerce",
                    "three times the legal interest rate, the floor of Code de commerce, art. L441-10");
            case LEGAL_RATE -> say("taux d'intérêt légal (art. 1231-6 et 1344-1 du Code civil)",
                    "the legal interest rate (Code civil, art. 1231-6 and 1344-1)");
        };
    }

    String address(PostalAddress address) {
        return String.join(", ", address.lines()) + ", " + address.postalCode() + " " + address.city() + ", " + address.country();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
