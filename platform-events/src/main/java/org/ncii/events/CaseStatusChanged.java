package org.ncii.events;

import java.time.Instant;
import java.util.List;

/**
 * The whole current status of a case, published after every change. {@code version} grows with each change
 * of the case, so a consumer keeps the highest it has seen and ignores older or repeated snapshots.
 */
public record CaseStatusChanged(String caseRef, String caseStatus, long version, Instant updatedAt,
                                List<ItemStatus> items) {
    public CaseStatusChanged {
        items = List.copyOf(items);
    }
}
