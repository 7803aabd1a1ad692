package org.ncii.intake;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.ncii.events.CaseStatusChanged;
import org.ncii.events.CloudEvent;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.EventType;
import org.ncii.events.ItemStatus;
import org.ncii.events.Topics;

/** Shared test steps: a valid report body, submitting it, and publishing status as takedown would. */
final class Reports {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final String NAME = "Zelda Quintessa Marlowe";
    static final String EMAIL = "zelda.marlowe@example.org";
    static final String PHONE = "+44 7700 900461";
    static final String DESCRIPTION = "Filmed in the summerhouse at Larkspur Lane";

    private Reports() {
    }

    /** A submission answer's essentials. */
    record Receipt(String caseRef, String accessCode) {
    }

    /** A valid report with two URLs, contact details and a description; tests change one thing at a time. */
    static ObjectNode valid() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode content = body.putArray("content");
        ObjectNode first = content.addObject()
                .put("url", "https://Videos.Example.com:443/watch?v=" + System.nanoTime() + "&utm_source=share#t=10")
                .put("description", DESCRIPTION);
        ArrayNode hashes = first.putArray("hashes");
        hashes.addObject().put("algorithm", "PDQ").put("value", "f".repeat(64));
        // The rotated or mirrored variant a victim's device sends beside the original, with its quality.
        hashes.addObject().put("algorithm", "PDQ").put("value", "0f".repeat(32)).put("quality", 90).put("variant", "FLIP_Y");
        content.addObject().put("url", "http://images.example.net/p/" + System.nanoTime());
        body.putObject("reporter").put("role", "VICTIM").put("name", NAME).put("email", EMAIL).put("phone", PHONE);
        body.putObject("subject").put("countryOfResidence", "GB").put("minor", false);
        body.putObject("declarations").put("notConsented", true).put("goodFaith", true).put("accurate", true);
        body.put("signature", NAME);
        return body;
    }

    static Response post(JsonNode body) {
        return given().contentType(ContentType.JSON).body(body.toString()).post("/v1/reports");
    }

    static Receipt submit(JsonNode body) {
        Response response = post(body);
        response.then().statusCode(202);
        return new Receipt(response.path("caseRef"), response.path("accessCode"));
    }

    static Receipt submit() {
        return submit(valid());
    }

    static Response status(String caseRef, String accessCode) {
        return given().header("X-Access-Code", accessCode).get("/v1/reports/{ref}", caseRef);
    }

    /** Publishes a case-status snapshot exactly as takedown does: a CloudEvent envelope keyed by case. */
    static String publishStatus(KafkaCompanion kafka, String caseRef, String caseStatus, long version, List<ItemStatus> items) {
        CloudEvent<CaseStatusChanged> event = CloudEvent.of(EventType.CASE_STATUS_CHANGED, "takedown-service", caseRef,
                Instant.now(), new CaseStatusChanged(caseRef, caseStatus, version, Instant.now(), items));
        String json = new CloudEventCodec(JSON).write(event);
        publish(kafka, caseRef, json);
        return json;
    }

    static void publish(KafkaCompanion kafka, String key, String envelope) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.CASE_STATUS, key, envelope)).awaitCompletion();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
