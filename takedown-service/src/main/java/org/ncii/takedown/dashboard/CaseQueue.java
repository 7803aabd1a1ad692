package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.repository.CaseQueries;
import org.ncii.takedown.repository.CaseSummary;

/**
 * The caseworker's work queue: cases with an overdue request first, then by the nearest deadline still running,
 * then minors' cases, then oldest. Unlike the staff API's list (minors first, then oldest) it answers "what do I
 * do next", and it counts requests per status for the filter bar.
 */
@ApplicationScoped
public class CaseQueue {
    /** Filters of the queue; null means any. Pages count from 0. */
    public record Filter(RequestStatus status, String platform, String country, int page, int size) {
    }

    /** One case of the queue: whether it has an overdue request and its nearest running deadline. */
    public record Entry(CaseSummary summary, boolean overdue, Instant nextDue) {
    }

    public record Page(List<Entry> entries, Map<RequestStatus, Long> countsByStatus, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final Pool pool;
    private final CaseQueries queries;

    public CaseQueue(Pool pool, CaseQueries queries) {
        this.pool = pool;
        this.queries = queries;
    }

    public Uni<Page> page(Filter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.submitted");
        if (filter.country() != null) {
            params.add(filter.country());
            where.append(" AND c.country = $").append(params.size());
        }
        StringBuilder requestFilter = new StringBuilder();
        if (filter.platform() != null) {
            params.add(filter.platform());
            requestFilter.append(" AND f.platform = $").append(params.size());
        }
        List<Object> countParams = List.copyOf(params);
        String countWhere = where + requestFilter.toString().replace("f.", "r.");
        if (filter.status() != null) {
            params.add(filter.status().name());
            requestFilter.append(" AND f.status = $").append(params.size());
        }
        if (!requestFilter.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM removal_request f WHERE f.case_ref = c.case_ref")
                    .append(requestFilter).append(")");
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(filter.size());
        pageParams.add(filter.page() * filter.size());
        String pageSql = "SELECT c.case_ref, c.status, c.minor, c.country, c.created_at, c.updated_at,"
                + " coalesce(bool_or(r.status = 'OVERDUE'), false) AS overdue,"
                + " min(r.due_at) FILTER (WHERE r.status IN ('SENT', 'ACKNOWLEDGED', 'OVERDUE')) AS next_due"
                + " FROM takedown_case c LEFT JOIN removal_request r ON r.case_ref = c.case_ref" + where
                + " GROUP BY c.case_ref ORDER BY overdue DESC, next_due ASC NULLS LAST, c.priority DESC, c.created_at,"
                + " c.case_ref LIMIT $" + (params.size() + 1) + " OFFSET $" + (params.size() + 2);
        Uni<Long> total = pool.preparedQuery("SELECT count(*) FROM takedown_case c" + where).execute(Tuple.from(params))
                .map(rows -> rows.iterator().next().getLong(0));
        Uni<Map<RequestStatus, Long>> counts = pool.preparedQuery("SELECT r.status, count(*) AS n FROM removal_request r"
                        + " JOIN takedown_case c ON c.case_ref = r.case_ref" + countWhere + " GROUP BY r.status")
                .execute(Tuple.from(countParams))
                .map(rows -> {
                    Map<RequestStatus, Long> byStatus = new LinkedHashMap<>();
                    for (RequestStatus s : RequestStatus.values()) {
                        byStatus.put(s, 0L);
                    }
                    rows.forEach(r -> byStatus.put(RequestStatus.valueOf(r.getString("status")), r.getLong("n")));
                    return byStatus;
                });
        Uni<List<Entry>> entries = pool.preparedQuery(pageSql).execute(Tuple.from(pageParams)).chain(rows -> {
            List<Row> cases = new ArrayList<>();
            rows.forEach(cases::add);
            return queries.requestLines(cases.stream().map(r -> r.getString("case_ref")).toList(), CaseQueries.LineOrder.PLATFORM)
                    .map(lines -> cases.stream()
                            .map(r -> new Entry(new CaseSummary(r.getString("case_ref"), r.getString("status"),
                                    r.getBoolean("minor"), r.getString("country"), instant(r, "created_at"),
                                    instant(r, "updated_at"), lines.getOrDefault(r.getString("case_ref"), List.of())),
                                    r.getBoolean("overdue"), instant(r, "next_due")))
                            .toList());
        });
        return Uni.combine().all().unis(entries, counts, total)
                .with((e, c, t) -> new Page(e, c, t, filter.page(), filter.size()));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
