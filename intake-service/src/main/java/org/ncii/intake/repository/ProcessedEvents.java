package org.ncii.intake.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Ids of consumed events, recorded in the consumer's transaction so a redelivered event is recognised. */
@ApplicationScoped
public class ProcessedEvents {
    /** Records the id in the current transaction; false when it was already there (a duplicate). */
    public Uni<Boolean> firstTime(String eventId, Instant now) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, processed_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("at", now)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
