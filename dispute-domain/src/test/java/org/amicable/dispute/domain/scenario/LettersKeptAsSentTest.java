package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerByPostOnly;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EvidenceAlteredException;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.port.in.SentDocument;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/** A letter is kept exactly as it went out: what is served later is those bytes, checked, never a new rendering. */
class LettersKeptAsSentTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(5));

    private Letter firstReminderSentTo(org.amicable.dispute.domain.model.Customer customer) {
        DisputeId claim = world.opensClaim(customer, invoiceDue(DUE, "1200.00"));
        world.escalationRuns();
        world.dispatches();
        return world.letter(claim, LetterKind.FIRST_REMINDER);
    }

    /** The same store read by an application whose templates changed since the letters went out. */
    private ViewDisputesUseCase withNewTemplates() {
        LetterRenderer newTemplates = letter -> {
            RenderedLetter today = world.renderer.render(letter);
            byte[] changed = (new String(today.document(), StandardCharsets.UTF_8) + "\nNew footer, new font")
                    .getBytes(StandardCharsets.UTF_8);
            return new RenderedLetter(letter, today.subject(), today.plainText(), today.html(), changed);
        };
        return new DisputeServices(world.store, world.store, newTemplates, world.sender, world.policy, world.clock)
                .viewDisputes();
    }

    @Test
    void the_document_served_is_the_one_that_went_out_even_after_the_templates_changed() {
        Letter letter = firstReminderSentTo(businessCustomer());
        byte[] wentOut = world.sender.sent().get(0).document();

        ViewDisputesUseCase later = withNewTemplates();
        SentDocument served = later.sentDocument(letter.disputeId(), letter.id());
        RenderedLetter preview = later.preview(letter.disputeId(), letter.id());

        assertThat(served.document().content()).isEqualTo(wentOut);
        assertThat(served.document().sha256()).isEqualTo(Timeline.sha256Hex(wentOut)).isEqualTo(letter.contentHash().orElseThrow());
        assertThat(served.document().mediaType()).isEqualTo(KeptDocument.PDF);
        assertThat(preview.document()).isNotEqualTo(wentOut);
        assertThat(preview.contentHash()).isNotEqualTo(letter.contentHash().orElseThrow());
    }

    @Test
    void the_email_as_sent_is_kept_beside_the_document_when_the_letter_went_by_email() {
        Letter letter = firstReminderSentTo(businessCustomer());

        SentDocument email = world.services.viewDisputes().sentEmail(letter.disputeId(), letter.id());

        assertThat(email.document().mediaType()).isEqualTo(KeptDocument.EMAIL);
        assertThat(new String(email.document().content(), StandardCharsets.UTF_8))
                .contains("Message-ID: <" + letter.id() + "@amicable>", "Subject: ");
    }

    @Test
    void a_letter_printed_for_the_post_only_has_its_document_and_no_email() {
        Letter letter = firstReminderSentTo(consumerByPostOnly());

        assertThat(world.services.viewDisputes().sentDocument(letter.disputeId(), letter.id()).document().content())
                .isEqualTo(world.sender.sent().get(0).document());
        assertThatThrownBy(() -> world.services.viewDisputes().sentEmail(letter.disputeId(), letter.id()))
                .isInstanceOf(DisputeNotFoundException.class).hasMessageContaining("not sent by email");
    }

    @Test
    void altered_bytes_in_the_storage_are_detected_and_never_served() {
        Letter letter = firstReminderSentTo(businessCustomer());
        String recorded = letter.contentHash().orElseThrow();
        world.store.alterDocument(recorded, "%PDF-1.7 a forged letter".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> world.services.viewDisputes().sentDocument(letter.disputeId(), letter.id()))
                .isInstanceOfSatisfying(EvidenceAlteredException.class, e -> {
                    assertThat(e.letterId()).isEqualTo(letter.id());
                    assertThat(e.getMessage()).contains(letter.id().toString(), recorded, "no longer matches");
                });
    }

    @Test
    void a_letter_not_yet_sent_has_only_a_preview() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.escalationRuns();
        Letter pending = world.letter(claim, LetterKind.FIRST_REMINDER);

        assertThatThrownBy(() -> world.services.viewDisputes().sentDocument(claim, pending.id()))
                .isInstanceOf(DisputeNotFoundException.class).hasMessageContaining("only a preview exists");
        assertThat(world.services.viewDisputes().preview(claim, pending.id()).letter()).isEqualTo(pending);
    }
}
