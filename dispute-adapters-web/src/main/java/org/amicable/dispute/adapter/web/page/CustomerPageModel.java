package org.amicable.dispute.adapter.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.DisputeView;

/**
 * What the page's template shows, already put into words in the customer's language: the template only
 * lays it out. Maps rather than records, which the template language reads by key.
 */
final class CustomerPageModel {

    /** The states in which the customer may still propose a plan. */
    private static final List<String> PLAN_POSSIBLE = List.of(ClaimState.OPEN.name(), ClaimState.FIRST_REMINDER_SENT.name(),
            ClaimState.SECOND_REMINDER_SENT.name(), ClaimState.FORMAL_NOTICE_SENT.name(),
            ClaimState.MEDIATION_TO_CONFIRM.name(), ClaimState.IN_MEDIATION.name());

    private CustomerPageModel() {
    }

    /**
     * The whole page.
     *
     * @param base     the page's own path, {@code /c/<token>}
     * @param failed   the form that was refused, its dispute and name ({@code <id>/plan}), or empty
     * @param values   what was typed in it
     * @param errors   the message of each refused field, by field name; {@code form} for the whole form
     */
    static Map<String, Object> page(PageWords words, String companyName, String base, String formToken,
            List<DisputeView> disputes, RepaymentPlanLimits limits, String done, String failed,
            Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        DisputeView first = disputes.get(0);
        String lang = words.language().name().toLowerCase();
        model.put("lang", lang);
        model.put("base", base);
        model.put("form", formToken);
        model.put("switchUrl", base + "?lang=" + (lang.equals("fr") ? "en" : "fr"));
        model.put("title", words.say("title", companyName));
        model.put("hello", words.say("hello", first.customer().name()));
        model.put("done", done == null || done.isEmpty() ? null : words.say("done." + done));
        model.put("t", texts(words, limits));
        model.put("causes", causes(words));
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> complaints = new ArrayList<>();
        for (DisputeView dispute : disputes) {
            if (dispute.track() == Track.UNPAID_CLAIM) {
                claims.add(claim(words, base, dispute, failed, values, errors));
            } else {
                complaints.add(complaint(words, base, dispute));
            }
        }
        model.put("claims", claims);
        model.put("complaints", complaints);
        model.put("footer", words.say("footer", companyName));
        return model;
    }

    private static Map<String, String> texts(PageWords words, RepaymentPlanLimits limits) {
        Map<String, String> t = new LinkedHashMap<>();
        for (String key : List.of("intro", "language.switch", "invoice.amount", "principal", "lateCharges", "indemnity",
                "total", "state", "held", "letters", "letters.none", "letter.open", "plan", "proposed", "actions",
                "plan.title", "plan.count", "plan.first", "plan.submit", "paid.title", "paid.on", "paid.reference",
                "paid.submit", "contest.title", "contest.text", "contest.cause", "contest.explanation",
                "contest.attachments", "contest.submit", "court.title", "court.text", "court.reason", "court.confirm",
                "court.submit", "complaints", "complaint.cause", "complaint.text")) {
            t.put(key, words.say(key));
        }
        t.put("plan.limits", words.say("plan.limits", limits.maxInstalments(), words.money(limits.minInstalment())));
        return t;
    }

    private static List<Map<String, String>> causes(PageWords words) {
        List<Map<String, String>> causes = new ArrayList<>();
        for (GrievanceCause cause : GrievanceCause.values()) {
            causes.add(Map.of("value", cause.name(), "label", words.say("contest.cause." + cause.name())));
        }
        return causes;
    }

    private static Map<String, Object> claim(PageWords words, String base, DisputeView dispute, String failed,
            Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> card = new LinkedHashMap<>();
        String id = dispute.id().toString();
        Invoice invoice = dispute.invoice().orElseThrow();
        DisputeView.ClaimDetails details = dispute.claim().orElseThrow();
        Balance balance = dispute.balance().orElseThrow();
        card.put("id", id);
        card.put("invoice", words.say("invoice", invoice.number()));
        card.put("dates", words.say("invoice.dates", words.date(invoice.issueDate()), words.date(invoice.dueDate())));
        card.put("amount", words.money(invoice.amount()));
        card.put("principal", words.money(balance.principal()));
        card.put("lateCharges", words.money(balance.lateCharges()));
        card.put("charges", charges(words, balance, details));
        card.put("indemnity", balance.indemnity().isZero() ? null : words.money(balance.indemnity()));
        card.put("indemnityExplained", words.say("charges.indemnity"));
        card.put("total", words.money(balance.total()));
        card.put("state", words.say("state." + dispute.state().name()));
        card.put("closed", dispute.closed());
        card.put("held", details.heldByGrievance().isPresent());
        card.put("canPlan", !dispute.closed() && PLAN_POSSIBLE.contains(dispute.state().name()));
        card.put("plan", instalments(words, "plan.instalment", details.repaymentPlan()));
        card.put("proposed", instalments(words, "proposed.instalment", details.proposedPlan()));
        card.put("letters", letters(words, base, dispute));
        card.put("action", base + "/claims/" + id);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> wrong = new LinkedHashMap<>();
        if (failed != null && failed.startsWith(id + "/")) {
            String form = failed.substring(id.length() + 1);
            values.forEach((field, value) -> typed.put(form + "." + field, value));
            errors.forEach((field, message) -> wrong.put(form + "." + field, message));
        }
        card.put("typed", typed);
        card.put("errors", wrong);
        return card;
    }

    private static String charges(PageWords words, Balance balance, DisputeView.ClaimDetails details) {
        LateChargeRate rate = details.lateChargeRate();
        String percent = words.percent(rate.annualPercent());
        if (balance.chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES) {
            return words.say("charges.penalties", percent, words.say("basis." + rate.basis().name()),
                    details.lateChargesFrom().map(words::date).orElse("-"));
        }
        return details.lateChargesFrom().map(from -> words.say("charges.legal", percent, words.date(from)))
                .orElseGet(() -> words.say("charges.legalNotYet"));
    }

    private static List<String> instalments(PageWords words, String key, List<Instalment> plan) {
        return plan.stream().map(i -> words.say(key, i.number(), words.money(i.amount()), words.date(i.dueDate())))
                .toList();
    }

    private static List<Map<String, String>> letters(PageWords words, String base, DisputeView dispute) {
        List<Map<String, String>> letters = new ArrayList<>();
        for (Letter letter : dispute.letters()) {
            if (letter.status() == LetterStatus.SENT && letter.contentHash().isPresent()) {
                letters.add(Map.of("label", words.say("letter." + letter.kind().name()),
                        "date", words.date(letter.issuedOn()),
                        "url", base + "/disputes/" + dispute.id() + "/letters/" + letter.id()));
            }
        }
        return letters;
    }

    private static Map<String, Object> complaint(PageWords words, String base, DisputeView dispute) {
        Map<String, Object> card = new LinkedHashMap<>();
        DisputeView.GrievanceDetails details = dispute.grievance().orElseThrow();
        card.put("title", dispute.invoice().map(invoice -> words.say("invoice", invoice.number())).orElse(""));
        card.put("cause", words.say("contest.cause." + details.cause().name()));
        card.put("text", details.description());
        card.put("date", words.date(details.complaintDate()));
        card.put("state", words.say("state." + dispute.state().name()));
        card.put("letters", letters(words, base, dispute));
        return card;
    }
}
