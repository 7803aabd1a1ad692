package org.ncii.notifier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/**
 * Every kind of answer the notifier gives (a registration carrying fresh secrets, a partner's notice list, a
 * refusal, a not-found, an unauthenticated caller) arrives with the security headers: secrets and case data are
 * never cached nor sniffed, and no active content runs.
 */
@QuarkusTest
class ResponseHeadersTest {
    TestDatabase db;

    private String partnerId;

    @AfterEach
    void tearDown() {
        db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", partnerId);
        db.update("DELETE FROM partner_platform WHERE partner_id = ?", partnerId);
        db.update("DELETE FROM partner WHERE partner_id = ?", partnerId);
    }

    @Test
    void everyAnswerCarriesNoStoreNosniffAndAContentSecurityPolicy() {
        String admin = "Bearer " + Jwt.upn("admin@helpline.test").groups("admin").sign();
        Map<String, Response> answers = new LinkedHashMap<>();
        Response registered = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"name\":\"Headers Partner\",\"platforms\":[\"TUMBLR\"]}").post("/v1/partners");
        partnerId = registered.path("partnerId");
        answers.put("201 registration with secrets", registered);
        answers.put("200 partner", given().header("Authorization", admin).get("/v1/partners/" + partnerId));
        answers.put("200 partner's notices", given().header("Authorization", "Bearer " + registered.path("apiKey"))
                .get("/v1/partner/notices"));
        answers.put("404 partner", given().header("Authorization", admin).get("/v1/partners/unknown"));
        answers.put("400 problem", given().header("Authorization", admin).contentType(ContentType.JSON).body("{}")
                .post("/v1/partners"));
        answers.put("401 partner without key", given().get("/v1/partner/notices"));
        answers.put("401 anonymous admin call", given().get("/v1/partners/" + partnerId));

        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(answers.get("200 partner's notices").statusCode()).isEqualTo(200);
        answers.forEach((answer, response) -> {
            assertThat(response.header("X-Content-Type-Options")).as(answer).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).as(answer).isEqualTo("no-store");
            assertThat(response.header("Content-Security-Policy")).as(answer).contains("default-src 'none'");
        });
    }
}
