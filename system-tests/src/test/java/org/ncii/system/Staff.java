package org.ncii.system;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A helpline caseworker using takedown-service's staff API with a bearer token. */
public final class Staff {
    private final String takedownUrl;
    private final String token;

    Staff(String takedownUrl, String token) {
        this.takedownUrl = takedownUrl;
        this.token = token;
    }

    private RequestSpecification request() {
        return given().baseUri(takedownUrl).auth().oauth2(token);
    }

    /** The case with its removal requests and timeline; null while takedown does not know the case yet. */
    public JsonPath caseView(String caseRef) {
        var response = request().get("/v1/cases/{caseRef}", caseRef);
        if (response.statusCode() == 404) {
            return null;
        }
        return response.then().statusCode(200).extract().jsonPath();
    }

    public JsonPath stats() {
        return request().get("/v1/stats").then().statusCode(200).extract().jsonPath();
    }
}
