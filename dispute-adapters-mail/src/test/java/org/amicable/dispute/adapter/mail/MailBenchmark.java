package org.amicable.dispute.adapter.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.net.SocketFactory;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Not a test: run by {@code bench/mail/run.sh} against an SMTP sink in another process. Compares the
 * adapter with a bare Jakarta Mail loop (TCP_NODELAY on, and Angus' default with Nagle on), one
 * connection each, the same messages, in the same run; and measures PDFs rendered per second.
 */
public final class MailBenchmark {

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int letters = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        MailSettings settings = Letters.smtpSettings(port);
        PdfLetterRenderer renderer = new PdfLetterRenderer(settings);

        renderRate(renderer, 500, false);
        renderRate(renderer, 500, true);
        double render = renderRate(renderer, 3000, false);
        double renderWorld = renderRate(renderer, 3000, true);

        List<RenderedLetter> batch = new ArrayList<>(letters);
        while (batch.size() < letters) {
            for (Letter letter : Letters.everyKind(Letters.business(batch.size() % 2 == 0 ? Language.FR : Language.EN))) {
                if (batch.size() < letters) {
                    batch.add(renderer.render(letter));
                }
            }
        }
        SmtpLetterSender adapter = new SmtpLetterSender(settings);
        Session noDelay = bareSession(port, true);
        Session nagle = bareSession(port, false);

        // Warm-up round, not counted.
        adapter.send(batch);
        bare(noDelay, port, batch);
        bare(nagle, port, batch.subList(0, Math.min(50, batch.size())));

        double adapterBest = 0;
        double bareBest = 0;
        double adapterSum = 0;
        double bareSum = 0;
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternate the order so that neither side always runs on a warmer sink.
            double a;
            double b;
            if (round % 2 == 0) {
                a = timeAdapter(adapter, batch);
                b = timeBare(noDelay, port, batch);
            } else {
                b = timeBare(noDelay, port, batch);
                a = timeAdapter(adapter, batch);
            }
            ratios.add(a / b);
            adapterSum += a;
            bareSum += b;
            adapterBest = Math.max(adapterBest, a);
            bareBest = Math.max(bareBest, b);
            System.out.printf(Locale.ROOT, "round %d: adapter %.0f msg/s, bare (TCP_NODELAY) %.0f msg/s, ratio %.2f%n",
                    round + 1, a, b, a / b);
        }
        double nagleRate = timeBare(nagle, port, batch.subList(0, Math.min(100, batch.size())));

        System.out.printf(Locale.ROOT, "letters per round: %d, PDF size about %d bytes%n", letters, batch.get(0).document().length);
        System.out.printf(Locale.ROOT, "adapter mean %.0f msg/s, bare mean %.0f msg/s, ratio of means %.2f%n",
                adapterSum / rounds, bareSum / rounds, adapterSum / bareSum);
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "median of per-round ratios %.2f%n", sorted.get(sorted.size() / 2));
        System.out.printf(Locale.ROOT, "adapter best %.0f msg/s, bare best %.0f msg/s, ratio of bests %.2f%n",
                adapterBest, bareBest, adapterBest / bareBest);
        System.out.printf(Locale.ROOT, "bare with Angus' default (Nagle on): %.0f msg/s (%.1fx slower than with TCP_NODELAY)%n",
                nagleRate, (bareSum / rounds) / nagleRate);
        System.out.printf(Locale.ROOT, "PDF rendering, one thread: %.0f letters/s (render = PDF + HTML + text)%n", render);
        System.out.printf(Locale.ROOT, "PDF rendering, one thread, names in CJK, Hangul, Thai, Devanagari (fallback fonts "
                + "embedded): %.0f letters/s (%.2f of the above)%n", renderWorld, renderWorld / render);
    }

    /** Letters of every kind; {@code world}: to customers whose names need the fallback fonts. */
    private static double renderRate(PdfLetterRenderer renderer, int count, boolean world) {
        List<Letter> letters = new ArrayList<>();
        while (letters.size() < count) {
            if (world) {
                for (String[] name : new String[][] {{"株式会社パン屋", "東京"}, {"김민준 베이커리", "서울"},
                    {"สมชาย ใจดี", "กรุงเทพ"}, {"राम शर्मा", "दिल्ली"}}) {
                    letters.addAll(Letters.everyKind(Letters.businessNamed(name[0], name[1])));
                }
            } else {
                letters.addAll(Letters.everyKind(Letters.business(Language.FR)));
                letters.addAll(Letters.everyKind(Letters.consumer(Language.EN)));
            }
        }
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            sink += renderer.render(letters.get(i)).document().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 0) {
            throw new IllegalStateException("nothing rendered");
        }
        return count / seconds;
    }

    private static double timeAdapter(SmtpLetterSender adapter, List<RenderedLetter> batch) {
        long start = System.nanoTime();
        List<SendResult> results = adapter.send(batch);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!results.stream().allMatch(result -> result instanceof SendResult.Sent)) {
            throw new IllegalStateException("not all sent: " + results.stream().filter(r -> !(r instanceof SendResult.Sent)).findFirst());
        }
        return batch.size() / seconds;
    }

    private static double timeBare(Session session, int port, List<RenderedLetter> batch) throws MessagingException {
        long start = System.nanoTime();
        bare(session, port, batch);
        return batch.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The baseline: plain Jakarta Mail, one connection, the same content built into a message each time. */
    private static void bare(Session session, int port, List<RenderedLetter> batch) throws MessagingException {
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", port, null, null);
            for (RenderedLetter letter : batch) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("litiges@dupain.example"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.letter().recipient().email().orElseThrow()));
                message.setSubject(letter.subject(), "UTF-8");
                MimeBodyPart plain = new MimeBodyPart();
                plain.setText(letter.plainText(), "UTF-8", "plain");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(letter.html(), "UTF-8", "html");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(new MimeMultipart("alternative", plain, html));
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.document(), "application/pdf")));
                pdf.setFileName("letter.pdf");
                pdf.setDisposition(Part.ATTACHMENT);
                message.setContent(new MimeMultipart("mixed", body, pdf));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    private static Session bareSession(int port, boolean tcpNoDelay) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.localhost", "dupain.example");
        if (tcpNoDelay) {
            // The socket option alone, as a bare loop would set it: no other part of the adapter.
            props.put("mail.smtp.socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
        }
        return Session.getInstance(props);
    }
}
