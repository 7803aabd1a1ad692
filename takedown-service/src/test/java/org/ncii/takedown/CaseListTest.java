package org.ncii.takedown;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.events.DeliveryOutcome;
import org.ncii.takedown.service.DeadlineWatch;
import org.ncii.testkit.TestDatabase;

/** Staff filter and page the case list (minors first) and read outcome statistics. */
@QuarkusTest
class CaseListTest {
    @Inject
    TestEvents events;

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void filtersPagesAndPutsMinorsFirst() throws Throwable {
        Instant from = clock.instant().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        String adult = TestEvents.caseRef("TD-LIST-A");
        String minor = TestEvents.caseRef("TD-LIST-M");
        String late = TestEvents.caseRef("TD-LIST-O");
        events.openCase(kafka, db, adult, "GB", false, "https://www.facebook.com/photo/?fbid=7001");
        events.openCase(kafka, db, minor, "GB", true, "https://www.instagram.com/p/Clist/");
        String overdueId = events.openCase(kafka, db, late, "US", false, "https://x.com/a/status/7003").get(0);
        events.deliver(kafka, overdueId, late, DeliveryOutcome.DELIVERED, clock.instant());
        TestEvents.awaitStatus(db, overdueId, "SENT");
        clock.advance(Duration.ofHours(73));
        VertxContextSupport.subscribeAndAwait(watch::check);
        String range = "createdFrom=" + from + "&createdTo=" + clock.instant().plusSeconds(1);

        staff().get("/v1/cases?" + range).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.caseRef", contains(minor, adult, late));
        staff().get("/v1/cases?platform=instagram&" + range).then().body("items.caseRef", contains(minor));
        staff().get("/v1/cases?status=PENDING&platform=FACEBOOK&" + range).then().body("items.caseRef", contains(adult));
        staff().get("/v1/cases?overdue=true&" + range).then()
                .body("items.caseRef", contains(late))
                .body("items[0].requests[0].status", equalTo("OVERDUE"));
        staff().get("/v1/cases?overdue=false&" + range).then().body("items.caseRef", contains(minor, adult));
        staff().get("/v1/cases?page=1&size=2&" + range).then()
                .body("total", equalTo(3)).body("items", hasSize(1)).body("items.caseRef", contains(late));
        staff().get("/v1/cases?status=REMOVED&" + range).then().body("items", empty());
    }

    @Test
    void statisticsCountOutcomesAndTimeToRemoval() {
        Instant from = clock.instant().minusSeconds(1);
        String caseRef = TestEvents.caseRef("TD-STATS");
        var ids = events.openCase(kafka, db, caseRef, "GB", false,
                "https://www.reddit.com/r/x/comments/abc/", "https://www.tiktok.com/@s/video/7000000000000000009");
        for (String id : ids) {
            events.deliver(kafka, id, caseRef, DeliveryOutcome.DELIVERED, clock.instant());
        }
        events.acknowledge(kafka, ids.get(0), caseRef, AcknowledgementStatus.REMOVED, null);
        TestEvents.awaitStatus(db, ids.get(0), "REMOVED");
        TestEvents.awaitStatus(db, ids.get(1), "SENT");

        staff().get("/v1/stats?from=" + from + "&to=" + clock.instant().plusSeconds(5)).then().statusCode(200)
                .body("counts.find { it.platform == 'REDDIT' }.status", equalTo("REMOVED"))
                .body("counts.find { it.platform == 'TIKTOK' }.status", equalTo("SENT"))
                .body("deadline.delivered", greaterThanOrEqualTo(2))
                .body("deadline.removedWithinDeadline", greaterThanOrEqualTo(1))
                .body("timeToRemoval.platform", hasItem("REDDIT"))
                .body("withdrawnRequests", equalTo(0));
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when();
    }
}
