package org.ncii.takedown.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * An event already applied, stored in the same transaction as its effects: a repeat finds it and changes nothing.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;

    public String type;

    @Column(name = "processed_at")
    public Instant processedAt;

    /**
     * Records the id and answers true the first time it is seen in this transaction's view, false for a repeat.
     * Two instances racing on one id both pass here, but only one commits: the other fails on the primary key and
     * its message is retried, then skipped.
     */
    public static Uni<Boolean> firstTime(String eventId, String type, Instant at) {
        return ProcessedEvent.<ProcessedEvent>findById(eventId).chain(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEvent row = new ProcessedEvent();
            row.eventId = eventId;
            row.type = type;
            row.processedAt = at;
            return row.persist().replaceWith(true);
        });
    }
}
