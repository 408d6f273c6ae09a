package org.amicable.dispute.adapter.web.page;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.web.EventWords;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.DisputeInFull;
import org.amicable.dispute.domain.port.in.DisputeView;

/**
 * What the page of one dispute shows, in the person's words: who and what, the sums due, its open tasks, its
 * letters (each linking to its PDF as sent), the chronology, and which forms the person's role allows here.
 */
final class OfficeDisputeModel {

    private OfficeDisputeModel() {
    }

    static Map<String, Object> of(OfficePage page, DisputeView dispute, List<TimelineEntry> timeline) {
        Dispute replayed = Dispute.replay(timeline);
        return of(page, new DisputeInFull(dispute, timeline, OpenTasks.of(replayed), replayed.manager()));
    }

    static Map<String, Object> of(OfficePage page, DisputeInFull full) {
        DisputeView dispute = full.view();
        List<TimelineEntry> timeline = full.timeline();
        PageWords format = page.format();
        Map<String, Object> model = page.model("disputes", "office.dispute.title");
        String id = dispute.id().toString();
        model.put("id", id);
        model.put("action", "/office/disputes/" + id);
        model.put("claim", dispute.track() == Track.UNPAID_CLAIM);
        model.put("track", page.name("office.track.", dispute.track().name()));
        model.put("state", page.name("office.state.", dispute.state().name()));
        model.put("closed", dispute.closed());
        model.put("customer", dispute.customer().name());
        model.put("reference", dispute.customer().reference());
        model.put("phone", dispute.customer().phone().orElse(""));
        model.put("invoice", dispute.invoice().map(invoice -> invoice.number() + " — "
                + format.money(invoice.amount()) + ", " + page.say("office.dispute.dueOn",
                format.date(invoice.dueDate()))).orElse(""));
        model.put("opened", format.date(dispute.openedOn()));
        model.put("nextDue", dispute.nextDueOn().map(format::date).orElse(""));
        model.put("nextStep", dispute.nextStep().map(step -> nextStep(page, step)).orElse(""));
        model.put("assignee", full.manager().orElse(""));
        model.put("sums", dispute.balance().map(balance -> sums(format, balance)).orElse(null));
        model.put("tasks", full.openTasks().stream().map(page::whatToDo).toList());
        model.put("letters", dispute.letters().stream().map(letter -> letter(page, dispute, letter)).toList());
        model.put("registered", dispute.letters().stream()
                .filter(letter -> letter.channel() == LetterChannel.REGISTERED_POST
                        && letter.status() == LetterStatus.SENT)
                .map(letter -> new OfficeTaskController.Choice(letter.id().toString(),
                        page.name("office.letterKind.", letter.kind().name()) + ", " + format.date(letter.issuedOn())))
                .toList());
        model.put("chronology", timeline.stream().map(entry -> new Line(format.date(entry.event().on()),
                entry.actor().map(actor -> actor.describe()).orElse(""), EventWords.of(entry.event(), page.person().language()))).toList());
        model.put("proposedPlan", ProposedPlanController.of(page, dispute));
        model.put("pendingProposal", dispute.grievance().flatMap(DisputeView.GrievanceDetails::pendingProposal)
                .isPresent());
        model.put("outcomes", choices(page, "office.outcome.", PhoneCallOutcome.values()));
        model.put("mediators", choices(page, "office.mediator.", MediatorKind.values()));
        model.put("remedies", choices(page, "office.remedy.", RemedyKind.values()));
        OfficeFormChoices.addTo(model, page, dispute);
        return model;
    }

    private static Sums sums(PageWords format, Balance balance) {
        return new Sums(format.money(balance.principal()), format.money(balance.lateCharges()),
                format.money(balance.indemnity()), format.money(balance.total()));
    }

    private static LetterRow letter(OfficePage page, DisputeView dispute, Letter letter) {
        PageWords format = page.format();
        String pdf = letter.status() == LetterStatus.SENT
                ? "/disputes/" + dispute.id() + "/letters/" + letter.id() + "/pdf" : null;
        return new LetterRow(letter.id().toString(), page.name("office.letterKind.", letter.kind().name()),
                page.name("office.channel.", letter.channel().name()), format.date(letter.issuedOn()),
                page.name("office.letterStatus.", letter.status().name()), letter.trackingNumber().orElse(""),
                letter.acknowledgedOn().map(format::date).orElse(""), pdf);
    }

    private static List<OfficeTaskController.Choice> choices(OfficePage page, String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new OfficeTaskController.Choice(value.name(),
                page.name(prefix, value.name()))).toList();
    }

    /** The sums due. */
    record Sums(String principal, String lateCharges, String indemnity, String total) {
    }

    /** A letter as a row: what, how, when, where it stands, and its PDF as sent once it went out. */
    record LetterRow(String id, String kind, String channel, String issued, String status, String tracking,
            String acknowledged, String pdf) {
    }

    /** A line of the chronology. */
    record Line(String date, String by, String text) {
    }

    /** The next step in the reader's words: {0} its date, {1} its number, {2} its reference, {3} its letter. */
    static String nextStep(OfficePage page, NextStep step) {
        return page.say("office.nextStep." + step.kind().name(), step.date().map(page.format()::date).orElse(""),
                step.number(), step.reference().orElse(""),
                step.letter().map(kind -> page.name("office.letterKind.", kind.name())).orElse(""));
    }
}
