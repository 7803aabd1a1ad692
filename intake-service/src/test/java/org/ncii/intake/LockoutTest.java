package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** Ten wrong access codes lock one case (not the caller) for fifteen minutes, across instances via the database. */
@QuarkusTest
class LockoutTest {
    private static final String WRONG = "2222-3333-4444-5555-6666-7777-88";

    TestDatabase db;

    @Test
    void tenWrongCodesLockTheCaseEvenForTheRightCode() {
        Reports.Receipt target = Reports.submit();
        Reports.Receipt other = Reports.submit();

        for (int i = 0; i < 10; i++) {
            Reports.status(target.caseRef(), WRONG).then().statusCode(404);
        }

        Response locked = Reports.status(target.caseRef(), target.accessCode());
        locked.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L + 1);
        given().header("X-Access-Code", target.accessCode())
                .post("/v1/reports/{ref}/withdrawal", target.caseRef()).then().statusCode(429);
        Reports.status(other.caseRef(), other.accessCode()).then().statusCode(200);
    }

    @Test
    void lockEndsAfterItsTime() {
        Reports.Receipt target = Reports.submit();
        for (int i = 0; i < 10; i++) {
            Reports.status(target.caseRef(), WRONG).then().statusCode(404);
        }
        Reports.status(target.caseRef(), target.accessCode()).then().statusCode(429);

        // Fifteen minutes pass for the stored lock.
        db.update("UPDATE attempt_counter SET blocked_until = now() - interval '1 second', "
                + "window_start = now() - interval '16 minutes' WHERE counter_key = ?", "case:" + target.caseRef());

        Reports.status(target.caseRef(), target.accessCode()).then().statusCode(200);
    }

    @Test
    void fewerThanTenWrongCodesDoNotLock() {
        Reports.Receipt target = Reports.submit();
        for (int i = 0; i < 9; i++) {
            Reports.status(target.caseRef(), WRONG).then().statusCode(404);
        }
        Reports.status(target.caseRef(), target.accessCode()).then().statusCode(200);
    }
}
