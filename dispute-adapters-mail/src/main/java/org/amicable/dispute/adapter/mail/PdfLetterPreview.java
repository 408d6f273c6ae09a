package org.amicable.dispute.adapter.mail;

import java.util.Objects;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter as {@link PdfLetterRenderer} does, with the template folder read again for each preview:
 * whoever edits the wording sees the edit at once. The letters that go out keep the wording read at start
 * until the application restarts, so that a half-done edit never reaches a customer.
 */
final class PdfLetterPreview implements LetterPreview {

    private final MailSettings settings;

    PdfLetterPreview(MailSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public RenderedLetter preview(Letter letter) {
        PdfLetterRenderer renderer;
        try {
            renderer = new PdfLetterRenderer(settings);
        } catch (LetterTemplates.InvalidTemplate e) {
            throw new InvalidCommandException("amicable.mail.template-folder", e.detail());
        }
        return renderer.render(letter);
    }
}
