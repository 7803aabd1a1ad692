package org.ncii.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ncii.events.FoundAgain;
import org.ncii.events.ItemStatus;
import org.ncii.events.RequestStatus;
import org.ncii.testkit.TestDatabase;

/**
 * A victim who asked to be told sees, in the status API and on the status page, each copy a platform found again and
 * what it did; a victim who did not ask sees nothing of it. Snapshots from before the field existed still apply, and
 * a later snapshot that does not list the copies does not hide them.
 */
@QuarkusTest
class FoundAgainStatusTest {
    private static final Instant FOUND_TIKTOK = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant FOUND_FACEBOOK = Instant.parse("2026-11-28T10:30:00Z");

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void copiesFoundAgainShowOnlyForTheVictimWhoAskedToBeTold() {
        FormSession askedSession = new FormSession();
        Map<String, List<String>> askedForm = VictimReports.completed(askedSession,
                List.of(VictimReports.uniqueUrl("found-again.example.com")));
        askedForm.put("tellMeIfFoundAgain", List.of("yes"));
        VictimReports.Receipt asked = VictimReports.send(askedSession, askedForm);
        FormSession quietSession = new FormSession();
        VictimReports.Receipt quiet = VictimReports.send(quietSession, VictimReports.completed(quietSession,
                List.of(VictimReports.uniqueUrl("not-told.example.com"))));
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND tell_found_again", asked.caseRef())).isOne();
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND tell_found_again", quiet.caseRef())).isZero();

        for (VictimReports.Receipt receipt : List.of(asked, quiet)) {
            List<ItemStatus> items = items(receipt.caseRef());
            // Version 1 as takedown wrote it before snapshots listed copies found again: still applied.
            TakedownStatus.publishWithoutFoundAgain(kafka, receipt.caseRef(), "RESOLVED", 1, items);
            awaitVersion(receipt.caseRef(), 1);
            TakedownStatus.publish(kafka, receipt.caseRef(), "RESOLVED", 2, items, List.of(
                    new FoundAgain("TIKTOK", "REMOVED", FOUND_TIKTOK, FOUND_TIKTOK.plusSeconds(120)),
                    new FoundAgain("FACEBOOK", "BLOCKED", FOUND_FACEBOOK, FOUND_FACEBOOK.plusSeconds(60))));
            // A later change of the case whose snapshot does not list them.
            TakedownStatus.publish(kafka, receipt.caseRef(), "RESOLVED", 3, items);
            awaitVersion(receipt.caseRef(), 3);
        }

        JsonPath told = status(asked);
        assertThat(told.getList("foundAgain")).hasSize(2);
        assertThat(told.getString("foundAgain[0].platform")).isEqualTo("TIKTOK");
        assertThat(told.getString("foundAgain[0].actionTaken")).isEqualTo("REMOVED");
        assertThat(Instant.parse(told.getString("foundAgain[0].foundAt"))).isEqualTo(FOUND_TIKTOK);
        assertThat(told.getString("foundAgain[1].platform")).isEqualTo("FACEBOOK");
        assertThat(told.getString("foundAgain[1].actionTaken")).isEqualTo("BLOCKED");
        assertThat(told.getMap("foundAgain[0]")).containsOnlyKeys("platform", "actionTaken", "foundAt");
        assertThat(status(quiet).getList("foundAgain")).isEmpty();

        assertThat(StatusPagesTest.open(askedSession, asked).statusCode()).isEqualTo(200);
        Element section = askedSession.page().selectFirst("#found-again");
        assertThat(section).isNotNull();
        assertThat(section.select("li").eachText()).containsExactly(
                "Found again on TikTok and removed on Saturday 28 November 2026, 09:00 UTC",
                "Found again on Facebook and blocked on Saturday 28 November 2026, 10:30 UTC");
        assertThat(StatusPagesTest.open(quietSession, quiet).statusCode()).isEqualTo(200);
        assertThat(quietSession.page().selectFirst("#found-again")).isNull();
        assertThat(quietSession.page().text()).doesNotContain("Found again").doesNotContain("TikTok");
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND found_again IS NULL", quiet.caseRef()))
                .as("nothing kept for a victim who did not ask").isOne();
    }

    @Test
    void theApiTakesTheOptInAndAnOptedInCaseShowsNoCopiesUntilOneIsFound() {
        FormSession session = new FormSession();
        VictimReports.Receipt receipt = VictimReports.send(session, VictimReports.completed(session,
                List.of(VictimReports.uniqueUrl("waiting.example.com"))));
        assertThat(status(receipt).getList("foundAgain")).isEmpty();

        String body = """
                {"content":[{"url":"%s"}],"reporter":{"role":"VICTIM"},
                 "subject":{"countryOfResidence":"GB","minor":false},
                 "declarations":{"notConsented":true,"goodFaith":true,"accurate":true},
                 "signature":"Maren Thistlewood","tellMeIfFoundAgain":true}""".formatted(VictimReports.uniqueUrl("api.example.com"));
        JsonPath answer = given().contentType("application/json").body(body).post("/v1/reports").then().statusCode(202)
                .extract().jsonPath();
        VictimReports.Receipt viaApi = new VictimReports.Receipt(answer.getString("caseRef"), answer.getString("accessCode"));
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND tell_found_again", viaApi.caseRef())).isOne();
        assertThat(status(viaApi).getList("foundAgain")).isEmpty();

        FormSession page = new FormSession();
        StatusPagesTest.open(page, viaApi);
        assertThat(page.page().selectFirst("#found-again").text()).contains("No platform has found a copy again so far");
    }

    private List<ItemStatus> items(String caseRef) {
        return db.query("SELECT i.id, i.url FROM report_item i JOIN intake_case c ON c.id = i.case_id WHERE c.case_ref = ?",
                caseRef).stream().map(row -> new ItemStatus((String) row.get("id"), (String) row.get("url"), "YOUTUBE",
                RequestStatus.REMOVED, null, Instant.now())).toList();
    }

    private void awaitVersion(String caseRef, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM intake_case WHERE case_ref = ? AND status_version = ?", caseRef, version) == 1);
    }

    private static JsonPath status(VictimReports.Receipt receipt) {
        return given().header("X-Access-Code", receipt.accessCode()).get("/v1/reports/{ref}", receipt.caseRef())
                .then().statusCode(200).extract().jsonPath();
    }
}
