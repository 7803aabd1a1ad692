package org.ncii.notifier.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** A partner sees and acknowledges only its own live notices; everything else looks like it does not exist. */
@QuarkusTest
class PartnerNoticeAccessTest {
    @Inject
    PartnerService service;

    TestDatabase db;

    private RegisteredPartners partners;
    private RegisteredPartner a;
    private RegisteredPartner b;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        partners = new RegisteredPartners(service);
        a = partners.register("Partner A", null, "ONLYFANS");
        b = partners.register("Partner B", null, "GOOGLE_SEARCH");
    }

    @AfterEach
    void tearDown() {
        notices.forEach(id -> StoredNotices.remove(db, id));
        partners.removeAll(db);
    }

    @Test
    void partnerACannotSeeOrAcknowledgePartnerBsNotices() {
        String ofA = notice(a, "ONLYFANS", "DELIVERED");
        String ofB = notice(b, "GOOGLE_SEARCH", "DELIVERED");

        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices").then()
                .statusCode(200).body("items.noticeId", hasItem(ofA)).body("items.noticeId", not(hasItem(ofB)));
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices?status=PENDING").then()
                .statusCode(200).body("items.noticeId", not(hasItem(ofB)));
        acknowledge(a, ofB, "RECEIVED").statusCode(404).contentType("application/problem+json");
        acknowledge(b, ofA, "RECEIVED").statusCode(404);

        assertThat(db.count("SELECT count(*) FROM acknowledgement WHERE notice_id IN (?, ?)", ofA, ofB)).isZero();
    }

    @Test
    void unknownAndWithdrawnNoticesAre404AndWithdrawnOnesAreNotListed() {
        String withdrawn = notice(a, "ONLYFANS", "WITHDRAWN");

        acknowledge(a, withdrawn, "RECEIVED").statusCode(404);
        acknowledge(a, "ntc_doesnotexist", "RECEIVED").statusCode(404);
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices").then()
                .statusCode(200).body("items.noticeId", not(hasItem(withdrawn)));
    }

    @Test
    void thePartnerApiAnswers401WithoutAValidKey() {
        String ofA = notice(a, "ONLYFANS", "DELIVERED");
        for (String authorization : new String[] {null, "Bearer ", "Bearer npk_0000000000000000_nope",
                "Bearer " + a.apiKey() + "x", "Basic " + a.apiKey(), StaffTokens.admin()}) {
            var request = given().contentType(ContentType.JSON);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.when().get("/v1/partner/notices").then().statusCode(401).contentType("application/problem+json");
            request.body(Map.of("status", "RECEIVED")).when().post("/v1/partner/notices/" + ofA + "/acknowledgements")
                    .then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        }
        // Authentication comes before the body is read: an anonymous bad body learns nothing either.
        given().contentType(ContentType.JSON).body("{not json").when()
                .post("/v1/partner/notices/" + ofA + "/acknowledgements").then().statusCode(401);
        assertThat(db.count("SELECT count(*) FROM acknowledgement WHERE notice_id = ?", ofA)).isZero();
    }

    @Test
    void pendingNoticesArePagedOldestFirstAndLeaveTheListOnceAcknowledged() {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        String first = notice(a, "ONLYFANS", "DELIVERED", t);
        String second = notice(a, "ONLYFANS", "PENDING", t.plusSeconds(60));
        String third = notice(a, "ONLYFANS", "MANUAL", t.plusSeconds(120));

        pending(0, 2).body("items.noticeId", contains(first, second)).body("total", equalTo(3))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].payload.type", equalTo("removal_request.created"))
                .body("items[0].payload.data.noticeId", equalTo(first));
        pending(1, 2).body("items.noticeId", contains(third));

        acknowledge(a, first, "RECEIVED").statusCode(202);
        pending(0, 10).body("items.noticeId", contains(second, third));
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices?status=RECEIVED")
                .then().statusCode(200).body("items.noticeId", contains(first)).body("items[0].status", equalTo("RECEIVED"));
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices?status=LOST")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices?size=1000")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", "Bearer " + a.apiKey()).when().get("/v1/partner/notices?page=first")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
    }

    private io.restassured.response.ValidatableResponse pending(int page, int size) {
        return given().header("Authorization", "Bearer " + a.apiKey())
                .when().get("/v1/partner/notices?status=PENDING&page=" + page + "&size=" + size).then().statusCode(200);
    }

    private String notice(RegisteredPartner partner, String platform, String status) {
        return notice(partner, platform, status, Instant.now());
    }

    private String notice(RegisteredPartner partner, String platform, String status, Instant at) {
        String id = StoredNotices.insert(db, partner.partnerId(), platform, status, at);
        notices.add(id);
        return id;
    }

    private io.restassured.response.ValidatableResponse acknowledge(RegisteredPartner partner, String noticeId, String status) {
        return given().header("Authorization", "Bearer " + partner.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("status", status)).when().post("/v1/partner/notices/" + noticeId + "/acknowledgements").then();
    }
}
