package org.amicable.dispute.adapter.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.EvidencePack;

/**
 * The hand-over pack as one ZIP: the dossier written for a reader outside the company (a mediator, a
 * court clerk), the timeline exactly as stored ({@code timeline.jsonl}), every letter and email exactly as sent, every scan, a {@code README.txt} saying how to check them, and
 * {@code SHA256SUMS} over every file, so that {@code sha256sum -c SHA256SUMS} checks the whole pack.
 * The same pack gives the same bytes: entries are in a fixed order with the time of the last entry.
 */
final class EvidencePackZip {

    private EvidencePackZip() {
    }

    static byte[] of(EvidencePack pack) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(pack.dossier().fileName(), pack.dossier().content());
        StringBuilder timeline = new StringBuilder();
        for (TimelineEntry entry : pack.timeline()) {
            timeline.append(entry.stored()).append('\n');
        }
        files.put("timeline.jsonl", timeline.toString().getBytes(StandardCharsets.UTF_8));
        for (EvidencePack.PackedDocument packed : pack.documents()) {
            KeptDocument document = packed.document().document();
            String letter = packed.document().letter().kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + packed.document().letter().id();
            String name = switch (packed.role()) {
                case LETTER -> "letters/" + letter + ".pdf";
                case EMAIL -> "letters/" + letter + ".eml";
                case SCAN -> "scans/" + letter + "-" + document.sha256().substring(0, 12) + extension(document.mediaType());
            };
            files.put(name, document.content());
        }
        String last = pack.timeline().isEmpty() ? Timeline.GENESIS : pack.timeline().get(pack.timeline().size() - 1).hash();
        files.put("README.txt", readme(pack, last).getBytes(StandardCharsets.UTF_8));
        StringBuilder sums = new StringBuilder();
        files.forEach((name, bytes) -> sums.append(Timeline.sha256Hex(bytes)).append("  ").append(name).append('\n'));
        files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));

        FileTime time = FileTime.from(pack.timeline().isEmpty() ? java.time.Instant.EPOCH
                : pack.timeline().get(pack.timeline().size() - 1).recordedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // The fastest compression: the text files shrink by most of what the best would get them. The
            // PDFs and scans are compressed already, and an email is mostly its PDF in Base64, which
            // deflating would shrink by a fourth at the cost of most of the pack's time: all stored as they are.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(time);
                if (compressedAlready(file.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCompressedSize(file.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean compressedAlready(String name) {
        return name.endsWith(".pdf") || name.endsWith(".eml") || name.endsWith(".png") || name.endsWith(".jpg");
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case KeptDocument.PDF -> ".pdf";
            case KeptDocument.PNG -> ".png";
            case KeptDocument.JPEG -> ".jpg";
            default -> ".bin";
        };
    }

    private static String readme(EvidencePack pack, String lastHash) {
        return """
                Evidence pack of dispute %s (%s), customer %s (%s)
                Dossier de preuve du litige %s

                Contents / Contenu
                  %s     the dossier, in the customer's language: parties, sums due, chronology, letters
                                  (le dossier, dans la langue du client : parties, sommes dues, chronologie, courriers)
                  timeline.jsonl  every entry of the dispute's timeline, exactly as stored, one per line
                                  (chaque événement du litige, tel qu'enregistré, un par ligne)
                  letters/        every letter (PDF) and email (.eml) exactly as sent
                                  (chaque courrier et courriel tel qu'envoyé)
                  scans/          scans of acknowledgment-of-receipt cards and returned envelopes
                                  (scans des avis de réception et des plis retournés)
                  SHA256SUMS      the SHA-256 of every other file

                1. Check that no file was changed:   sha256sum -c SHA256SUMS
                2. Check the timeline's hash chain: each line's hash is
                     SHA-256( hash of the line before, in 64 hex characters  ||  the line's bytes )
                   starting from 64 zeros; every line repeats the hash before it in "previous".
                     prev=0000000000000000000000000000000000000000000000000000000000000000
                     while IFS= read -r line; do
                       [ "$(printf '%%s' "$line" | jq -r .previous)" = "$prev" ] || { echo "broken"; exit 1; }
                       prev=$(printf '%%s%%s' "$prev" "$line" | sha256sum | cut -c1-64)
                     done < timeline.jsonl; echo "$prev"
                   The last hash printed must be:
                     %s
                3. Each letter's SHA-256 (sha256sum letters/*) is the "documentSha256" (the email's, the
                   "emailSha256") of its "letter-sent" line in timeline.jsonl, which the chain covers.

                Verification by Amicable when the pack was made: %s (%d entries).
                """.formatted(pack.dispute().id(), pack.dispute().state().name(), pack.dispute().customer().name(),
                pack.dispute().customer().reference(), pack.dispute().id(),
                String.format("%-11s", pack.dossier().fileName()), lastHash,
                pack.verification().intact() ? "INTACT, " + pack.verification().explanation()
                        : "BROKEN, " + pack.verification().explanation(), pack.timeline().size());
    }
}
