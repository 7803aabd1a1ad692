package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.events.EventType;
import org.ncii.events.ReportWithdrawn;
import org.ncii.events.Topics;
import org.ncii.outbox.Outbox;
import org.ncii.outbox.OutboxEvent;

/** The service is wired to a real PostgreSQL and a real Kafka broker, and says so on its readiness endpoint. */
@QuarkusTest
class WiringTest {
    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    KafkaCompanion kafka;

    @Test
    void outboxRowIsStoredThroughHibernateReactiveAndPublishedAsCloudEvent() throws Throwable {
        String caseRef = "TD-WIRE-" + System.nanoTime();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        Instant at = Instant.parse("2026-11-28T10:00:00Z");

        OutboxEvent stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                        () -> outbox.add(EventType.REPORT_WITHDRAWN, "intake-service", caseRef, at, new ReportWithdrawn(caseRef, at)))
                .chain(row -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>findById(row.id))));
        assertThat(stored.messageKey).isEqualTo(caseRef);
        assertThat(stored.type).isEqualTo("report.withdrawn");

        await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream().anyMatch(r -> caseRef.equals(r.key())));
        records.stop();
        JsonNode event = records.getRecords().stream()
                .filter(r -> caseRef.equals(r.key()))
                .map(r -> readTree(r.value()))
                .findFirst().orElseThrow();
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("report.withdrawn");
        assertThat(event.path("data").path("caseRef").asText()).isEqualTo(caseRef);
    }

    @Test
    void readinessIsUpWithDatabaseAndOutbox() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox"));
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
