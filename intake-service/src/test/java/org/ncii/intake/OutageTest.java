package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.devstack.KafkaBroker;
import org.ncii.events.Topics;
import org.ncii.testkit.TestDatabase;

/** Intake keeps accepting reports while Kafka is down and publishes each exactly once when it is back. */
@QuarkusTest
class OutageTest {
    KafkaCompanion kafka;
    KafkaBroker broker;
    TestDatabase db;

    @Test
    void reportsAcceptedDuringABrokerOutageArePublishedOncePerCaseAfterwards() {
        List<String> caseRefs = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 20; i++) {
                caseRefs.add(Reports.submit().caseRef());
            }
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            assertThat(db.count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND message_key = ANY (?)",
                    (Object) caseRefs.toArray(String[]::new))).isEqualTo(20);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> db.count(
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND message_key = ANY (?)",
                (Object) caseRefs.toArray(String[]::new)) == 0);
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Topics.REPORTS);
        await().atMost(Duration.ofSeconds(60)).until(() -> records.getRecords().stream()
                .filter(r -> caseRefs.contains(r.key())).map(r -> r.key()).distinct().count() == 20);
        records.stop();
        Map<String, Long> perCase = records.getRecords().stream()
                .filter(r -> caseRefs.contains(r.key()))
                .filter(r -> "report.submitted".equals(Reports.read(r.value()).path("type").asText()))
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
        assertThat(perCase).hasSize(20).allSatisfy((caseRef, count) -> assertThat(count).as(caseRef).isOne());
        assertThat(perCase.keySet()).containsExactlyInAnyOrderElementsOf(caseRefs.stream()
                .collect(Collectors.toMap(Function.identity(), r -> r)).keySet());
    }
}
