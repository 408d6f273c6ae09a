package org.amicable.dispute.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dispute's timeline: append-only, each entry hash-chained to the one before, so that altering,
 * removing or reordering an entry breaks the chain from that entry on. An entry's hash covers exactly
 * its stored bytes ({@link TimelineEntry#stored()}), so anyone can check a chain from the stored text
 * alone: {@code hash = SHA-256(previous hash in hex ‖ stored bytes)}.
 */
public final class Timeline {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final DisputeId disputeId;
    /** The entries: all of them, or those appended since the dispute was restored from a snapshot. */
    private final List<TimelineEntry> entries;
    /** Reads the stored entries of a timeline restored from a snapshot; null for a replayed or new one. */
    private Supplier<List<TimelineEntry>> stored;
    private List<TimelineEntry> storedEntries;
    private long storedSize;
    private String storedLastHash;

    private Timeline(DisputeId disputeId, List<TimelineEntry> entries) {
        this.disputeId = disputeId;
        this.entries = entries;
    }

    static Timeline empty(DisputeId disputeId) {
        return new Timeline(disputeId, new ArrayList<>());
    }

    void restore(List<TimelineEntry> stored) {
        entries.clear();
        entries.addAll(stored);
    }

    /**
     * Continues a stored timeline known by its size and last hash alone, as a snapshot kept them: new entries
     * follow them, and the stored entries are read with {@code stored} the first time they are asked for. Stored
     * entries that are not those the snapshot was taken at (one removed or altered since) are given as they are:
     * {@link #verify} then tells where the chain breaks.
     */
    void continueFrom(long size, String lastHash, Supplier<List<TimelineEntry>> stored) {
        entries.clear();
        this.stored = stored;
        this.storedSize = size;
        this.storedLastHash = lastHash;
    }

    TimelineEntry append(DisputeEvent event, Instant recordedAt, Optional<Actor> actor) {
        long sequence = size() + 1L;
        String previous = lastHash();
        EventFormat.Stored stored = EventFormat.store(disputeId, sequence, recordedAt, event, actor, previous);
        TimelineEntry entry = new TimelineEntry(disputeId, sequence, recordedAt, event, actor, previous, stored.line(),
                hash(previous, stored.line()), stored.personal());
        entries.add(entry);
        return entry;
    }

    /** The entries, oldest first. */
    public List<TimelineEntry> entries() {
        if (stored == null) {
            return List.copyOf(entries);
        }
        if (storedEntries == null) {
            storedEntries = List.copyOf(stored.get());
        }
        List<TimelineEntry> all = new ArrayList<>(storedEntries);
        all.addAll(entries);
        return List.copyOf(all);
    }

    /** The entries after the given number of entries, oldest first, reading no stored entry if none is asked for. */
    List<TimelineEntry> since(long size) {
        long before = stored == null ? 0 : storedSize;
        if (size < before) {
            List<TimelineEntry> all = entries();
            return all.subList((int) Math.min(size, all.size()), all.size());
        }
        return List.copyOf(entries.subList((int) Math.min(size - before, entries.size()), entries.size()));
    }

    /** The number of entries: for a restored timeline, those the snapshot was taken at and those appended since. */
    public int size() {
        return (int) (stored == null ? entries.size() : storedSize + entries.size());
    }

    /** The hash of the last entry: what the next entry follows. */
    String lastHash() {
        if (!entries.isEmpty()) {
            return entries.get(entries.size() - 1).hash();
        }
        return stored == null ? GENESIS : storedLastHash;
    }

    /**
     * Checks the chain of the given entries, in the order given.
     *
     * @param expectedSize how many entries there should be (the dispute's version): a removed last
     *                     entry leaves a valid chain, so only the count can reveal it
     * @return intact, or the first entry (by position, from 1) that was altered, removed or reordered
     */
    public static Verification verify(List<TimelineEntry> entries, long expectedSize) {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            long position = i + 1L;
            if (entry.sequence() != position) {
                return Verification.broken(position, "entry " + position + " carries sequence " + entry.sequence()
                        + ": an entry was removed or reordered");
            }
            if (!entry.previousHash().equals(previous)) {
                return Verification.broken(position, "entry " + position + " does not follow the entry before it");
            }
            String expected = hash(previous, entry.stored());
            if (!expected.equals(entry.hash())) {
                return Verification.broken(position, "entry " + position + " was altered after it was recorded");
            }
            previous = entry.hash();
        }
        if (entries.size() < expectedSize) {
            return Verification.broken(entries.size() + 1L,
                    "entries after " + entries.size() + " are missing: " + expectedSize + " were recorded");
        }
        return Verification.INTACT;
    }

    /**
     * Checks a chain from its stored lines alone, without reading the events: each line's
     * {@code sequence} follows the one before, its {@code previous} is the hash of the line before, and
     * its hash is the one recorded with it. This is what anyone can check with {@code sha256sum}; it reads
     * no event, so it also holds for lines of event types or versions this code does not know.
     *
     * @param stored       the stored lines, in order
     * @param recorded     the hash recorded with each line
     * @param expectedSize how many entries there should be
     */
    public static Verification verifyStored(List<String> stored, List<String> recorded, long expectedSize) {
        if (stored.size() != recorded.size()) {
            throw new IllegalArgumentException(stored.size() + " lines but " + recorded.size() + " recorded hashes");
        }
        String previous = GENESIS;
        MessageDigest digest = sha256();
        byte[] previousBytes = previous.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < stored.size(); i++) {
            String line = stored.get(i);
            long position = i + 1L;
            // The envelope's members are sorted and nothing after "previous" holds an object, so its last
            // occurrence is the envelope's own; a string cannot hold it, its quotes would be escaped.
            if (!(",\"sequence\":" + position + ",").regionMatches(0, line, line.lastIndexOf(",\"sequence\":"),
                    13 + Long.toString(position).length())) {
                return Verification.broken(position, "entry " + position + " does not carry sequence " + position
                        + ": an entry was removed or reordered");
            }
            int at = line.lastIndexOf(",\"previous\":\"");
            if (at < 0 || line.length() <= at + 13 + 64 || !line.startsWith(previous, at + 13)
                    || line.charAt(at + 13 + 64) != '"') {
                return Verification.broken(position, "entry " + position + " does not follow the entry before it");
            }
            digest.update(previousBytes);
            String hash = HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)));
            if (!hash.equals(recorded.get(i))) {
                return Verification.broken(position, "entry " + position + " was altered after it was recorded");
            }
            previous = hash;
            previousBytes = hash.getBytes(StandardCharsets.US_ASCII);
        }
        if (stored.size() < expectedSize) {
            return Verification.broken(stored.size() + 1L,
                    "entries after " + stored.size() + " are missing: " + expectedSize + " were recorded");
        }
        return Verification.INTACT;
    }

    /**
     * An entry's hash: SHA-256 over the previous entry's hash (64 lowercase hex characters, in ASCII)
     * followed by the entry's stored bytes (its canonical JSON in UTF-8), as 64 lowercase hex digits.
     */
    public static String hash(String previousHash, String stored) {
        MessageDigest digest = sha256();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(stored.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** SHA-256 of the bytes, as 64 lowercase hex digits. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * The result of verifying a timeline.
     *
     * @param intact        whether the chain holds
     * @param firstBroken   the position (from 1) of the first entry that was altered, removed or reordered
     * @param explanation   what is wrong, in a sentence
     */
    public record Verification(boolean intact, Optional<Long> firstBroken, String explanation) {
        static final Verification INTACT = new Verification(true, Optional.empty(), "every entry is intact");

        static Verification broken(long position, String explanation) {
            return new Verification(false, Optional.of(position), explanation);
        }
    }
}
