package org.ncii.takedown.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.ncii.events.CaseStatusChanged;
import org.ncii.events.ContentHash;
import org.ncii.events.EventType;
import org.ncii.events.NoticeReminder;
import org.ncii.events.NoticeRequested;
import org.ncii.events.NoticeWithdrawn;
import org.ncii.outbox.Outbox;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestItem;

/**
 * Everything takedown publishes, added to the outbox in the caller's transaction: notices for the notifier (keyed
 * by notice id) and case-status snapshots for intake (keyed by case reference).
 */
@ApplicationScoped
public class TakedownEvents {
    public static final String SERVICE = "takedown-service";
    private static final TypeReference<List<ContentHash>> HASHES = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final ObjectMapper mapper;

    public TakedownEvents(Outbox outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public Uni<Void> noticeRequested(NoticeRequested notice, Instant at) {
        return outbox.add(EventType.NOTICE_REQUESTED, SERVICE, notice.noticeId(), at, notice).replaceWithVoid();
    }

    public Uni<Void> reminder(RemovalRequest request, Instant at) {
        return outbox.add(EventType.NOTICE_REMINDER, SERVICE, request.id.toString(), at,
                new NoticeReminder(request.id.toString(), request.caseRef, request.platform, request.dueAt, at)).replaceWithVoid();
    }

    public Uni<Void> withdrawn(RemovalRequest request, List<RequestItem> items, Instant at) {
        List<ContentHash> hashes = items.stream().flatMap(i -> hashes(i.hashes).stream()).toList();
        return outbox.add(EventType.NOTICE_WITHDRAWN, SERVICE, request.id.toString(), at,
                new NoticeWithdrawn(request.id.toString(), request.caseRef, request.platform, hashes, at)).replaceWithVoid();
    }

    /** The case's whole status after this change, with the next version. */
    public Uni<Void> caseStatus(CaseFile file, Instant at) {
        CaseStatusChanged status = file.nextStatus(at);
        return outbox.add(EventType.CASE_STATUS_CHANGED, SERVICE, file.caseRef(), at, status).replaceWithVoid();
    }

    /** Asks the outbox to publish now; call after the transaction committed. */
    public void flushSoon() {
        outbox.flushSoon();
    }

    public List<ContentHash> hashes(String json) {
        try {
            return json == null ? List.of() : mapper.readValue(json, HASHES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hashes are not readable", e);
        }
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable as " + type.getSimpleName(), e);
        }
    }
}
