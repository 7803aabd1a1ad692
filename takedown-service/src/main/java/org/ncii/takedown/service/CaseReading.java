package org.ncii.takedown.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestItem;
import org.ncii.takedown.TimelineEntry;
import org.ncii.takedown.repository.CaseFiles;

/** What staff read: a case with its requests and timeline, or one request with its items. */
@ApplicationScoped
public class CaseReading {
    private final CaseFiles files;

    public CaseReading(CaseFiles files) {
        this.files = files;
    }

    public record CaseRecord(CaseFile file, List<TimelineEntry> timeline) {
    }

    public record RequestRecord(RemovalRequest request, List<RequestItem> items) {
    }

    public Uni<Optional<CaseRecord>> caseRecord(String caseRef) {
        return Panache.withSession(() -> files.find(caseRef).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<CaseRecord>empty())
                : files.timeline(caseRef).map(timeline -> Optional.of(new CaseRecord(found.get(), timeline)))));
    }

    public Uni<Optional<RequestRecord>> request(UUID id) {
        return Panache.withSession(() -> RemovalRequest.<RemovalRequest>findById(id).chain(request -> request == null
                ? Uni.createFrom().item(Optional.<RequestRecord>empty())
                : RequestItem.<RequestItem>list("requestId = ?1 order by id", id)
                        .map(items -> Optional.of(new RequestRecord(request, items)))));
    }
}
