package org.ncii.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer intake gives (a receipt with an access code, a case, a refusal, a not-found) arrives with
 * the security headers: case data must never be cached nor sniffed, and the API allows no active content.
 */
@QuarkusTest
class ResponseHeadersTest {
    @Test
    void everyAnswerCarriesNoStoreNosniffAndAContentSecurityPolicy() {
        Map<String, Response> answers = new LinkedHashMap<>();
        Response receipt = given().contentType(ContentType.JSON).body(HostileInputBodies.validReport().toString()).post("/v1/reports");
        answers.put("202 receipt", receipt);
        String caseRef = receipt.path("caseRef");
        answers.put("200 case", given().header("X-Access-Code", (String) receipt.path("accessCode")).get("/v1/reports/" + caseRef));
        answers.put("404 wrong code", given().header("X-Access-Code", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA").get("/v1/reports/" + caseRef));
        answers.put("404 unknown case", given().header("X-Access-Code", "x").get("/v1/reports/TD-0000-0000"));
        answers.put("400 problem", given().contentType(ContentType.JSON).body("{}").post("/v1/reports"));
        answers.put("415 problem", given().contentType(ContentType.TEXT).body("x").post("/v1/reports"));
        answers.put("202 withdrawal", given().header("X-Access-Code", (String) receipt.path("accessCode"))
                .post("/v1/reports/" + caseRef + "/withdrawal"));

        assertThat(answers.get("202 receipt").statusCode()).isEqualTo(202);
        assertThat(answers.get("200 case").statusCode()).isEqualTo(200);
        answers.forEach((answer, response) -> {
            assertThat(response.header("X-Content-Type-Options")).as(answer).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).as(answer).isEqualTo("no-store");
            assertThat(response.header("Content-Security-Policy")).as(answer).contains("default-src 'none'");
        });
    }
}
