package org.amicable.dispute.adapter.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.PostalAddress;

/**
 * Letters rendered per second on one thread (PDF + HTML + plain text), by the renderer of the tree it is
 * compiled against, with that tree's own test fixtures ({@code Letters}): bench/mail/render.sh compiles it
 * into a baseline and a candidate tree and runs them in turn. Arguments: label, letters, scripts (true:
 * also letters to customers whose names need the fallback fonts).
 */
public final class RenderRate {

    private RenderRate() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        int count = Integer.parseInt(args[1]);
        boolean scripts = Boolean.parseBoolean(args[2]);
        Path folder = Files.createTempDirectory("render-rate");
        PdfLetterRenderer renderer = new PdfLetterRenderer(Letters.pickupSettings(folder));
        List<Letter> latin = new ArrayList<>();
        List<Letter> world = new ArrayList<>();
        while (latin.size() < count) {
            latin.addAll(Letters.everyKind(Letters.business(Language.FR)));
            latin.addAll(Letters.everyKind(Letters.consumer(Language.EN)));
        }
        while (scripts && world.size() < count) {
            for (String[] name : new String[][] {{"株式会社パン屋", "東京"}, {"김민준 베이커리", "서울"},
                {"สมชาย ใจดี", "กรุงเทพ"}, {"राम शर्मा", "दिल्ली"}}) {
                world.addAll(Letters.everyKind(new Customer("C-099", name[0], CustomerKind.BUSINESS,
                        Optional.of("contact@client.example"), new PostalAddress(List.of(name[0]), "10000", name[1], "FR"),
                        Optional.empty(), Language.FR)));
            }
        }
        // Warm-up, not counted: the JIT, and the fonts' tables made once per JVM.
        rate(renderer, latin, count / 3);
        if (scripts) {
            rate(renderer, world, count / 3);
        }
        System.out.printf(Locale.ROOT, "%s latin %.1f%n", label, rate(renderer, latin, count));
        if (scripts) {
            System.out.printf(Locale.ROOT, "%s scripts %.1f%n", label, rate(renderer, world, count));
        }
    }

    private static double rate(PdfLetterRenderer renderer, List<Letter> letters, int count) {
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += renderer.render(letters.get(i)).document().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (bytes == 0) {
            throw new IllegalStateException("nothing rendered");
        }
        return count / seconds;
    }
}
