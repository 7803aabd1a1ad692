package org.ncii.system;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A helpline administrator registering platform partners and reading their delivery log on notifier-service. */
public final class PartnerAdmin {
    private final String notifierUrl;
    private final String token;

    PartnerAdmin(String notifierUrl, String token) {
        this.notifierUrl = notifierUrl;
        this.token = token;
    }

    public Partner register(String name, List<String> platforms, String webhookUrl) {
        JsonPath registered = given().baseUri(notifierUrl).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "platforms", platforms, "webhookUrl", webhookUrl))
                .post("/v1/partners").then().statusCode(201).extract().jsonPath();
        return new Partner(notifierUrl, registered.getString("partnerId"), registered.getString("apiKey"),
                registered.getString("signingSecret"));
    }

    /** The partner's most recent messages (newest first), each with its attempt log. */
    public List<Map<String, Object>> deliveries(Partner partner) {
        return given().baseUri(notifierUrl).auth().oauth2(token).queryParam("size", 100)
                .get("/v1/partners/{id}/deliveries", partner.partnerId()).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The partner's message of {@code messageType} about {@code noticeId}, or null if there is none. */
    Map<String, Object> delivery(Partner partner, String noticeId, String messageType) {
        return deliveries(partner).stream()
                .filter(d -> noticeId.equals(d.get("noticeId")) && messageType.equals(d.get("messageType")))
                .findFirst().orElse(null);
    }
}
