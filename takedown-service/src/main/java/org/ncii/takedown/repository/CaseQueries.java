package org.ncii.takedown.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.ncii.events.RequestStatus;

/**
 * The staff's case list, straight in SQL so each filter meets its index: request filters are one EXISTS on the
 * requests of the case, the order (minors first, then oldest) follows {@code takedown_case_queue}.
 */
@ApplicationScoped
public class CaseQueries {
    private final Pool pool;

    public CaseQueries(Pool pool) {
        this.pool = pool;
    }

    /** SQL and its parameters ($1, $2, ...) for one filter: the page query and the count query. */
    public record Sql(String page, String count, List<Object> params) {
    }

    public static Sql listSql(CaseFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.submitted");
        if (filter.createdFrom() != null) {
            params.add(at(filter.createdFrom()));
            where.append(" AND c.created_at >= $").append(params.size());
        }
        if (filter.createdTo() != null) {
            params.add(at(filter.createdTo()));
            where.append(" AND c.created_at < $").append(params.size());
        }
        if (filter.status() != null || filter.platform() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM removal_request r WHERE r.case_ref = c.case_ref");
            if (filter.status() != null) {
                params.add(filter.status().name());
                where.append(" AND r.status = $").append(params.size());
            }
            if (filter.platform() != null) {
                params.add(filter.platform());
                where.append(" AND r.platform = $").append(params.size());
            }
            where.append(")");
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT 1 FROM removal_request o WHERE o.case_ref = c.case_ref AND o.status = 'OVERDUE')");
        }
        String count = "SELECT count(*) FROM takedown_case c" + where;
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(filter.size());
        pageParams.add(filter.page() * filter.size());
        String page = "SELECT c.case_ref, c.status, c.minor, c.country, c.created_at, c.updated_at FROM takedown_case c"
                + where + " ORDER BY c.priority DESC, c.created_at, c.case_ref LIMIT $" + (params.size() + 1)
                + " OFFSET $" + (params.size() + 2);
        return new Sql(page, count, pageParams);
    }

    public Uni<CaseSummary.Page> list(CaseFilter filter) {
        Sql sql = listSql(filter);
        List<Object> countParams = sql.params().subList(0, sql.params().size() - 2);
        return pool.preparedQuery(sql.count()).execute(Tuple.from(countParams))
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(total -> pool.preparedQuery(sql.page()).execute(Tuple.from(sql.params()))
                        .chain(rows -> {
                            Map<String, Row> cases = new LinkedHashMap<>();
                            rows.forEach(row -> cases.put(row.getString("case_ref"), row));
                            return requestLines(cases.keySet(), LineOrder.CREATED).map(requests -> new CaseSummary.Page(
                                    cases.values().stream().map(row -> summary(row, requests)).toList(),
                                    filter.page(), filter.size(), total));
                        }));
    }

    /** How each case's request lines are ordered: as filed (the staff API), or by platform (the dashboard). */
    public enum LineOrder {
        CREATED("created_at, platform"), PLATFORM("platform, created_at");

        private final String orderBy;

        LineOrder(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** The request lines of each of {@code caseRefs}, keyed by case reference (a case without requests is absent). */
    public Uni<Map<String, List<CaseSummary.RequestLine>>> requestLines(Collection<String> caseRefs, LineOrder order) {
        Map<String, List<CaseSummary.RequestLine>> byCase = new LinkedHashMap<>();
        if (caseRefs.isEmpty()) {
            return Uni.createFrom().item(byCase);
        }
        return pool.preparedQuery("SELECT id, case_ref, platform, status, due_at, attention FROM removal_request"
                        + " WHERE case_ref = ANY($1) ORDER BY " + order.orderBy)
                .execute(Tuple.of(caseRefs.toArray(new String[0])))
                .map(rows -> {
                    rows.forEach(row -> byCase.computeIfAbsent(row.getString("case_ref"), k -> new ArrayList<>())
                            .add(new CaseSummary.RequestLine(row.getUUID("id"), row.getString("platform"),
                                    RequestStatus.valueOf(row.getString("status")), instant(row, "due_at"),
                                    row.getString("attention"))));
                    return byCase;
                });
    }

    private static CaseSummary summary(Row row, Map<String, List<CaseSummary.RequestLine>> requests) {
        String caseRef = row.getString("case_ref");
        return new CaseSummary(caseRef, row.getString("status"), row.getBoolean("minor"), row.getString("country"),
                instant(row, "created_at"), instant(row, "updated_at"), requests.getOrDefault(caseRef, List.of()));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(Row row, String column) {
        return row.getUUID(column);
    }
}
