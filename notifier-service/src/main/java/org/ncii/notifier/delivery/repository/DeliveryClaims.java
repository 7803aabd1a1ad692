package org.ncii.notifier.delivery.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Claims due messages for one worker instance: {@code FOR UPDATE SKIP LOCKED} lets instances claim side by
 * side without waiting on each other, and the lease written in the same statement keeps a claimed message from
 * every other instance until its attempt is recorded (or the lease runs out because this instance died).
 */
@ApplicationScoped
public class DeliveryClaims {
    private static final String CLAIM = """
            UPDATE delivery SET lease_until = $2
             WHERE delivery_id IN (SELECT delivery_id FROM delivery
                                    WHERE status = 'PENDING' AND next_attempt_at <= $1
                                      AND (lease_until IS NULL OR lease_until < $1)
                                    ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING delivery_id""";

    private final Pool pool;

    public DeliveryClaims(Pool pool) {
        this.pool = pool;
    }

    /** Ids of up to {@code limit} messages due at {@code now}, now leased to the caller until {@code leaseUntil}. */
    public Uni<List<String>> claimDue(Instant now, Instant leaseUntil, int limit) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                .execute(Tuple.of(utc(now), utc(leaseUntil), limit))
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getString("delivery_id"));
                    }
                    return ids;
                }));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
