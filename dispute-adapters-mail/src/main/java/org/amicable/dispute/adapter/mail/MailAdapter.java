package org.amicable.dispute.adapter.mail;

import java.time.Clock;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;

/** The mail adapter's entry points, for wiring without a framework. */
public final class MailAdapter {

    private MailAdapter() {
    }

    public static LetterRenderer renderer(MailSettings settings) {
        return new PdfLetterRenderer(settings);
    }

    /** SMTP when a host is configured, otherwise .eml files in the pickup folder. */
    public static LetterSender sender(MailSettings settings, Clock clock) {
        return settings.host().isPresent() ? new SmtpLetterSender(settings, clock)
                : new PickupFolderLetterSender(settings, clock);
    }
}
