package org.ncii.takedown;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.ncii.events.AcknowledgementReceived;
import org.ncii.events.AcknowledgementStatus;
import org.ncii.events.DeliveryChannel;
import org.ncii.events.DeliveryOutcome;
import org.ncii.events.DeliveryResult;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.Declarations;
import org.ncii.events.EventType;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.testkit.TestDatabase;

/** Writes events onto the real topics as the other services would, and reads what takedown publishes. */
@ApplicationScoped
public class TestEvents {
    private final ObjectMapper mapper;
    private final CloudEventCodec codec;

    public TestEvents(ObjectMapper mapper) {
        this.mapper = mapper;
        this.codec = new CloudEventCodec(mapper);
    }

    /** A report as intake publishes it: one item per URL, all declarations made. */
    public static ReportSubmitted report(String caseRef, String country, boolean minor, String... urls) {
        List<ReportedItem> items = new ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            items.add(new ReportedItem("item-" + (i + 1), urls[i], List.of()));
        }
        return new ReportSubmitted(caseRef, Instant.now(), ReporterRole.HELPLINE, country, minor, false,
                new Declarations(true, true, true), items, null);
    }

    public static String caseRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Sends a new event and returns its envelope, to send again as a duplicate. */
    public String send(KafkaCompanion kafka, EventType type, String key, Object data) {
        String envelope = codec.write(CloudEvent.of(type, "test", key, Instant.now(), data));
        resend(kafka, type, key, envelope);
        return envelope;
    }

    public void resend(KafkaCompanion kafka, EventType type, String key, String envelope) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(type.topic(), key, envelope)).awaitCompletion();
    }

    /** Opens a case through the reports topic and returns its requests' ids once they are stored. */
    public List<String> openCase(KafkaCompanion kafka, TestDatabase db, String caseRef, String country, boolean minor,
                                 String... urls) {
        send(kafka, EventType.REPORT_SUBMITTED, caseRef, report(caseRef, country, minor, urls));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("SELECT count(*) FROM takedown_case WHERE case_ref = ? AND submitted", caseRef) == 1);
        return db.query("SELECT id::text AS id FROM removal_request WHERE case_ref = ? ORDER BY platform", caseRef)
                .stream().map(r -> (String) r.get("id")).toList();
    }

    /** The notifier's delivery result for a notice (the notice itself, not a reminder). */
    public String deliver(KafkaCompanion kafka, String noticeId, String caseRef, DeliveryOutcome outcome, Instant at) {
        return send(kafka, EventType.DELIVERY_RESULT, noticeId, new DeliveryResult(noticeId, caseRef, "FACEBOOK",
                "removal_request.created", outcome == DeliveryOutcome.MANUAL_REQUIRED ? DeliveryChannel.MANUAL
                : DeliveryChannel.WEBHOOK, outcome, 1, at, null));
    }

    /** A partner's acknowledgement, as the notifier forwards it. */
    public String acknowledge(KafkaCompanion kafka, String noticeId, String caseRef, AcknowledgementStatus status,
                              String reason) {
        return send(kafka, EventType.ACKNOWLEDGEMENT_RECEIVED, noticeId, acknowledgement(noticeId, caseRef, status, reason));
    }

    public static AcknowledgementReceived acknowledgement(String noticeId, String caseRef, AcknowledgementStatus status,
                                                          String reason) {
        return new AcknowledgementReceived(UUID.randomUUID().toString(), noticeId, caseRef, "FACEBOOK", "partner-meta",
                status, reason, "META-REF-1", null, Instant.now());
    }

    public static String status(TestDatabase db, String requestId) {
        return (String) db.query("SELECT status FROM removal_request WHERE id = ?::uuid", requestId).get(0).get("status");
    }

    public static void awaitStatus(TestDatabase db, String requestId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(status(db, requestId)));
    }

    /** Events of one type that takedown put in its outbox for one key, oldest first. */
    public List<JsonNode> outbox(TestDatabase db, String type, String key) {
        return db.query("SELECT envelope FROM outbox_event WHERE type = ? AND message_key = ? ORDER BY id", type, key)
                .stream().map(r -> json((String) r.get("envelope"))).toList();
    }

    public JsonNode json(String value) {
        try {
            return mapper.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A timestamp column as an Instant, whatever the JDBC driver returned. */
    public static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }
}
