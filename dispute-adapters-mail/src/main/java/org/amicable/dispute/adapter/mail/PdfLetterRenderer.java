package org.amicable.dispute.adapter.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.port.out.CustomerLinks;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter as a French business letter on A4 (OpenPDF), and as an email body in plain text
 * and HTML. The same letter always gives the same PDF bytes: dates are the letter's date, the
 * document id is derived from the letter's id and the embedded fonts' subset tags are fixed
 * ({@link LetterFonts}). The fonts are parsed at the first letter rendered, not when a renderer is made: a
 * server starts without them.
 */
public final class PdfLetterRenderer implements LetterRenderer {

    private static final System.Logger LOG = System.getLogger(PdfLetterRenderer.class.getName());

    private final MailSettings.Company company;
    private final LetterTemplates templates;
    private final LetterComposer composer;
    private final LetterPdfLayout layout;
    private final CustomerLinks links;

    /** A renderer with the bundled wording, overridden from {@code settings.templateFolder()} where present. */
    public PdfLetterRenderer(MailSettings settings) {
        this(settings, CustomerLinks.none());
    }

    /** The same, each letter ending with the customer's personal link, and its QR code on the PDF. */
    public PdfLetterRenderer(MailSettings settings, CustomerLinks links) {
        this.company = Objects.requireNonNull(settings, "settings").company();
        this.templates = new LetterTemplates(settings.templateFolder());
        this.composer = new LetterComposer(templates, company);
        this.layout = new LetterPdfLayout(company);
        this.links = Objects.requireNonNull(links, "links");
    }

    /**
     * {@inheritDoc}
     *
     * @throws LetterNotPrintableException where the customer's name, address or reference, or the letter's
     *         reference, holds a character that no font of the letters draws: such a letter would go out
     *         with replacement marks in place of who it is for. (A quoted free text, a complaint say, keeps
     *         a replacement mark instead: the email and the timeline keep what the customer wrote.)
     */
    @Override
    public RenderedLetter render(Letter letter) {
        requirePrintable(letter);
        ComposedLetter composed = composer.compose(letter);
        LetterFrame frame = LetterFrame.of(letter, composed, templates, company, composer);
        Optional<CustomerLinkBlock> link = CustomerLinkBlock.of(letter, links);
        return new RenderedLetter(letter, composed.subject(),
                LetterEmailBodies.plainText(letter, composed, frame, link),
                LetterEmailBodies.html(letter, composed, frame, link), layout.pdf(letter, composed, frame, link));
    }

    /**
     * {@inheritDoc} The letter's date, recipient, language and channel are those of its first letter
     * (a group shares them); its PDF's id is derived from that letter's id.
     */
    @Override
    public RenderedLetter render(CustomerLetter letter) {
        if (letter.isSingle()) {
            return render(letter.first());
        }
        Letter first = letter.first();
        requirePrintable(first);
        ComposedLetter composed = composer.compose(letter);
        LetterFrame frame = LetterFrame.of(first, composed, templates, company, composer);
        // The customer's link is his, whichever of his claims the letter lists.
        Optional<CustomerLinkBlock> link = CustomerLinkBlock.of(first, links);
        return new RenderedLetter(first, composed.subject(),
                LetterEmailBodies.plainText(first, composed, frame, link),
                LetterEmailBodies.html(first, composed, frame, link), layout.pdf(first, composed, frame, link));
    }

    private static void requirePrintable(Letter letter) {
        Customer customer = letter.recipient();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("customer.name", customer.name());
        for (int i = 0; i < customer.address().lines().size(); i++) {
            facts.put("customer.address.lines[" + i + "]", customer.address().lines().get(i));
        }
        facts.put("customer.address.postalCode", customer.address().postalCode());
        facts.put("customer.address.city", customer.address().city());
        facts.put("customer.reference", customer.reference());
        facts.put("reference", letter.reference());
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            List<Integer> undrawable = SafeText.undrawable(fact.getValue(), LetterFonts::canDraw);
            if (!undrawable.isEmpty()) {
                LetterNotPrintableException refusal = new LetterNotPrintableException(fact.getKey(), undrawable,
                        SafeText.codePoints(undrawable));
                LOG.log(System.Logger.Level.WARNING, "letter {0} of dispute {1} cannot be printed: {2}", letter.id(),
                        letter.disputeId(), refusal.getMessage());
                throw refusal;
            }
        }
    }

    /** The name of the PDF attached to the email. */
    static String attachmentName(RenderedLetter rendered) {
        return (rendered.letter().language() == Language.FR ? "courrier-" : "letter-") + rendered.letter().id() + ".pdf";
    }
}
