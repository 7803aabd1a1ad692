package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.events.DeliveryRoute;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.testkit.TestDatabase;

/**
 * Without a partner, a notice goes by e-mail to the platform's address (a real SMTP server on loopback) or, with no
 * address either, to a caseworker who files it through the platform's form; each says so on the acks topic.
 */
@QuarkusTest
class MailAndManualChannelTest {
    @Inject
    ObjectMapper mapper;

    @Inject
    PartnerService partners;

    KafkaCompanion kafka;
    TestDatabase db;
    GreenMail smtp;
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
    void platformWithOnlyAnAbuseAddressGetsTheNoticeByMail() throws Exception {
        String noticeId = DeliveryFixture.newNoticeId();
        String to = "abuse-" + noticeId + "@host.example";

        fx.request(DeliveryFixture.notice(noticeId, "HOSTING_PROVIDER", new DeliveryRoute(to, null, null)));

        JsonNode result = fx.awaitResult(noticeId, "DELIVERED", Duration.ofSeconds(20));
        assertThat(result.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(result.path("messageType").asText()).isEqualTo("removal_request.created");
        MimeMessage mail = await().atMost(Duration.ofSeconds(5)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(to)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Removal request under the TAKE IT DOWN Act");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("Dear platform, please remove").contains(noticeId);
        assertThat(fx.attempts((String) fx.deliveries(noticeId).get(0).get("delivery_id")))
                .singleElement().satisfies(a -> assertThat(a.get("endpoint")).isEqualTo("mailto:" + to));
        assertThat(fx.notice(noticeId)).containsEntry("status", "DELIVERED").containsEntry("channel", "EMAIL");
    }

    @Test
    void platformWithNeitherPartnerNorAddressIsLeftToACaseworker() {
        String noticeId = DeliveryFixture.newNoticeId();

        fx.request(DeliveryFixture.notice(noticeId, "HOSTING_PROVIDER",
                new DeliveryRoute(null, "https://host.example/report-abuse", null)));

        JsonNode result = fx.awaitResult(noticeId, "MANUAL_REQUIRED", Duration.ofSeconds(20));
        assertThat(result.path("channel").asText()).isEqualTo("MANUAL");
        assertThat(result.path("detail").asText()).contains("https://host.example/report-abuse");
        assertThat(fx.notice(noticeId)).containsEntry("status", "MANUAL").containsEntry("channel", "MANUAL");
        assertThat(fx.deliveries(noticeId)).isEmpty();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
