package org.ncii.takedown.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Outcome statistics over the requests created in a period: anonymous counts only, so they survive the erasure of
 * personal data. Time to removal runs from delivery (when the platform's clock started) to removal.
 */
@ApplicationScoped
public class OutcomeStatistics {
    private static final String RANGE = " FROM removal_request WHERE created_at >= $1 AND created_at < $2";

    private final Pool pool;

    public OutcomeStatistics(Pool pool) {
        this.pool = pool;
    }

    /** Requests of one platform in one status. */
    public record Count(String platform, String status, long count) {
    }

    /** Of the requests delivered, how many were removed, and how many of those by their deadline. */
    public record DeadlineShare(long delivered, long removed, long removedWithinDeadline, Double shareRemovedWithinDeadline) {
    }

    /** Hours from delivery to removal for one platform. */
    public record TimeToRemoval(String platform, long removed, double medianHours, double p90Hours) {
    }

    public record Stats(Instant from, Instant to, List<Count> counts, DeadlineShare deadline,
                        List<TimeToRemoval> timeToRemoval, long withdrawnRequests, long withdrawnCases) {
    }

    public Uni<Stats> between(Instant from, Instant to) {
        Tuple range = Tuple.of(CaseQueries.at(from), CaseQueries.at(to));
        Uni<List<Count>> counts = pool.preparedQuery("SELECT platform, status, count(*) AS n" + RANGE
                        + " GROUP BY platform, status ORDER BY platform, status").execute(range)
                .map(rows -> {
                    List<Count> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new Count(r.getString("platform"), r.getString("status"), r.getLong("n"))));
                    return list;
                });
        Uni<DeadlineShare> deadline = pool.preparedQuery("SELECT"
                        + " count(*) FILTER (WHERE delivered_at IS NOT NULL) AS delivered,"
                        + " count(*) FILTER (WHERE delivered_at IS NOT NULL AND removed_at IS NOT NULL) AS removed,"
                        + " count(*) FILTER (WHERE delivered_at IS NOT NULL AND removed_at <= due_at) AS within" + RANGE).execute(range)
                .map(rows -> {
                    Row r = rows.iterator().next();
                    long delivered = r.getLong("delivered");
                    long within = r.getLong("within");
                    return new DeadlineShare(delivered, r.getLong("removed"), within,
                            delivered == 0 ? null : (double) within / delivered);
                });
        Uni<List<TimeToRemoval>> times = pool.preparedQuery("SELECT platform, count(*) AS n,"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM removed_at - delivered_at)) AS median,"
                        + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM removed_at - delivered_at)) AS p90"
                        + RANGE + " AND removed_at IS NOT NULL AND delivered_at IS NOT NULL GROUP BY platform ORDER BY platform")
                .execute(range)
                .map(rows -> {
                    List<TimeToRemoval> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new TimeToRemoval(r.getString("platform"), r.getLong("n"),
                            hours(r.getDouble("median")), hours(r.getDouble("p90")))));
                    return list;
                });
        Uni<long[]> withdrawn = pool.preparedQuery("SELECT"
                        + " (SELECT count(*)" + RANGE + " AND status = 'WITHDRAWN') AS requests,"
                        + " (SELECT count(*) FROM takedown_case WHERE withdrawn_at >= $1 AND withdrawn_at < $2) AS cases")
                .execute(range)
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new long[] {r.getLong("requests"), r.getLong("cases")};
                });
        return Uni.combine().all().unis(counts, deadline, times, withdrawn)
                .with((c, d, t, w) -> new Stats(from, to, c, d, t, w[0], w[1]));
    }

    private static double hours(Double seconds) {
        return seconds == null ? 0 : Math.round(seconds / 36.0) / 100.0;
    }
}
