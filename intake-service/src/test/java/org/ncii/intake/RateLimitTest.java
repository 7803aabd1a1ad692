package org.ncii.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** Submissions per client address are capped; the rest of the suite runs with the cap raised. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {
    TestDatabase db;

    /** Three submissions a minute, so the limit is reached quickly. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate-limit.submissions", "3");
        }
    }

    @Test
    void submissionsOverTheLimitAreRefusedWithRetryAfter() {
        db.update("DELETE FROM attempt_counter WHERE counter_key LIKE 'submit:%'");
        for (int i = 0; i < 3; i++) {
            Reports.submit();
        }
        long cases = db.count("SELECT count(*) FROM intake_case");

        Response refused = Reports.post(Reports.valid());

        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(db.count("SELECT count(*) FROM intake_case")).isEqualTo(cases);
        assertThat(db.count("SELECT count(*) FROM attempt_counter WHERE counter_key LIKE 'submit:%' "
                + "AND counter_key NOT LIKE '%127.0.0.1%'")).isOne();
    }
}
