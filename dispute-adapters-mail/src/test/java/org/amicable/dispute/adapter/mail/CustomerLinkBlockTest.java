package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.CustomerLinks;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every letter ends with the customer's personal link: in the email, and on the PDF with its QR code. */
class CustomerLinkBlockTest {

    static final CustomerLinks LINKS = (reference, issuedOn) -> Optional.of(
            URI.create("https://pay.example.com/c/" + reference + "-" + issuedOn));

    @TempDir
    Path folder;

    @Test
    void the_link_of_the_customer_and_the_letters_date_is_in_the_pdf_the_text_and_the_html() throws IOException {
        Letter letter = Letters.formalNotice(Letters.consumer(Language.FR));
        String expected = "https://pay.example.com/c/" + letter.recipient().reference() + "-" + letter.issuedOn();

        RenderedLetter rendered = new PdfLetterRenderer(Letters.pickupSettings(folder), LINKS).render(letter);

        assertThat(rendered.plainText()).contains("Votre espace personnel", expected);
        assertThat(rendered.html()).contains("<a href=\"" + expected + "\">");
        assertThat(links(rendered.document())).containsOnly(expected);
        assertThat(PdfText.of(rendered.document())).contains("Votre espace personnel");
    }

    @Test
    void the_same_letter_renders_to_the_same_bytes_with_its_link_and_without_one_has_none() throws IOException {
        Letter letter = Letters.formalNotice(Letters.business(Language.EN));
        PdfLetterRenderer renderer = new PdfLetterRenderer(Letters.pickupSettings(folder), LINKS);

        byte[] first = renderer.render(letter).document();

        assertThat(renderer.render(letter).document()).isEqualTo(first);
        assertThat(links(new PdfLetterRenderer(Letters.pickupSettings(folder)).render(letter).document())).isEmpty();
        assertThat(renderer.render(letter).plainText()).contains("Your personal page");
    }

    private static List<String> links(byte[] pdf) throws IOException {
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        return links;
    }
}
