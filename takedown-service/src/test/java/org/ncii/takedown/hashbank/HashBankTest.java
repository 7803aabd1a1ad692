package org.ncii.takedown.hashbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportWithdrawn;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.takedown.StaffTokens;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.TestDatabase;

/** A new report whose hashes match an earlier case's is linked to it, on both cases, and its notices say so. */
@QuarkusTest
class HashBankTest {
    @Inject
    TestEvents events;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void aMirroredCopyReportedLaterLinksBothCasesAndItsNoticesSayItWasReportedBefore() {
        String first = open("TD-BANK1", BridgeHashes.original());
        String second = open("TD-BANK2", BridgeHashes.flipy());

        assertThat(timeline(second)).anyMatch(why -> why.startsWith("matches case " + first + " (PDQ, distance "));
        assertThat(timeline(first)).anyMatch(why -> why.startsWith("matches case " + second + " (PDQ, distance "));
        assertThat(events.outbox(db, "notice.requested", requestOf(second)).get(0).path("data").path("letter").asText())
                .contains(PriorReports.SENTENCE);
        assertThat(events.outbox(db, "notice.requested", requestOf(first)).get(0).path("data").path("letter").asText())
                .doesNotContain(PriorReports.SENTENCE);
        assertThat(events.outbox(db, "notice.requested", requestOf(second)).get(0).path("data").path("reportedBefore").asBoolean())
                .as("the structured notice says so too, for platforms that read fields, not letters").isTrue();
        assertThat(events.outbox(db, "notice.requested", requestOf(first)).get(0).path("data").path("reportedBefore").asBoolean())
                .isFalse();

        JsonPath bank = staff().get("/v1/hash-bank/cases/" + first).then().statusCode(200).extract().jsonPath();
        assertThat(bank.getList("hashes")).hasSize(10);
        assertThat(bank.getInt("hashes.find { it.variant == 'FLIP_Y' }.matchCount")).isEqualTo(1);
        assertThat(bank.getInt("hashes.find { it.variant == null && it.algorithm == 'PDQ' }.matchCount")).isZero();
        assertThat(bank.getString("matches[0].caseRef")).isEqualTo(second);
        assertThat(bank.getInt("matches[0].distance")).isLessThanOrEqualTo(8);
    }

    @Test
    void anExactSha256MatchLinksCasesButAHashOnTheNeverMatchListDoesNot() {
        String sha = "0f".repeat(32);
        String md5 = "1e".repeat(16);
        String first = open("TD-EXACT1", List.of(new ContentHash(HashAlgorithm.SHA256, sha, null, null),
                new ContentHash(HashAlgorithm.MD5, md5, null, null)));
        staff().contentType("application/json")
                .body("{\"algorithm\":\"MD5\",\"value\":\"" + md5.toUpperCase() + "\",\"reason\":\"stock photo\"}")
                .post("/v1/hash-bank/never-match").then().statusCode(201);
        staff().contentType("application/json").body("{\"algorithm\":\"MD5\",\"value\":\"" + md5 + "\"}")
                .post("/v1/hash-bank/never-match").then().statusCode(409);
        staff().contentType("application/json").body("{\"algorithm\":\"MD5\",\"value\":\"" + sha + "\"}")
                .post("/v1/hash-bank/never-match").then().statusCode(400);

        String onlyCommon = open("TD-EXACT2", List.of(new ContentHash(HashAlgorithm.MD5, md5, null, null)));
        String same = open("TD-EXACT3", List.of(new ContentHash(HashAlgorithm.SHA256, sha, null, null)));

        assertThat(timeline(onlyCommon)).noneMatch(why -> why.startsWith("matches case"));
        assertThat(timeline(same)).contains("matches case " + first + " (SHA256, exact)");
        assertThat(staff().get("/v1/hash-bank/never-match").then().statusCode(200).extract().jsonPath()
                .getList("value")).contains(md5);
    }

    @Test
    void lowQualityHashesNeverMatch() {
        String hash = "3c".repeat(32);
        open("TD-LOWQ1", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 20, null)));
        String second = open("TD-LOWQ2", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 20, null)));
        assertThat(timeline(second)).noneMatch(why -> why.startsWith("matches case"));
    }

    @Test
    void aWithdrawnCaseLeavesTheBankAndNothingMatchesItAgain() {
        String hash = "5a".repeat(31) + "00";
        String first = open("TD-GONE1", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 90, null)));
        events.send(kafka, EventType.REPORT_WITHDRAWN, first, new ReportWithdrawn(first, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM bank_hash WHERE case_ref = ?", first) == 0);
        assertThat(events.outbox(db, "notice.withdrawn", requestOf(first)).get(0).path("data").path("hashes")
                .findValuesAsText("value")).contains(hash);

        String second = open("TD-GONE2", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 90, null)));
        assertThat(timeline(second)).noneMatch(why -> why.startsWith("matches case"));
    }

    @Test
    void aWithdrawnCaseIsNoLongerNamedAsAMatchOfTheCaseThatStays() {
        String hash = "6b".repeat(31) + "00";
        String kept = open("TD-LINK1", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 90, null)));
        String withdrawn = open("TD-LINK2", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 90, null)));
        assertThat(staff().get("/v1/hash-bank/cases/" + kept).then().statusCode(200).extract().jsonPath()
                .<String>getList("matches.caseRef")).containsExactly(withdrawn);

        events.send(kafka, EventType.REPORT_WITHDRAWN, withdrawn, new ReportWithdrawn(withdrawn, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM case_match WHERE case_ref = ? OR other_case_ref = ?", withdrawn, withdrawn) == 0);

        assertThat(staff().get("/v1/hash-bank/cases/" + kept).then().statusCode(200).extract().jsonPath()
                .<String>getList("matches")).isEmpty();
        assertThat(db.count("SELECT count(*) FROM bank_hash WHERE case_ref = ?", kept)).as("the case that stays keeps its hashes")
                .isOne();
    }

    @Inject
    PdqBankIndex index;

    @Test
    void theIndexIsRebuiltFromTheDatabaseAtStart() throws Throwable {
        String hash = "c3".repeat(32);
        String first = open("TD-STORED", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 100, null)));
        // As after a restart: the index has lost the hash, the database still holds it.
        db.query("SELECT id FROM bank_hash WHERE case_ref = ?", first).forEach(r -> index.remove(((Number) r.get("id")).longValue()));
        index.rebuild(null);
        String second = open("TD-REBUILT", List.of(new ContentHash(HashAlgorithm.PDQ, hash, 100, null)));
        assertThat(timeline(second)).contains("matches case " + first + " (PDQ, distance 0)");
    }

    private String open(String prefix, List<ContentHash> hashes) {
        String caseRef = TestEvents.caseRef(prefix);
        ReportSubmitted report = new ReportSubmitted(caseRef, Instant.now(), ReporterRole.VICTIM, "GB", false, false,
                new Declarations(true, true, true),
                List.of(new ReportedItem("item-1", "https://www.facebook.com/photo/?fbid=" + caseRef.hashCode(), hashes)),
                null);
        events.send(kafka, EventType.REPORT_SUBMITTED, caseRef, report);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM takedown_case WHERE case_ref = ? AND submitted", caseRef) == 1);
        return caseRef;
    }

    private String requestOf(String caseRef) {
        return (String) db.query("SELECT id::text AS id FROM removal_request WHERE case_ref = ?", caseRef).get(0).get("id");
    }

    private List<String> timeline(String caseRef) {
        return staff().get("/v1/cases/" + caseRef).then().statusCode(200).extract().jsonPath().getList("timeline.why");
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test"));
    }
}
