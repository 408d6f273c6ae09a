package org.amicable.dispute.domain.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.model.RenderedLetter;

/** A sample letter of the kind asked, dated today, rendered with the wording as it stands now. */
final class LetterPreviewService implements PreviewLetterUseCase {

    private final LetterPreview preview;
    private final Clock clock;

    LetterPreviewService(LetterPreview preview, Clock clock) {
        this.preview = Objects.requireNonNull(preview, "preview");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RenderedLetter previewLetter(Command command) {
        return preview.preview(SampleLetters.of(command, LocalDate.now(clock)));
    }
}
