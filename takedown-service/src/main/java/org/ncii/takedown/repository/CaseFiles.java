package org.ncii.takedown.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.FoundAgain;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestItem;
import org.ncii.takedown.TakedownCase;
import org.ncii.takedown.TimelineEntry;
import org.ncii.takedown.hashbank.FoundCopy;

/**
 * Loads and saves {@link CaseFile}s. Every writer locks the case row first ({@code FOR UPDATE}), so two changes to
 * one case never interleave, on one instance or several; the deadline check skips cases another writer holds.
 * Call inside a transaction.
 */
@ApplicationScoped
public class CaseFiles {
    /**
     * Requests whose deadline passed while the clock ran: the deadline check's query, served by the partial index
     * {@code removal_request_due}.
     */
    public static final String DUE_REQUESTS =
            "SELECT r.case_ref FROM removal_request r WHERE r.status IN ('SENT', 'ACKNOWLEDGED') AND r.due_at <= :now";
    /** Overdue requests waiting for escalation, served by the partial index {@code removal_request_overdue}. */
    public static final String ESCALATION_DUE =
            "SELECT r.case_ref FROM removal_request r WHERE r.status = 'OVERDUE' AND r.escalated_at IS NULL"
                    + " AND r.overdue_at <= :escalateBefore";
    private static final String LOCK_DUE_CASES = "SELECT c.* FROM takedown_case c WHERE c.case_ref IN ("
            + DUE_REQUESTS + " UNION " + ESCALATION_DUE + ") ORDER BY c.priority DESC, c.created_at"
            + " LIMIT :limit FOR UPDATE OF c SKIP LOCKED";

    /** The case locked for this transaction, with its requests and items; empty for an unknown case. */
    public Uni<Optional<CaseFile>> lock(String caseRef) {
        return TakedownCase.<TakedownCase>findById(caseRef, LockModeType.PESSIMISTIC_WRITE)
                .chain(found -> found == null ? Uni.createFrom().item(Optional.<CaseFile>empty())
                        : withRequests(List.of(found)).map(files -> Optional.of(files.get(0))));
    }

    /** The case with its requests and items, for reading: no lock. */
    public Uni<Optional<CaseFile>> find(String caseRef) {
        return TakedownCase.<TakedownCase>findById(caseRef)
                .chain(found -> found == null ? Uni.createFrom().item(Optional.<CaseFile>empty())
                        : withRequests(List.of(found)).map(files -> Optional.of(files.get(0))));
    }

    /** The case of a request, locked as {@link #lock}; empty for an unknown request. */
    public Uni<Optional<CaseFile>> lockByRequest(UUID requestId) {
        return RemovalRequest.<RemovalRequest>findById(requestId)
                .chain(request -> request == null ? Uni.createFrom().item(Optional.<CaseFile>empty()) : lock(request.caseRef));
    }

    /**
     * Up to {@code limit} cases with a request past its deadline or due for escalation, locked; cases another
     * instance (or writer) holds are skipped, so two instances never act on the same request.
     */
    public Uni<List<CaseFile>> lockDue(Instant now, Instant escalateBefore, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_DUE_CASES, TakedownCase.class)
                        .setParameter("now", now)
                        .setParameter("escalateBefore", escalateBefore)
                        .setParameter("limit", limit)
                        .getResultList())
                .chain(this::withRequests);
    }

    /** A new case's first row, or a known one's next state: persists the case, new requests, items and timeline. */
    public Uni<Void> save(CaseFile file) {
        List<Object> rows = new ArrayList<>();
        rows.add(file.theCase());
        for (RemovalRequest request : file.requests()) {
            rows.add(request);
            rows.addAll(file.items(request.id));
        }
        rows.addAll(file.addedEntries());
        return Panache.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    private Uni<List<CaseFile>> withRequests(List<TakedownCase> cases) {
        if (cases.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> refs = cases.stream().map(c -> c.caseRef).toList();
        return RemovalRequest.<RemovalRequest>list("caseRef in ?1 order by createdAt, platform", refs)
                .chain(requests -> items(requests).chain(items -> foundAgain(refs).map(copies -> {
                    Map<String, List<RemovalRequest>> byCase = requests.stream()
                            .collect(Collectors.groupingBy(r -> r.caseRef));
                    return cases.stream().map(c -> {
                        List<RemovalRequest> own = byCase.getOrDefault(c.caseRef, List.of());
                        List<UUID> ids = own.stream().map(r -> r.id).toList();
                        CaseFile file = new CaseFile(c, own, items.stream().filter(i -> ids.contains(i.requestId)).toList());
                        // Every status snapshot lists the copies found again, whatever change it reports.
                        file.foundAgain(copies.getOrDefault(c.caseRef, List.of()));
                        return file;
                    }).toList();
                })));
    }

    private Uni<Map<String, List<FoundAgain>>> foundAgain(List<String> refs) {
        return FoundCopy.<FoundCopy>list("caseRef in ?1 order by foundAt, matchId", refs)
                .map(copies -> copies.stream().collect(Collectors.groupingBy(copy -> copy.caseRef,
                        Collectors.mapping(FoundCopy::asEvent, Collectors.toList()))));
    }

    private Uni<List<RequestItem>> items(List<RemovalRequest> requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return RequestItem.list("requestId in ?1 order by id", requests.stream().map(r -> r.id).toList());
    }

    /** The timeline of a case, oldest first. */
    public Uni<List<TimelineEntry>> timeline(String caseRef) {
        return TimelineEntry.list("caseRef = ?1 order by at, id", caseRef);
    }
}
