package org.ncii.notifier.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** After a rotation both secrets sign for 24 hours, then only the new one; time is moved with an injected clock. */
@QuarkusTest
class SigningSecretRotationTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    @Inject
    PartnerService service;

    @Inject
    PartnerDirectory directory;

    TestDatabase db;

    RegisteredPartners partners;

    @BeforeEach
    void setUp() {
        partners = new RegisteredPartners(service);
        at(T0);
    }

    @AfterEach
    void tearDown() {
        partners.removeAll(db);
    }

    @Test
    void bothSecretsSignForTwentyFourHoursAfterARotation() throws Throwable {
        RegisteredPartner partner = partners.register("Digital Playground", "http://127.0.0.1:9/hook", "DIGITAL_PLAYGROUND");

        at(T0.plus(Duration.ofHours(1)));
        String rotated = given().header("Authorization", StaffTokens.admin())
                .when().post("/v1/partners/" + partner.partnerId() + "/signing-secret/rotation")
                .then().statusCode(200).body("signingSecret", startsWith("whsec_"))
                .body("previousSecretsRetireAt", org.hamcrest.Matchers.equalTo("2026-11-29T10:00:00Z"))
                .extract().path("signingSecret");

        at(T0.plus(Duration.ofHours(24)));
        assertThat(signingSecrets(partner)).containsExactly(rotated, partner.signingSecret());

        at(T0.plus(Duration.ofHours(25)).plusSeconds(1));
        assertThat(signingSecrets(partner)).containsExactly(rotated);
    }

    @Test
    void aRotatedApiKeyReplacesTheOldOneAndARevokedOneLetsNothingIn() {
        RegisteredPartner partner = partners.register("Mofos", null, "MOFOS");
        given().header("Authorization", "Bearer " + partner.apiKey()).when().get("/v1/partner/notices").then().statusCode(200);

        String newKey = given().header("Authorization", StaffTokens.admin())
                .when().post("/v1/partners/" + partner.partnerId() + "/api-key/rotation")
                .then().statusCode(200).body("apiKey", startsWith("npk_")).extract().path("apiKey");
        given().header("Authorization", "Bearer " + partner.apiKey()).when().get("/v1/partner/notices").then().statusCode(401);
        given().header("Authorization", "Bearer " + newKey).when().get("/v1/partner/notices").then().statusCode(200);

        given().header("Authorization", StaffTokens.admin())
                .when().delete("/v1/partners/" + partner.partnerId() + "/api-key").then().statusCode(204);
        given().header("Authorization", "Bearer " + newKey).when().get("/v1/partner/notices").then().statusCode(401);
    }

    @Test
    void staffCanDisableAndReEnableTheWebhook() throws Throwable {
        RegisteredPartner partner = partners.register("Twistys", "http://localhost:9/hook", "TWISTYS");

        given().header("Authorization", StaffTokens.admin())
                .when().post("/v1/partners/" + partner.partnerId() + "/webhook/disable").then().statusCode(204);
        assertThat(endpoint(partner).webhookEnabled()).isFalse();

        given().header("Authorization", StaffTokens.admin())
                .when().post("/v1/partners/" + partner.partnerId() + "/webhook/enable").then().statusCode(204);
        assertThat(endpoint(partner).webhookEnabled()).isTrue();
    }

    private List<String> signingSecrets(RegisteredPartner partner) throws Throwable {
        return endpoint(partner).signingSecrets();
    }

    private PartnerEndpoint endpoint(RegisteredPartner partner) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> directory.byId(partner.partnerId())).orElseThrow();
    }

    private static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }
}
