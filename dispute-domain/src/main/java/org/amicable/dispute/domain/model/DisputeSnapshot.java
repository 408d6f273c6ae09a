package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredFields.fields;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dispute's state as its timeline left it, kept beside the timeline so that reading a dispute replays
 * nothing: the same canonical JSON and stable codes as the timeline's entries, with the number of entries it
 * was taken at and the last entry's hash, from which the next entry is chained.
 *
 * <p>The timeline stays the evidence, and the snapshot is only ever derived from it: a snapshot of another
 * {@link #FORMAT}, or taken at another number of entries than the timeline has, is not read, and the dispute is
 * rebuilt from its timeline ({@link Dispute#replay(List)}). A dispute restored from a snapshot reads its stored
 * entries only when they are asked for ({@link Dispute#timeline()}), and its verification tells when they are no
 * longer those it was taken at; its tasks, report row and balance movements come from the snapshot.
 */
public final class DisputeSnapshot {

    /** The shape of the snapshots this code writes and reads; changed whenever what a dispute keeps changes. */
    public static final int FORMAT = 1;

    private DisputeSnapshot() {
    }

    /** The dispute's state as it stands, with its uncommitted entries, as canonical JSON. */
    public static String of(Dispute dispute) {
        Map<String, Object> standing = dispute instanceof UnpaidClaim claim ? claim.standing().stored()
                : ((Grievance) dispute).standing.stored();
        return CanonicalJson.write(fields("format", FORMAT, "dispute", dispute.id().toString(),
                "track", dispute.track().name(), "entries", dispute.version(), "lastHash", dispute.timeline.lastHash(),
                "file", dispute.file.stored(), "standing", standing, "history", dispute.history().stored()));
    }

    /**
     * The dispute the snapshot describes, if it was taken by this format at the given number of entries.
     *
     * @param entries the number of entries its timeline has now (the stored version)
     * @param stored  reads the stored entries, when they are first asked for
     * @return empty when the snapshot is of another format or was taken at another number of entries
     * @throws IllegalArgumentException when a snapshot of this format cannot be read
     */
    public static Optional<Dispute> restore(String snapshot, long entries, Supplier<List<TimelineEntry>> stored) {
        StoredFields f = new StoredFields(StoredFields.asObject(CanonicalJson.parse(snapshot), "snapshot"), "snapshot");
        if (f.number("format") != FORMAT || f.number("entries") != entries) {
            return Optional.empty();
        }
        Dispute dispute = Dispute.continued(Track.valueOf(f.string("track")), new DisputeId(f.uuid("dispute")), entries,
                f.string("lastHash"), stored);
        f.object("file", file -> {
            dispute.file.restore(file);
            return file;
        });
        f.object("standing", standing -> {
            if (dispute instanceof UnpaidClaim claim) {
                claim.standing().restore(standing);
            } else {
                ((Grievance) dispute).standing.restore(standing);
            }
            return standing;
        });
        f.object("history", history -> {
            dispute.history().restore(history);
            return history;
        });
        f.finish();
        return Optional.of(dispute);
    }
}
