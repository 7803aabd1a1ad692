package org.ncii.events;

import java.time.Instant;
import java.util.List;

/**
 * The whole current status of a case, published after every change. {@code version} grows with each change
 * of the case, so a consumer keeps the highest it has seen and ignores older or repeated snapshots.
 * {@code foundAgain} lists copies partners found again and acted on. They are facts that never go away, so a
 * consumer keeps every entry it has seen: a snapshot from another kind of change may omit them, and snapshots
 * published before the field existed decode with an empty list.
 */
public record CaseStatusChanged(String caseRef, String caseStatus, long version, Instant updatedAt,
                                List<ItemStatus> items, List<FoundAgain> foundAgain) {
    public CaseStatusChanged {
        items = List.copyOf(items);
        foundAgain = foundAgain == null ? List.of() : List.copyOf(foundAgain);
    }

    /** A snapshot of a case no partner has found again. */
    public CaseStatusChanged(String caseRef, String caseStatus, long version, Instant updatedAt, List<ItemStatus> items) {
        this(caseRef, caseStatus, version, updatedAt, items, List.of());
    }
}
