package org.ncii.intake.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fixed-window counters in the database, so every instance of intake sees the same counts: wrong access codes per
 * case and submissions per client. A counter can also carry a block that outlasts its window (the lockout).
 */
@ApplicationScoped
public class AttemptCounters {
    private static final String HIT = """
            INSERT INTO attempt_counter AS c (counter_key, window_start, hits) VALUES ($1, $2, 1)
            ON CONFLICT (counter_key) DO UPDATE SET
              hits = CASE WHEN c.window_start <= $3 THEN 1 ELSE c.hits + 1 END,
              window_start = CASE WHEN c.window_start <= $3 THEN $2 ELSE c.window_start END
            RETURNING hits, window_start""";

    private final Pool pool;

    public AttemptCounters(Pool pool) {
        this.pool = pool;
    }

    /** The count inside the current window after this hit, and when the window opened. */
    public record Count(int hits, Instant windowStart) {
    }

    public Uni<Count> hit(String key, Instant now, Duration window) {
        return pool.preparedQuery(HIT).execute(Tuple.of(key, at(now), at(now.minus(window))))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Count(row.getInteger("hits"), row.getOffsetDateTime("window_start").toInstant());
                });
    }

    public Uni<Optional<Instant>> blockedUntil(String key, Instant now) {
        return pool.preparedQuery("SELECT blocked_until FROM attempt_counter WHERE counter_key = $1 AND blocked_until > $2")
                .execute(Tuple.of(key, at(now)))
                .map(rows -> rows.rowCount() == 0 ? Optional.<Instant>empty()
                        : Optional.of(rows.iterator().next().getOffsetDateTime("blocked_until").toInstant()));
    }

    /** Blocks the key until the given time and starts its count afresh. */
    public Uni<Void> block(String key, Instant until) {
        return pool.preparedQuery("UPDATE attempt_counter SET blocked_until = $2, hits = 0 WHERE counter_key = $1")
                .execute(Tuple.of(key, at(until))).replaceWithVoid();
    }

    /** Forgets counters whose window and block both ended before the cutoff. */
    public Uni<Integer> forgetBefore(Instant cutoff) {
        return pool.preparedQuery("DELETE FROM attempt_counter WHERE window_start < $1 AND (blocked_until IS NULL OR blocked_until < $1)")
                .execute(Tuple.of(at(cutoff))).map(rows -> rows.rowCount());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
