package org.ncii.intake.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.ncii.events.CaseStatusChanged;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.EventType;
import org.ncii.events.FoundAgain;
import org.ncii.events.ItemStatus;
import org.ncii.events.Topics;

/** Publishes a case-status snapshot exactly as takedown-service does, so the status page has progress to show. */
final class TakedownStatus {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private TakedownStatus() {
    }

    static void publish(KafkaCompanion kafka, String caseRef, String caseStatus, long version, List<ItemStatus> items) {
        publish(kafka, caseRef, caseStatus, version, items, List.of());
    }

    /** A snapshot listing copies partners found again. */
    static void publish(KafkaCompanion kafka, String caseRef, String caseStatus, long version, List<ItemStatus> items,
                        List<FoundAgain> foundAgain) {
        CloudEvent<CaseStatusChanged> event = CloudEvent.of(EventType.CASE_STATUS_CHANGED, "takedown-service", caseRef,
                Instant.now(), new CaseStatusChanged(caseRef, caseStatus, version, Instant.now(), items, foundAgain));
        publishEnvelope(kafka, caseRef, new CloudEventCodec(JSON).write(event));
    }

    /** A snapshot as takedown wrote it before snapshots had {@code foundAgain}: the field is absent. */
    static void publishWithoutFoundAgain(KafkaCompanion kafka, String caseRef, String caseStatus, long version,
                                         List<ItemStatus> items) {
        CloudEvent<CaseStatusChanged> event = CloudEvent.of(EventType.CASE_STATUS_CHANGED, "takedown-service", caseRef,
                Instant.now(), new CaseStatusChanged(caseRef, caseStatus, version, Instant.now(), items));
        ObjectNode envelope = JSON.valueToTree(event);
        ((ObjectNode) envelope.get("data")).remove("foundAgain");
        publishEnvelope(kafka, caseRef, envelope.toString());
    }

    private static void publishEnvelope(KafkaCompanion kafka, String caseRef, String envelope) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.CASE_STATUS, caseRef, envelope)).awaitCompletion();
    }
}
