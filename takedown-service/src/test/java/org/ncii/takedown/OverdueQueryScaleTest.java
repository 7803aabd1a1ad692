package org.ncii.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.takedown.repository.CaseFilter;
import org.ncii.takedown.repository.CaseFiles;
import org.ncii.takedown.repository.CaseQueries;
import org.ncii.testkit.TestDatabase;

/**
 * With 100,000 requests stored, the deadline check's query and the staff's overdue filter are answered from
 * indexes. The bulk rows lie in 2020 (created) and 2035 (due), out of reach of the other tests' clocks, and are
 * removed afterwards.
 */
@QuarkusTest
class OverdueQueryScaleTest {
    private static final String NOW = "'2035-06-01T00:00:00Z'::timestamptz";

    TestDatabase db;

    @Test
    void overdueQueriesUseTheirIndexesAtOneHundredThousandRequests() {
        long started = System.nanoTime();
        db.update("INSERT INTO takedown_case (case_ref, country, minor, priority, status, submitted, created_at, updated_at)"
                + " SELECT 'BULK-' || g, 'GB', g % 40 = 0, CASE WHEN g % 40 = 0 THEN 1 ELSE 0 END, 'OPEN', true,"
                + " '2020-01-01T00:00:00Z'::timestamptz + g * interval '1 minute', '2020-06-01T00:00:00Z'::timestamptz"
                + " FROM generate_series(1, 25000) g");
        db.update("INSERT INTO removal_request (id, case_ref, platform, legal_bases, deadline_seconds, status,"
                + " child_protection, priority, created_at, updated_at, delivered_at, due_at, overdue_at)"
                + " SELECT gen_random_uuid(), 'BULK-' || ((g - 1) / 4 + 1),"
                + " (ARRAY['FACEBOOK','INSTAGRAM','X','REDDIT','TIKTOK'])[g % 5 + 1], 'PLATFORM_POLICY', 259200,"
                + " CASE WHEN g % 100 < 75 THEN 'REMOVED' WHEN g % 100 < 85 THEN 'CLOSED' WHEN g % 100 < 95 THEN 'SENT'"
                + "      WHEN g % 100 < 98 THEN 'ACKNOWLEDGED' ELSE 'OVERDUE' END,"
                + " false, 0, '2020-01-01T00:00:00Z'::timestamptz + g * interval '15 seconds', now(),"
                + " '2035-01-01T00:00:00Z'::timestamptz, '2035-01-01T00:00:00Z'::timestamptz + (g % 400) * interval '1 day',"
                + " CASE WHEN g % 100 >= 98 THEN '2035-01-01T00:00:00Z'::timestamptz END"
                + " FROM generate_series(1, 100000) g");
        db.update("ANALYZE takedown_case");
        db.update("ANALYZE removal_request");
        System.out.printf("loaded 100000 requests in 25000 cases in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(db.count("SELECT count(*) FROM removal_request WHERE case_ref LIKE 'BULK-%'")).isEqualTo(100_000);

        String due = CaseFiles.DUE_REQUESTS.replace(":now", NOW);
        String duePlan = explain(due);
        System.out.println("deadline check query plan:\n" + duePlan);
        assertThat(duePlan).contains("removal_request_due").doesNotContain("Seq Scan on removal_request");

        CaseQueries.Sql list = CaseQueries.listSql(new CaseFilter(null, null, true, null, null, 0, 20));
        String overdueList = list.page().replace("$1", "20").replace("$2", "0");
        String listPlan = explain(overdueList);
        System.out.println("staff overdue filter plan:\n" + listPlan);
        assertThat(listPlan).contains("Index").doesNotContain("Seq Scan on removal_request");

        System.out.printf("deadline check query over 100000 requests: %s (%d rows due)%n", executionTime(duePlan),
                db.count("SELECT count(*) FROM (" + due + ") d"));
        System.out.printf("staff overdue filter (first page) over 100000 requests: %s%n", executionTime(listPlan));
    }

    @AfterEach
    void removeBulkRows() {
        db.update("DELETE FROM removal_request WHERE case_ref LIKE 'BULK-%'");
        db.update("DELETE FROM takedown_case WHERE case_ref LIKE 'BULK-%'");
    }

    private String explain(String sql) {
        List<String> lines = db.query("EXPLAIN (ANALYZE, BUFFERS) " + sql).stream()
                .map(r -> (String) r.values().iterator().next()).toList();
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String executionTime(String plan) {
        return plan.lines().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?").replace("Execution Time: ", "");
    }
}
