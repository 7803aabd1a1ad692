package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** An Idempotency-Key makes a retried submission return the same case instead of creating another. */
@QuarkusTest
class IdempotencyTest {
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(6);

    TestDatabase db;

    @Test
    void sameKeyAndBodyReturnTheSameCaseWithoutANewCode() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = Reports.valid();

        Response first = post(key, body);
        first.then().statusCode(202).body("accessCode", notNullValue());
        Response again = post(key, Reports.read(body.toString()));

        again.then().statusCode(202)
                .body("caseRef", equalTo(first.path("caseRef")))
                .body("accessCode", nullValue())
                .body("note", notNullValue());
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE message_key = ?", (String) first.path("caseRef"))).isOne();
        Reports.status(first.path("caseRef"), first.path("accessCode")).then().statusCode(200);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        post(key, Reports.valid()).then().statusCode(202);
        long cases = db.count("SELECT count(*) FROM intake_case");

        post(key, Reports.valid()).then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));

        assertThat(db.count("SELECT count(*) FROM intake_case")).isEqualTo(cases);
    }

    @Test
    void keyOlderThan24HoursStartsANewCase() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = Reports.valid();
        String firstRef = post(key, body).then().statusCode(202).extract().path("caseRef");
        db.update("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?", key);

        Response later = post(key, body);

        later.then().statusCode(202).body("accessCode", notNullValue());
        assertThat((String) later.path("caseRef")).isNotEqualTo(firstRef);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneCase() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = Reports.valid();

        List<Response> answers = IntStream.range(0, 6).parallel()
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(key, body), POOL))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(202));
        assertThat(answers.stream().map(r -> (String) r.path("caseRef")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(r -> r.path("accessCode") != null)).hasSize(1);
    }

    private static Response post(String key, com.fasterxml.jackson.databind.JsonNode body) {
        return given().contentType("application/json").header("Idempotency-Key", key).body(body.toString()).post("/v1/reports");
    }
}
