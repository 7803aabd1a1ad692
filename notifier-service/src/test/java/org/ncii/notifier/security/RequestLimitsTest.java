package org.ncii.notifier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** The HTTP limits in application.properties hold: a body past 64 KiB is refused unread with a
 * problem+json 413 (platform-http's BodySizeGuard), a header past 16 KiB with Vert.x's own 431. */
@QuarkusTest
class RequestLimitsTest {
    TestDatabase db;

    @Test
    void aBodyPastTheLimitIsRefusedWith413AndStoresNothing() {
        long before = db.count("SELECT count(*) FROM partner");

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + io.smallrye.jwt.build.Jwt.upn("admin@helpline.test").groups("admin").sign())
                .body("{\"note\":\"" + "x".repeat(80 * 1024) + "\"}")
                .post("/v1/partners").then()
                .statusCode(413).contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(413));

        assertThat(db.count("SELECT count(*) FROM partner")).isEqualTo(before);
    }

    @Test
    void aHeaderPastTheHeaderLimitIsRefused() {
        given().header("X-Padding", "A".repeat(20 * 1024)).get("/v1/partners/unknown").then().statusCode(431);
    }
}
