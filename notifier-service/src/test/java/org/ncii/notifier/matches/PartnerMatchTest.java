package org.ncii.notifier.matches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.Requester;
import org.ncii.events.Topics;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.TestDatabase;

/**
 * A partner reports a copy found again by a hash its notice carried; takedown's topic carries it with the case.
 * A hash the partner never received is a 404, whether or not another partner's notice holds it.
 */
@QuarkusTest
class PartnerMatchTest {
    private static final String PDQ = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22";

    @Inject
    PartnerService partners;

    @Inject
    ObjectMapper mapper;

    TestDatabase db;
    KafkaCompanion kafka;

    private final List<String> partnerIds = new ArrayList<>();

    @AfterEach
    void removePartners() {
        for (String id : partnerIds) {
            db.update("DELETE FROM partner_match WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_platform WHERE partner_id = ?", id);
            db.update("DELETE FROM partner WHERE partner_id = ?", id);
        }
    }

    @Test
    void aCopyFoundAgainByAHashTheNoticeCarriedReachesTakedownWithItsCase() throws Throwable {
        RegisteredPartner tiktok = register("TikTok", "TIKTOK");
        RegisteredPartner reddit = register("Reddit", "REDDIT");
        String noticeId = notice("TD-FOUND-1", "TIKTOK");
        ConsumerTask<String, String> acks = kafka.consumeStrings().fromTopics(Topics.ACKS);

        Map<String, Object> body = Map.of("hash", PDQ.toUpperCase(), "url", "https://www.tiktok.com/@x/video/99",
                "actionTaken", "REMOVED", "foundAt", "2026-11-28T09:00:00Z");
        String matchId = report(tiktok, body).then().statusCode(202).extract().path("matchId");
        assertThat(report(tiktok, body).then().statusCode(202).extract().<String>path("matchId")).isEqualTo(matchId);

        // Other tests of the module report matches too: this notice's are those keyed by its id.
        await().atMost(Duration.ofSeconds(30)).until(() -> acks.getRecords().stream()
                .anyMatch(r -> noticeId.equals(r.key()) && r.value().contains("\"partner.match-reported\"")));
        acks.stop();
        List<JsonNode> reported = acks.getRecords().stream().filter(r -> noticeId.equals(r.key())).map(r -> read(r.value()))
                .filter(e -> e.path("type").asText().equals("partner.match-reported")).toList();
        assertThat(reported).hasSize(1);
        JsonNode data = reported.get(0).path("data");
        assertThat(data.path("caseRef").asText()).isEqualTo("TD-FOUND-1");
        assertThat(data.path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(data.path("platform").asText()).isEqualTo("TIKTOK");
        assertThat(data.path("hash").asText()).isEqualTo(PDQ);
        assertThat(data.path("actionTaken").asText()).isEqualTo("REMOVED");

        // Another partner never received this hash: it learns nothing, not even that a case holds it.
        report(reddit, body).then().statusCode(404);
        report(tiktok, Map.of("hash", "ab".repeat(32), "url", "https://www.tiktok.com/@x/video/1",
                "actionTaken", "REMOVED", "foundAt", "2026-11-28T09:00:00Z")).then().statusCode(404);
        assertThat(db.count("SELECT count(*) FROM partner_match WHERE partner_id = ?", reddit.partnerId())).isZero();
    }

    @Test
    void badReportsAre4xxNamingTheFieldAndAnonymousCallersGet401() throws Throwable {
        RegisteredPartner snap = register("Snap", "SNAPCHAT");
        report(snap, Map.of("hash", "xyz", "url", "https://a.example/1", "actionTaken", "REMOVED",
                "foundAt", "2026-11-28T09:00:00Z")).then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("hash"));
        report(snap, Map.of("hash", PDQ, "url", "ftp://a.example/1", "actionTaken", "REMOVED",
                "foundAt", "2026-11-28T09:00:00Z")).then().statusCode(400);
        report(snap, Map.of("hash", PDQ, "url", "https://a.example/1", "actionTaken", "BURNED",
                "foundAt", "2026-11-28T09:00:00Z")).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("hash", PDQ)).post("/v1/partner/matches").then().statusCode(401);
    }

    private RegisteredPartner register(String name, String platform) throws Throwable {
        RegisteredPartner p = VertxContextSupport.subscribeAndAwait(
                () -> partners.register(new NewPartner(name + "-" + UUID.randomUUID().toString().substring(0, 6),
                        List.of(platform), null, null)));
        partnerIds.add(p.partnerId());
        return p;
    }

    private io.restassured.response.Response report(RegisteredPartner partner, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/partner/matches");
    }

    /** A notice from takedown carrying the PDQ hash, stored by the notifier for the platform's partner. */
    private String notice(String caseRef, String platform) {
        String noticeId = "ntc_" + UUID.randomUUID().toString().replace("-", "");
        NoticeRequested notice = new NoticeRequested(noticeId, caseRef, platform, List.of("US_TAKE_IT_DOWN_ACT"), 48,
                false, List.of(new NoticeItem("itm_1", "https://www.tiktok.com/@x/video/1", "1",
                        List.of(new ContentHash(HashAlgorithm.PDQ, PDQ, 100, null)))),
                new Declarations(true, true, true),
                new Requester("Caseworker 3", "Example Helpline", "help@helpline.example", null, "Caseworker 3", false),
                null, "Removal request", "Please remove ...", Instant.now());
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTICES, noticeId,
                new CloudEventCodec(mapper).write(CloudEvent.of(EventType.NOTICE_REQUESTED, "takedown-service", noticeId,
                        Instant.now(), notice)))).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM notice WHERE notice_id = ? AND partner_id IS NOT NULL", noticeId) == 1);
        return noticeId;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
