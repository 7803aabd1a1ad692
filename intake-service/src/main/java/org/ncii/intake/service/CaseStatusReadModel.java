package org.ncii.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.ncii.events.CaseStatusChanged;
import org.ncii.events.FoundAgain;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.ReportItem;
import org.ncii.intake.repository.CaseRepository;
import org.ncii.intake.repository.ProcessedEvents;

/**
 * Intake's own copy of each case's status, fed by takedown's snapshots, so victims can follow their case while
 * takedown-service is down. A snapshot replaces the stored one only if its version is higher; a redelivered event
 * is recognised by its id and changes nothing. Copies found again are kept, for victims who asked, as the union of
 * every snapshot's entries: a copy never goes away, and snapshots published before takedown listed every copy in
 * each of them may name only some.
 */
@ApplicationScoped
public class CaseStatusReadModel {
    /** Case statuses after which the retention period starts: takedown-service calls a finished case RESOLVED. */
    static final Set<String> CLOSED = Set.of("RESOLVED", "CLOSED");
    private static final TypeReference<List<ItemStatus>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<FoundAgain>> FOUND = new TypeReference<>() {
    };

    private final CaseRepository cases;
    private final ProcessedEvents processed;
    private final CaseAccess access;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CaseStatusReadModel(CaseRepository cases, ProcessedEvents processed, CaseAccess access, ObjectMapper mapper,
                               Clock clock) {
        this.cases = cases;
        this.processed = processed;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A case as its reporter sees it; {@code foundAgain} is empty unless the reporter asked to be told. */
    public record View(IntakeCase intakeCase, List<ItemStatus> items, List<FoundAgain> foundAgain) {
    }

    /** Applies one snapshot; the event id is recorded in the same transaction. */
    @WithTransaction
    public Uni<Void> apply(String eventId, CaseStatusChanged change) {
        Instant now = clock.instant();
        return processed.firstTime(eventId, now).chain(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            return cases.findByRef(change.caseRef()).invoke(intakeCase -> {
                if (intakeCase == null) {
                    return;
                }
                if (intakeCase.tellFoundAgain && !change.foundAgain().isEmpty()) {
                    intakeCase.foundAgain = write(union(foundAgain(intakeCase), change.foundAgain()));
                }
                if (change.version() <= intakeCase.statusVersion) {
                    return;
                }
                intakeCase.statusVersion = change.version();
                intakeCase.statusItems = json(change.items());
                intakeCase.statusUpdatedAt = change.updatedAt() != null ? change.updatedAt() : now;
                if (intakeCase.withdrawnAt == null) {
                    intakeCase.status = change.caseStatus();
                }
                boolean closed = CLOSED.contains(change.caseStatus());
                if (closed && intakeCase.closedAt == null) {
                    intakeCase.closedAt = intakeCase.statusUpdatedAt;
                } else if (!closed) {
                    intakeCase.closedAt = null;
                }
            }).replaceWithVoid();
        });
    }

    /** The case behind the reference and code, with per-item status; PENDING for every item until takedown reports. */
    @WithSession
    public Uni<View> view(String caseRef, String accessCode) {
        return access.open(caseRef, accessCode).chain(intakeCase -> {
            if (intakeCase.statusItems != null) {
                return Uni.createFrom().item(new View(intakeCase, read(intakeCase.statusItems, ITEMS), foundAgain(intakeCase)));
            }
            RequestStatus initial = intakeCase.withdrawnAt != null ? RequestStatus.WITHDRAWN : RequestStatus.PENDING;
            return cases.items(intakeCase).map(items -> new View(intakeCase, items.stream()
                    .map(item -> new ItemStatus(item.id, item.url, null, initial, null, null))
                    .toList(), foundAgain(intakeCase)));
        });
    }

    /** The copies found again, oldest first; none for a case whose reporter did not ask. */
    private List<FoundAgain> foundAgain(IntakeCase intakeCase) {
        return intakeCase.tellFoundAgain && intakeCase.foundAgain != null ? read(intakeCase.foundAgain, FOUND) : List.of();
    }

    private static List<FoundAgain> union(List<FoundAgain> known, List<FoundAgain> reported) {
        Set<FoundAgain> all = new LinkedHashSet<>(known);
        all.addAll(reported);
        return all.stream().sorted(Comparator.comparing(FoundAgain::foundAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private String json(List<ItemStatus> items) {
        return write(items);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status cannot be written", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored status cannot be read", e);
        }
    }
}
