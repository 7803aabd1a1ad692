package org.ncii.system;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** A platform partner answering notices through notifier-service's partner API with its API key. */
public record Partner(String notifierUrl, String partnerId, String apiKey, String signingSecret) {

    public void acknowledge(String noticeId, String status) {
        given().baseUri(notifierUrl).auth().oauth2(apiKey).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reference", "META-" + noticeId.substring(0, 8)))
                .post("/v1/partner/notices/{id}/acknowledgements", noticeId).then().statusCode(202);
    }
}
