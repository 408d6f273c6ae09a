package org.amicable.dispute.domain.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * A dispute as of today with what its page shows beside it, all read from one load of its timeline.
 *
 * @param view      the dispute as of today
 * @param timeline  its timeline, oldest first
 * @param openTasks its open tasks, in no particular order
 * @param manager   the manager it is assigned to, if any
 */
public record DisputeInFull(DisputeView view, List<TimelineEntry> timeline, List<Task> openTasks,
        Optional<String> manager) {

    public DisputeInFull {
        Objects.requireNonNull(view, "view");
        timeline = List.copyOf(timeline);
        openTasks = List.copyOf(openTasks);
        Objects.requireNonNull(manager, "manager");
    }
}
