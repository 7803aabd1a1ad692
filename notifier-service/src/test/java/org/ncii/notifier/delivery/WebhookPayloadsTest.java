package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.Requester;
import org.ncii.notifier.delivery.config.DeliveryConfig;
import org.ncii.notifier.delivery.service.WebhookPayloads;

/** Webhook bodies stay under 20 KB: a notice of 50 items fits, dropping PDQ variants when it must; beyond that, none. */
class WebhookPayloadsTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final WebhookPayloads payloads = new WebhookPayloads(mapper, config(20_000));

    @Test
    void fiftyItemsWithEveryPdqVariantAreTrimmedToTheOriginalHashes() throws Exception {
        String body = payloads.created(notice(50, 60, 8), Instant.now(), Instant.now().plus(Duration.ofHours(48))).orElseThrow();

        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        var items = mapper.readTree(body).path("data").path("items");
        assertThat(items).hasSize(50);
        assertThat(items.get(0).path("hashes")).hasSize(1);
        assertThat(items.get(0).path("hashes").get(0).has("variant")).isFalse();
    }

    @Test
    void aNoticeForContentReportedBeforeSaysSoInItsData() throws Exception {
        NoticeRequested usual = notice(1, 10, 0);
        NoticeRequested again = new NoticeRequested(usual.noticeId(), usual.caseRef(), usual.platform(), usual.legalBases(),
                usual.responseDeadlineHours(), usual.childProtection(), usual.items(), usual.declarations(), usual.requester(),
                usual.route(), usual.subject(), usual.letter(), usual.requestedAt(), true);

        assertThat(mapper.readTree(payloads.created(again, Instant.now(), Instant.now()).orElseThrow())
                .path("data").path("reportedBefore").asBoolean()).isTrue();
        assertThat(mapper.readTree(payloads.created(usual, Instant.now(), Instant.now()).orElseThrow())
                .path("data").path("reportedBefore").isBoolean()).as("always present, false here").isTrue();
        assertThat(mapper.readTree(payloads.created(usual, Instant.now(), Instant.now()).orElseThrow())
                .path("data").path("reportedBefore").asBoolean()).isFalse();
    }

    @Test
    void aNoticeThatCannotFitHasNoWebhookBody() {
        assertThat(payloads.created(notice(50, 600, 0), Instant.now(), Instant.now())).isEmpty();
    }

    private static NoticeRequested notice(int items, int urlLength, int variants) {
        List<NoticeItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            List<ContentHash> hashes = new ArrayList<>();
            hashes.add(new ContentHash(HashAlgorithm.PDQ, "0".repeat(64), 100, null));
            for (int v = 0; v < variants; v++) {
                hashes.add(new ContentHash(HashAlgorithm.PDQ, "1".repeat(64), 100, "ROTATE_" + v));
            }
            list.add(new NoticeItem("itm_" + i, "https://example.test/" + "p".repeat(urlLength) + i, null, hashes));
        }
        return new NoticeRequested("ntc_size", "TD-SIZE", "X", List.of("US_TAKE_IT_DOWN_ACT"), 48, false, list,
                new Declarations(true, true, true), new Requester("H", "Helpline", "h@h.example", null, "H", false),
                null, "subject", "letter", Instant.now());
    }

    private static DeliveryConfig config(int maxBytes) {
        return new DeliveryConfig() {
            @Override
            public String publicBaseUrl() {
                return "https://notifier.example";
            }

            @Override
            public int maxPayloadBytes() {
                return maxBytes;
            }

            @Override
            public Retry retry() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Worker worker() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Endpoint endpoint() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
