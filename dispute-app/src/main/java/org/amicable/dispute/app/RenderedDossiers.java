package org.amicable.dispute.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.Dossier;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.model.RenderedDossier;

/**
 * The dossiers rendered lately, kept by what they state. The same dossier renders to the same bytes, and
 * laying out a long chronology is most of what a hand-over pack costs: the manager, the mediator and the
 * clerk who download the same dispute's pack on the same day get the dossier rendered once.
 *
 * <p>A dossier is found again only by a fingerprint of everything it is made from: every entry as stored
 * with its personal values, the day, the outcome of the chain's check and the terms of the late charges.
 * The dispute's view (its customer, sums, letters, state) is what those entries say on that day under the
 * policy, which an instance does not change while it runs. A new entry, another day, an erasure, or a
 * check that now fails is a new fingerprint, rendered afresh. Bounded by the bytes kept; a day at most.
 */
final class RenderedDossiers implements DossierRenderer {

    private final DossierRenderer renderer;
    private final Cache<String, RenderedDossier> rendered;

    RenderedDossiers(DossierRenderer renderer, long maxBytes) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, RenderedDossier dossier) -> dossier.content().length)
                .expireAfterWrite(Duration.ofDays(1))
                .build();
    }

    @Override
    public RenderedDossier render(Dossier dossier, Format format) {
        return rendered.get(fingerprint(dossier, format), key -> renderer.render(dossier, format));
    }

    static String fingerprint(Dossier dossier, Format format) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        update(sha256, format.name());
        update(sha256, dossier.dispute().id().toString());
        update(sha256, dossier.dispute().asOf().toString());
        update(sha256, dossier.verification().toString());
        update(sha256, dossier.lateCharges().toString());
        for (TimelineEntry entry : dossier.timeline()) {
            update(sha256, entry.stored());
            update(sha256, entry.personal().orElse(""));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The text with its length first, so that no two sequences of texts hash alike. */
    private static void update(MessageDigest sha256, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha256.update(bytes);
    }
}
