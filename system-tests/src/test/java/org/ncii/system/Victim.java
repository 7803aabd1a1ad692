package org.ncii.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** A victim (or a helpline on their behalf) using intake-service's public API, and nothing else. */
public final class Victim {
    private final String intakeUrl;

    Victim(String intakeUrl) {
        this.intakeUrl = intakeUrl;
    }

    /** A case reference and the access code shown once. */
    public record Case(String caseRef, String accessCode) {
    }

    public Response submit(String body) {
        return given().baseUri(intakeUrl).contentType(ContentType.JSON).body(body).post("/v1/reports");
    }

    public Case report(String... urls) {
        Response response = submit(Reports.withUrls(urls));
        response.then().statusCode(202);
        return new Case(response.path("caseRef"), response.path("accessCode"));
    }

    public JsonPath status(Case c) {
        return given().baseUri(intakeUrl).header("X-Access-Code", c.accessCode())
                .get("/v1/reports/{caseRef}", c.caseRef()).then().statusCode(200).extract().jsonPath();
    }

    /** The status of the item whose URL contains {@code token} (as intake normalised it). */
    public String itemStatus(Case c, String token) {
        return status(c).getString("items.find { it.url.contains('" + token + "') }.status");
    }

    /** The platform the item whose URL contains {@code token} was routed to; null until takedown routed it. */
    String itemPlatform(Case c, String token) {
        return status(c).getString("items.find { it.url.contains('" + token + "') }.platform");
    }

    public void withdraw(Case c) {
        given().baseUri(intakeUrl).header("X-Access-Code", c.accessCode())
                .post("/v1/reports/{caseRef}/withdrawal", c.caseRef()).then().statusCode(202);
    }
}
