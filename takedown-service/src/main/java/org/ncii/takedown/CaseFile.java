package org.ncii.takedown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ncii.events.CaseStatusChanged;
import org.ncii.events.FoundAgain;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;

/**
 * A case with its requests and their items, as loaded under the case's row lock, plus the timeline entries the
 * current change adds. Every status change goes through {@link #apply}, which asks {@link RequestLifecycle} and
 * records either the change or its refusal.
 */
public final class CaseFile {
    /** Case statuses published to intake and shown to staff. */
    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";
    public static final String WITHDRAWN = "WITHDRAWN";

    private final TakedownCase theCase;
    private final List<RemovalRequest> requests = new ArrayList<>();
    private final Map<UUID, List<RequestItem>> items = new LinkedHashMap<>();
    private final List<TimelineEntry> added = new ArrayList<>();
    private final List<FoundAgain> foundAgain = new ArrayList<>();

    public CaseFile(TakedownCase theCase, List<RemovalRequest> requests, List<RequestItem> items) {
        this.theCase = theCase;
        this.requests.addAll(requests);
        requests.forEach(r -> this.items.put(r.id, new ArrayList<>()));
        items.forEach(i -> this.items.computeIfAbsent(i.requestId, id -> new ArrayList<>()).add(i));
    }

    public TakedownCase theCase() {
        return theCase;
    }

    public String caseRef() {
        return theCase.caseRef;
    }

    public List<RemovalRequest> requests() {
        return Collections.unmodifiableList(requests);
    }

    public List<RequestItem> items(UUID requestId) {
        return items.getOrDefault(requestId, List.of());
    }

    public Optional<RemovalRequest> request(UUID id) {
        return requests.stream().filter(r -> r.id.equals(id)).findFirst();
    }

    public void addRequest(RemovalRequest request, List<RequestItem> requestItems) {
        requests.add(request);
        items.put(request.id, new ArrayList<>(requestItems));
    }

    /** Timeline entries recorded by this change, to persist with it. */
    public List<TimelineEntry> addedEntries() {
        return Collections.unmodifiableList(added);
    }

    public void record(UUID requestId, Instant at, String what, Actor actor, String who, String why) {
        added.add(TimelineEntry.of(theCase.caseRef, requestId, at, what, actor, who, why));
    }

    /** The copies partners found again, oldest first, as every snapshot of the case lists them. */
    public void foundAgain(List<FoundAgain> copies) {
        foundAgain.clear();
        foundAgain.addAll(copies);
    }

    public List<FoundAgain> foundAgain() {
        return List.copyOf(foundAgain);
    }

    /**
     * Moves {@code request} as {@code trigger} asks if the lifecycle allows it and records the change (a transition
     * to the same status is recorded as {@code what} without a status change); otherwise records the refusal and
     * changes nothing. Returns whether it was applied.
     */
    public boolean apply(RemovalRequest request, RequestLifecycle.Trigger trigger, Instant at, Actor actor, String who,
                         String why) {
        RequestStatus from = request.status;
        Optional<RequestStatus> next = RequestLifecycle.next(from, trigger);
        TimelineEntry entry = TimelineEntry.of(theCase.caseRef, request.id, at, trigger.name(), actor, who, why);
        entry.fromStatus = from;
        if (next.isEmpty()) {
            entry.what = "REFUSED";
            entry.why = trigger.name() + " is not allowed while " + from + (why == null ? "" : "; " + why);
            added.add(entry);
            return false;
        }
        entry.toStatus = next.get();
        added.add(entry);
        request.status = next.get();
        request.updatedAt = at;
        return true;
    }

    /**
     * Brings the case's status up to date, counts one more version and returns the whole per-item status intake
     * shows: call once per change, after the change.
     */
    public CaseStatusChanged nextStatus(Instant at) {
        theCase.status = derivedStatus();
        theCase.updatedAt = at;
        theCase.statusVersion++;
        List<ItemStatus> statuses = new ArrayList<>();
        for (RemovalRequest request : requests) {
            for (RequestItem item : items(request.id)) {
                statuses.add(new ItemStatus(item.itemId, item.url, request.platform, request.status, request.dueAt,
                        request.updatedAt));
            }
        }
        return new CaseStatusChanged(theCase.caseRef, theCase.status, theCase.statusVersion, at, statuses, foundAgain);
    }

    /** OPEN while any request awaits the platform or staff; RESOLVED once every request is finished. */
    public String derivedStatus() {
        if (theCase.withdrawn()) {
            return WITHDRAWN;
        }
        boolean anyOpen = requests.stream().anyMatch(r -> RequestLifecycle.OPEN.contains(r.status));
        return requests.isEmpty() || anyOpen ? OPEN : RESOLVED;
    }
}
