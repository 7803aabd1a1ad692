package org.ncii.notifier.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.TestDatabase;

/** Admins list a partner's deliveries with every attempt, and replay what was dead-lettered once the partner is back. */
@QuarkusTest
class DeliveryAdminTest {
    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    KafkaCompanion kafka;
    TestDatabase db;
    DeliveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DeliveryFixture(kafka, db, mapper, partners);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void deadLetteredDeliveriesOfATimeRangeAreListedAndReplayed() {
        PartnerReceiver receiver = new PartnerReceiver();
        RegisteredPartner partner = fx.register(new NewPartner("Tumblr", List.of("TUMBLR"), receiver.url(), null));
        receiver.trust(partner.signingSecret());
        receiver.answer(r -> PartnerReceiver.Reply.status(500));
        Instant from = Instant.now().minusSeconds(1);
        String noticeId = DeliveryFixture.newNoticeId();
        fx.request(DeliveryFixture.notice(noticeId, "TUMBLR", null));
        fx.awaitResult(noticeId, "DEAD_LETTERED", Duration.ofSeconds(30));

        given().header("Authorization", admin()).when().get("/v1/partners/{id}/deliveries", partner.partnerId())
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].noticeId", equalTo(noticeId))
                .body("[0].status", equalTo("DEAD_LETTERED"))
                .body("[0].attemptLog.size()", equalTo(5))
                .body("[0].attemptLog.statusCode", hasItem(500))
                .body("[0].attemptLog[0].endpoint", equalTo(receiver.url()));

        receiver.answer(r -> PartnerReceiver.Reply.status(200));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("from", from.toString(), "to", Instant.now().plusSeconds(1).toString()))
                .when().post("/v1/deliveries/replay")
                .then().statusCode(202).body("replayed", equalTo(1));

        fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.verifiedCount() == 6);
        assertThat(receiver.verified().stream().map(PartnerReceiver.Received::webhookId).distinct()).hasSize(1);
        assertThat(fx.notice(noticeId)).containsEntry("status", "DELIVERED");
        receiver.close();
    }

    @Test
    void onlyAdminsMayListOrReplayAndBadInputIsAProblem() {
        given().when().get("/v1/partners/ptn_x/deliveries").then().statusCode(401);
        given().header("Authorization", "Bearer " + Jwt.upn("caseworker@helpline.test").groups("staff").sign())
                .when().get("/v1/partners/ptn_x/deliveries").then().statusCode(403);
        given().header("Authorization", admin()).when().get("/v1/partners/ptn_unknown/deliveries").then().statusCode(404);
        Instant now = Instant.now();
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("from", now.toString(), "to", now.minusSeconds(60).toString()))
                .when().post("/v1/deliveries/replay")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("to"));
    }

    private static String admin() {
        return "Bearer " + Jwt.upn("admin@helpline.test").groups("admin").sign();
    }
}
