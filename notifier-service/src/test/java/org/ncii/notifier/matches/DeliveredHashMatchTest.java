package org.ncii.notifier.matches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.NoticeWithdrawn;
import org.ncii.events.Requester;
import org.ncii.events.Topics;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.TestDatabase;

/**
 * A partner's match report is checked against the hashes delivered to that partner: a notice accepted by the
 * partner's webhook puts its hashes on record for it alone, and withdrawing the notice takes them off again.
 */
@QuarkusTest
class DeliveredHashMatchTest {
    private static final String PDQ = "7d".repeat(32);
    private static final String SHA256 = "4b".repeat(32);

    @Inject
    PartnerService partners;

    @Inject
    ObjectMapper mapper;

    TestDatabase db;
    KafkaCompanion kafka;

    private final List<String> partnerIds = new ArrayList<>();
    private HttpServer webhook;

    @BeforeEach
    void acceptingWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void cleanUp() {
        webhook.stop(0);
        for (String id : partnerIds) {
            db.update("DELETE FROM partner_match WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_platform WHERE partner_id = ?", id);
            db.update("DELETE FROM partner WHERE partner_id = ?", id);
        }
    }

    @Test
    void onlyThePartnerAHashWasDeliveredToMayReportItAndOnlyUntilTheNoticeIsWithdrawn() throws Throwable {
        RegisteredPartner tumblr = register("Tumblr", "TUMBLR", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks");
        RegisteredPartner discord = register("Discord", "DISCORD", null);
        String noticeId = "ntc_" + UUID.randomUUID().toString().replace("-", "");
        send(EventType.NOTICE_REQUESTED, noticeId, new NoticeRequested(noticeId, "TD-DELIVERED-1", "TUMBLR",
                List.of("US_TAKE_IT_DOWN_ACT"), 48, false,
                List.of(new NoticeItem("itm_1", "https://www.tumblr.com/x/1", "1",
                        List.of(new ContentHash(HashAlgorithm.PDQ, PDQ, 100, null),
                                new ContentHash(HashAlgorithm.SHA256, SHA256, null, null)))),
                new Declarations(true, true, true),
                new Requester("Caseworker 3", "Example Helpline", "help@helpline.example", null, "Caseworker 3", false),
                null, "Removal request", "Please remove ...", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM notice WHERE notice_id = ? AND status = 'DELIVERED'", noticeId) == 1);
        assertThat(db.query("SELECT hash_value, algorithm, case_ref FROM delivered_hash WHERE partner_id = ?"
                + " ORDER BY algorithm", tumblr.partnerId())).containsExactly(
                Map.of("hash_value", PDQ, "algorithm", "PDQ", "case_ref", "TD-DELIVERED-1"),
                Map.of("hash_value", SHA256, "algorithm", "SHA256", "case_ref", "TD-DELIVERED-1"));

        report(tumblr, SHA256.toUpperCase(), "https://www.tumblr.com/x/2").then().statusCode(202)
                .body("noticeId", org.hamcrest.Matchers.equalTo(noticeId));
        report(discord, SHA256, "https://discord.com/x/2").then().statusCode(404);

        send(EventType.NOTICE_WITHDRAWN, noticeId, new NoticeWithdrawn(noticeId, "TD-DELIVERED-1", "TUMBLR",
                List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM delivered_hash WHERE notice_id = ?", noticeId) == 0);
        report(tumblr, PDQ, "https://www.tumblr.com/x/3").then().statusCode(404);
    }

    private RegisteredPartner register(String name, String platform, String webhookUrl) throws Throwable {
        RegisteredPartner p = VertxContextSupport.subscribeAndAwait(() -> partners.register(
                new NewPartner(name + "-" + UUID.randomUUID().toString().substring(0, 6), List.of(platform), webhookUrl, null)));
        partnerIds.add(p.partnerId());
        return p;
    }

    private io.restassured.response.Response report(RegisteredPartner partner, String hash, String url) {
        return given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("hash", hash, "url", url, "actionTaken", "REMOVED", "foundAt", "2026-11-28T10:00:00Z"))
                .when().post("/v1/partner/matches");
    }

    private void send(EventType type, String noticeId, Object data) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTICES, noticeId,
                new CloudEventCodec(mapper).write(CloudEvent.of(type, "takedown-service", noticeId, Instant.now(), data))))
                .awaitCompletion();
    }
}
