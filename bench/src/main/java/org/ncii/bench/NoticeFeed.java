package org.ncii.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeRequested;
import org.ncii.events.Requester;

/**
 * Puts removal requests on {@code takedown.notices.v1} exactly as takedown-service publishes them (CloudEvents
 * written with the platform's codec, keyed by notice id), so the delivery scenarios can queue thousands of notices
 * for the Meta partner in seconds.
 */
final class NoticeFeed {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private NoticeFeed() {
    }

    static void publish(String bootstrap, String prefix, int count) throws Exception {
        CloudEventCodec codec = new CloudEventCodec(JSON);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262144);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String noticeId = String.format("%s-%07d", prefix, i);
                NoticeRequested notice = notice(noticeId, i);
                CloudEvent<NoticeRequested> event = CloudEvent.of(EventType.NOTICE_REQUESTED, "takedown-service", noticeId,
                        notice.requestedAt(), notice);
                ProducerRecord<String, String> record = new ProducerRecord<>(EventType.NOTICE_REQUESTED.topic(), noticeId, codec.write(event));
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes());
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static NoticeRequested notice(String noticeId, int i) {
        String url = "https://www.facebook.com/photo/?fbid=" + (7_000_000_000L + i);
        return new NoticeRequested(noticeId, "TD-BNCH-" + String.format("%04d", i % 10000), "FACEBOOK",
                List.of("US_TAKE_IT_DOWN_ACT", "EU_DSA_ART_16"), 48, false,
                List.of(new NoticeItem(noticeId + "-item", url, null, List.of())),
                new Declarations(true, true, true),
                new Requester("Revenge Porn Helpline", "Revenge Porn Helpline", "help@helpline.example", null, "Sam Caseworker", false),
                null, "Removal request under the TAKE IT DOWN Act", "Please remove the content at " + url + ".", Instant.now());
    }
}
