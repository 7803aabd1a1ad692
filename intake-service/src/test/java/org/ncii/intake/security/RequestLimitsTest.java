package org.ncii.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** The HTTP limits in application.properties hold: a body past 256 KiB and a header past 16 KiB are refused unread. */
@QuarkusTest
class RequestLimitsTest {
    TestDatabase db;

    @Test
    void aReportPastTheBodyLimitIsRefusedWith413AndStoresNothing() {
        ObjectNode body = HostileInputBodies.validReport();
        body.put("signature", "x".repeat(300 * 1024));
        long before = db.count("SELECT count(*) FROM intake_case");

        given().contentType(ContentType.JSON).body(body.toString()).post("/v1/reports").then()
                .statusCode(413).contentType("application/problem+json");

        assertThat(db.count("SELECT count(*) FROM intake_case")).isEqualTo(before);
    }

    @Test
    void aHeaderPastTheHeaderLimitIsRefused() {
        given().header("X-Access-Code", "A".repeat(20 * 1024)).get("/v1/reports/TD-0000-0000").then().statusCode(431);
    }
}
