package org.ncii.takedown.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ncii.events.DeliveryOutcome;
import org.ncii.takedown.TestClock;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.TestDatabase;

/** The queue and the case page show what the caseworker needs, and the manual channel's action changes the request. */
@QuarkusTest
class CasePageTest {
    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    KafkaCompanion kafka;
    TestDatabase db;

    /** A case whose Facebook request the notifier could only hand over for filing by hand. */
    String manualCase(String prefix, String fbid) {
        String caseRef = TestEvents.caseRef(prefix);
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=" + fbid).get(0);
        events.deliver(kafka, id, caseRef, DeliveryOutcome.MANUAL_REQUIRED, clock.instant());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM removal_request WHERE id = ?::uuid AND attention = 'MANUAL_REQUIRED'", id) == 1);
        return caseRef;
    }

    @Test
    void caseworkerFilesAManualRequestAndTheRequestStartsItsClock() {
        String caseRef = manualCase("TD-DASH", "7001");
        String id = (String) db.query("SELECT id::text AS id FROM removal_request WHERE case_ref = ?", caseRef).get(0).get("id");
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);

        admin.get("/dashboard/cases/" + caseRef).then().statusCode(200)
                .body(containsString("File it by hand"))
                .body(containsString("https://www.facebook.com/help/contact/567360146613371"))
                .body(containsString("<code>https://www.facebook.com/photo/?fbid=7001</code>"))
                .body(not(containsString("href=\"https://www.facebook.com/photo")))
                .body(not(containsString("<img")))
                .body(containsString("Notice as sent"));

        admin.post("/dashboard/requests/" + id + "/actions", Map.of("action", "MARK_SUBMITTED",
                        "reference", "FB-WEB-4411", "note", "filed on the web form"))
                .then().statusCode(303).header("Location", containsString("/dashboard/cases/" + caseRef + "?done=MARK_SUBMITTED"));

        Map<String, Object> row = db.query("SELECT status, platform_reference, attention, due_at FROM removal_request"
                + " WHERE id = ?::uuid", id).get(0);
        assertThat(row).containsEntry("status", "SENT").containsEntry("platform_reference", "FB-WEB-4411")
                .containsEntry("attention", null);
        assertThat(row.get("due_at")).isNotNull();
        assertThat(db.count("SELECT count(*) FROM timeline_entry WHERE request_id = ?::uuid AND what = 'MARK_SUBMITTED'"
                + " AND actor_name = ?", id, DashboardSession.ADMIN)).isEqualTo(1);
        admin.get("/dashboard/cases/" + caseRef + "?done=MARK_SUBMITTED").then().statusCode(200)
                .body(containsString("Mark submitted by hand: done"))
                .body(containsString("FB-WEB-4411"))
                .body(not(containsString("File it by hand")));
    }

    @Test
    void actionTheStateForbidsIsExplainedAndChangesNothing() {
        String caseRef = TestEvents.caseRef("TD-DASH-NO");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=7002").get(0);
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/cases/" + caseRef);
        admin.post("/dashboard/requests/" + id + "/actions", Map.of("action", "ESCALATE", "note", "too early"))
                .then().statusCode(409).body(containsString("role=\"alert\"")).body(containsString("PENDING"))
                .body(containsString("Nothing was changed"));
        assertThat(TestEvents.status(db, id)).isEqualTo("PENDING");

        admin.post("/dashboard/requests/" + id + "/actions", Map.of("action", "MARK_SUBMITTED"))
                .then().statusCode(400).body(containsString("enter the reference the platform gave you"));
        assertThat(TestEvents.status(db, id)).isEqualTo("PENDING");
    }

    @Test
    void actionPostedWithoutItsCsrfTokenIsRefused() {
        String caseRef = manualCase("TD-DASH-CSRF", "7003");
        String id = (String) db.query("SELECT id::text AS id FROM removal_request WHERE case_ref = ?", caseRef).get(0).get("id");
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/cases/" + caseRef);
        admin.postWithoutToken("/dashboard/requests/" + id + "/actions", Map.of("action", "MARK_SUBMITTED",
                "reference", "FORGED")).then().statusCode(400);
        assertThat(TestEvents.status(db, id)).isEqualTo("PENDING");
    }

    @Test
    void queuePutsOverdueFirstFiltersAndCountsPerStatus() {
        String later = TestEvents.caseRef("TD-Q-LATER");
        String laterId = events.openCase(kafka, db, later, "IE", false, "https://www.facebook.com/photo/?fbid=7010").get(0);
        String late = TestEvents.caseRef("TD-Q-LATE");
        String lateId = events.openCase(kafka, db, late, "IE", false, "https://www.facebook.com/photo/?fbid=7011").get(0);
        db.update("UPDATE removal_request SET status = 'SENT', due_at = now() + interval '20 hours' WHERE id = ?::uuid", laterId);
        db.update("UPDATE removal_request SET status = 'OVERDUE', due_at = now() - interval '2 hours', overdue_at = now()"
                + " WHERE id = ?::uuid", lateId);

        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        String page = admin.get("/dashboard?country=IE&platform=FACEBOOK").then().statusCode(200).extract().asString();
        assertThat(page.indexOf(late)).isPositive().isLessThan(page.indexOf(later));
        assertThat(page).contains("Past its deadline").contains("overdue");
        assertThat(page).doesNotContain("TD-DASH-");

        String overdueOnly = admin.get("/dashboard?status=OVERDUE&country=IE").then().statusCode(200).extract().asString();
        assertThat(overdueOnly).contains(late).doesNotContain(later);
        assertThat(overdueOnly).containsPattern("Past its deadline <span class=\"count\">[1-9]");

        admin.get("/dashboard?country=Ireland").then().statusCode(400).body(containsString("two-letter code"));
    }

    @Test
    void unknownCaseIsAPoliteNotFound() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/cases/TD-NO-SUCH-CASE").then().statusCode(404).body(containsString("There is no case"));
    }
}
