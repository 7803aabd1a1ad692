package org.ncii.takedown;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every staff endpoint needs a valid token with the staff group. */
@QuarkusTest
class StaffApiSecurityTest {
    @ParameterizedTest
    @ValueSource(strings = {"/v1/cases", "/v1/cases/TD-ANY", "/v1/stats", "/v1/platforms",
            "/v1/removal-requests/00000000-0000-0000-0000-000000000000"})
    void readingWithoutATokenIs401AndWithoutTheStaffGroupIs403(String path) {
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get(path).then().statusCode(401);
        given().auth().oauth2(StaffTokens.withGroups("victim@example.test", "partner")).when().get(path).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void actingNeedsTheStaffGroupToo() {
        String path = "/v1/removal-requests/" + UUID.randomUUID() + "/actions";
        given().contentType(ContentType.JSON).body("{\"action\":\"CLOSE\"}").when().post(path).then().statusCode(401);
        given().auth().oauth2(StaffTokens.withGroups("admin@helpline.test", "admin")).contentType(ContentType.JSON)
                .body("{\"action\":\"CLOSE\"}").when().post(path).then().statusCode(403);
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).contentType(ContentType.JSON)
                .body("{\"action\":\"CLOSE\"}").when().post(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void staffSeeTheRegistryOfPlatforms() {
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/platforms").then()
                .statusCode(200)
                .body("platforms.id", hasItems("FACEBOOK", "INSTAGRAM", "X", "REDDIT", "HOSTING_PROVIDER"))
                .body("version", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/cases?status=GONE").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/cases?size=1000").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).when().get("/v1/stats?from=yesterday").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
