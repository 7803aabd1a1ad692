package org.ncii.notifier.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** Staff with {@code admin} register partners over HTTP; the secrets are shown once; bad input is a precise 4xx. */
@QuarkusTest
class PartnerAdminApiTest {
    TestDatabase db;

    private final RegisteredPartners partners = new RegisteredPartners(null);

    @AfterEach
    void tearDown() {
        partners.removeAll(db);
    }

    @Test
    void registrationShowsTheSecretsOnceAndNeverAgain() {
        Response created = register(Map.of("name", "Brazzers", "platforms", new String[] {"BRAZZERS"},
                "webhookUrl", "http://127.0.0.1:9/ncii", "email", "legal@partner.test"));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("apiKey", startsWith("npk_"))
                .body("signingSecret", startsWith("whsec_"));
        String partnerId = created.path("partnerId");
        partners.track(partnerId);

        String view = given().header("Authorization", StaffTokens.admin())
                .when().get("/v1/partners/" + partnerId)
                .then().statusCode(200)
                .body("platforms", hasItem("BRAZZERS"))
                .body("webhookEnabled", equalTo(true))
                .body("apiKeyActive", equalTo(true))
                .extract().asString();
        assertThat(view).doesNotContain((String) created.path("apiKey")).doesNotContain((String) created.path("signingSecret"))
                .doesNotContain("apiKeyHash").doesNotContain("ciphertext");
    }

    @Test
    void anUnknownPlatformIsA400NamingTheField() {
        register(Map.of("name", "Someone", "platforms", new String[] {"MOFOS", "MYSPACE"}))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("platforms[1]"));
        assertThat(db.count("SELECT count(*) FROM partner_platform WHERE platform = 'MOFOS'")).isZero();
    }

    @Test
    void noPartnerMayAnswerForEveryOtherHost() {
        register(Map.of("name", "Catch-all", "platforms", new String[] {"HOSTING_PROVIDER"}))
                .then().statusCode(400).body("violations[0].field", equalTo("platforms[0]"));
    }

    @Test
    void aMissingNameIsA400NamingTheField() {
        register(Map.of("platforms", new String[] {"MOFOS"}))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
    }

    @Test
    void aSecondPartnerForAPlatformIsRefusedWith409() {
        Response first = register(Map.of("name", "Reality Kings", "platforms", new String[] {"REALITY_KINGS"}));
        first.then().statusCode(201);
        partners.track(first.path("partnerId"));

        register(Map.of("name", "Impostor", "platforms", new String[] {"TWISTYS", "REALITY_KINGS"}))
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(db.count("SELECT count(*) FROM partner WHERE name = 'Impostor'")).isZero();
        assertThat(db.count("SELECT count(*) FROM partner_platform WHERE platform = 'TWISTYS'")).isZero();
    }

    @Test
    void aWebhookOnAPrivateAddressIsRefused() {
        register(Map.of("name", "Internal", "platforms", new String[] {"BABES"}, "webhookUrl", "http://10.0.0.7/hook"))
                .then().statusCode(400).body("violations[0].field", equalTo("webhookUrl"));
        register(Map.of("name", "Metadata", "platforms", new String[] {"BABES"},
                "webhookUrl", "http://169.254.169.254/latest/meta-data/"))
                .then().statusCode(400).body("violations[0].field", equalTo("webhookUrl"));
        assertThat(db.count("SELECT count(*) FROM partner_platform WHERE platform = 'BABES'")).isZero();
    }

    /** Decided: no token is 401, a valid staff token without group {@code admin} is 403, on every admin endpoint. */
    @Test
    void adminEndpointsAnswer401WithoutTokenAnd403ToStaff() {
        String[][] endpoints = {
                {"POST", "/v1/partners"}, {"GET", "/v1/partners/ptn_x"},
                {"POST", "/v1/partners/ptn_x/signing-secret/rotation"}, {"POST", "/v1/partners/ptn_x/api-key/rotation"},
                {"DELETE", "/v1/partners/ptn_x/api-key"}, {"POST", "/v1/partners/ptn_x/webhook/enable"},
                {"POST", "/v1/partners/ptn_x/webhook/disable"}};
        for (String[] e : endpoints) {
            given().contentType(ContentType.JSON).body("{}").when().request(e[0], e[1]).then().statusCode(401);
            given().contentType(ContentType.JSON).body("{}").header("Authorization", StaffTokens.staff())
                    .when().request(e[0], e[1]).then().statusCode(403);
            given().contentType(ContentType.JSON).body("{}").header("Authorization", "Bearer npk_0011223344556677_abc")
                    .when().request(e[0], e[1]).then().statusCode(401);
        }
    }

    private static Response register(Map<String, Object> body) {
        return given().header("Authorization", StaffTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/partners");
    }
}
