package org.ncii.takedown;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import org.ncii.events.RequestStatus;

/**
 * One thing that happened to a case or one of its requests: when, what, by whom and why. Refused transitions are
 * recorded here too, so staff see what a partner or a colleague tried and why it was not applied.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntity {
    @Column(name = "case_ref")
    public String caseRef;

    @Column(name = "request_id")
    public UUID requestId;

    public Instant at;

    public String what;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public RequestStatus toStatus;

    @Enumerated(EnumType.STRING)
    public Actor actor;

    @Column(name = "actor_name")
    public String actorName;

    public String why;

    public static TimelineEntry of(String caseRef, UUID requestId, Instant at, String what, Actor actor, String actorName,
                                   String why) {
        TimelineEntry entry = new TimelineEntry();
        entry.caseRef = caseRef;
        entry.requestId = requestId;
        entry.at = at;
        entry.what = what;
        entry.actor = actor;
        entry.actorName = actorName;
        entry.why = why;
        return entry;
    }
}
