package org.ncii.takedown.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.TestDatabase;

/**
 * Two cases whose content matched by hash each show the other on their case page, as a link; a hash that matched
 * suspiciously often is flagged there too.
 */
@QuarkusTest
class LinkedCasesPageTest {
    /** A PDQ hash and the same with four bits flipped: a near copy, well within the default distance of 31. */
    private static final String PDQ = "6e".repeat(32);
    private static final String NEAR = "61" + "6e".repeat(31);

    @Inject
    TestEvents events;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void bothCasesOfAHashMatchShowTheOtherAsALink() {
        String first = open("TD-LINK1", PDQ);
        String second = open("TD-LINK2", NEAR);
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);

        String firstPage = admin.get("/dashboard/cases/" + first).then().statusCode(200).extract().asString();
        assertThat(firstPage).contains("Linked cases")
                .contains("<a href=\"/dashboard/cases/" + second + "\">Matches case " + second + "</a>")
                .contains("PDQ, distance 4");
        String secondPage = admin.get("/dashboard/cases/" + second).then().statusCode(200).extract().asString();
        assertThat(secondPage).contains("<a href=\"/dashboard/cases/" + first + "\">Matches case " + first + "</a>")
                .contains("PDQ, distance 4")
                .doesNotContain("matched unusually many reports");

        // The counter as it stands after many reports matched the first case's hash.
        db.update("UPDATE bank_hash SET match_count = 7 WHERE case_ref = ?", first);
        assertThat(admin.get("/dashboard/cases/" + first).then().statusCode(200).extract().asString())
                .contains("matched unusually many reports").contains(PDQ + "</code>: matched 7 reports");
    }

    @Test
    void aCaseWithoutMatchesHasNoLinkedCasesSection() {
        String alone = open("TD-ALONE", "93".repeat(32));
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        assertThat(admin.get("/dashboard/cases/" + alone).then().statusCode(200).extract().asString())
                .doesNotContain("Linked cases").doesNotContain("Matches case");
    }

    private String open(String prefix, String pdq) {
        String caseRef = TestEvents.caseRef(prefix);
        ReportSubmitted report = new ReportSubmitted(caseRef, Instant.now(), ReporterRole.VICTIM, "GB", false, false,
                new Declarations(true, true, true),
                List.of(new ReportedItem("item-1", "https://www.facebook.com/photo/?fbid=" + Math.abs(caseRef.hashCode()),
                        List.of(new ContentHash(HashAlgorithm.PDQ, pdq, 100, null)))),
                null);
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef, report);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM takedown_case WHERE case_ref = ? AND submitted", caseRef) == 1);
        return caseRef;
    }
}
