package org.amicable.dispute.adapter.mail;

import java.util.List;

/**
 * A letter worded in its language, before layout: the subject and the body's blocks, already filled
 * and cleaned, shared by the PDF, the HTML and the plain-text forms; the reference the customer knows
 * (invoice number, or customer reference), the case reference, and who signs.
 */
record ComposedLetter(String subject, List<Block> body, String reference, String caseReference,
        MailSettings.Signatory signatory) {

    ComposedLetter {
        body = List.copyOf(body);
    }

    /** A piece of the body. */
    sealed interface Block {
    }

    /** A paragraph of text; may hold line breaks (a quoted complaint). */
    record Paragraph(String text) implements Block {
    }

    /** Labelled amounts, one per row; the last is emphasised when {@code lastIsTotal}. */
    record Amounts(List<Row> rows, boolean lastIsTotal) implements Block {
        Amounts {
            rows = List.copyOf(rows);
        }
    }

    /** One row of amounts. */
    record Row(String label, String amount) {
    }
}
