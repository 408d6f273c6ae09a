package org.amicable.dispute.adapter.mail;

import java.time.Clock;
import java.util.List;
import org.amicable.dispute.domain.port.out.CustomerLinks;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.LetterSender;

/** The mail adapter's entry points, for wiring without a framework. */
public final class MailAdapter {

    private MailAdapter() {
    }

    public static LetterRenderer renderer(MailSettings settings) {
        return new PdfLetterRenderer(settings);
    }

    /** The renderer, each letter ending with the customer's personal link and, on the PDF, its QR code. */
    public static LetterRenderer renderer(MailSettings settings, CustomerLinks links) {
        return new PdfLetterRenderer(settings, links);
    }

    /** The writer of the hand-over pack's dossier, in the customer's language with the company's identity: a PDF, or a web page. */
    public static DossierRenderer dossiers(MailSettings settings) {
        return new DossierDocuments(settings);
    }

    /**
     * Reads the template folder's wording as the renderer will, without loading the fonts.
     *
     * @throws IllegalArgumentException naming the file and the key, where an edited text is not a key of the
     *         wording or uses a placeholder its bundled version does not
     */
    public static void checkTemplates(MailSettings settings) {
        try {
            new LetterTemplates(settings.templateFolder());
        } catch (LetterTemplates.InvalidTemplate e) {
            throw new IllegalArgumentException(e.detail(), e);
        }
    }

    /** Letters rendered with the template folder as it stands at each call, for whoever edits the wording. */
    public static LetterPreview preview(MailSettings settings) {
        return new PdfLetterPreview(settings);
    }

    /**
     * SMTP when a host is configured, otherwise .eml files in the pickup folder. While a company setting is
     * still a placeholder ({@link MailSettings.Company#placeholders()}), letters to consumers are held: each is
     * a transient failure naming the settings, retried until they are set.
     */
    public static LetterSender sender(MailSettings settings, Clock clock) {
        LetterSender sender = settings.host().isPresent() ? new SmtpLetterSender(settings, clock)
                : new PickupFolderLetterSender(settings, clock);
        List<String> placeholders = settings.company().placeholders();
        return placeholders.isEmpty() ? sender : new HeldWhilePlaceholders(sender, placeholders);
    }
}
