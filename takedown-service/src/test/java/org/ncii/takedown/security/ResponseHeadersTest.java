package org.ncii.takedown.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ncii.takedown.StaffTokens;

/**
 * Every kind of answer the staff API gives (a case list, a refusal, a not-found, an unauthenticated or forbidden
 * caller) arrives with the security headers: case data is never cached nor sniffed, and no active content runs.
 */
@QuarkusTest
class ResponseHeadersTest {
    @Test
    void everyAnswerCarriesNoStoreNosniffAndAContentSecurityPolicy() {
        String staff = "Bearer " + StaffTokens.staff("caseworker@helpline.test");
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("200 cases", given().header("Authorization", staff).get("/v1/cases"));
        answers.put("404 request", given().header("Authorization", staff).get("/v1/removal-requests/" + UUID.randomUUID()));
        answers.put("400 problem", given().header("Authorization", staff).contentType(ContentType.JSON).body("{}")
                .post("/v1/removal-requests/" + UUID.randomUUID() + "/actions"));
        answers.put("401 anonymous", given().get("/v1/cases"));
        answers.put("403 other group", given().header("Authorization", "Bearer " + StaffTokens.withGroups("x@y.test", "partner"))
                .get("/v1/cases"));

        assertThat(answers.get("200 cases").statusCode()).isEqualTo(200);
        answers.forEach((answer, response) -> {
            assertThat(response.header("X-Content-Type-Options")).as(answer).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).as(answer).isEqualTo("no-store");
            assertThat(response.header("Content-Security-Policy")).as(answer).contains("default-src 'none'");
        });
    }
}
