package org.ncii.notifier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** A registered partner is found by its platforms with its signing secret, and the database holds no secret. */
@QuarkusTest
class PartnerRegistrationTest {
    @Inject
    PartnerService service;

    @Inject
    PartnerDirectory directory;

    TestDatabase db;

    RegisteredPartners partners;

    @BeforeEach
    void setUp() {
        partners = new RegisteredPartners(service);
    }

    @AfterEach
    void tearDown() {
        partners.removeAll(db);
    }

    @Test
    void registeredPartnerAnswersForEachOfItsPlatformsWithItsSigningSecret() throws Throwable {
        RegisteredPartner aylo = partners.register("Aylo", "https://127.0.0.1:9/hooks", "YOUPORN", "REDTUBE");

        assertThat(aylo.signingSecret()).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(aylo.signingSecret().substring(6))).hasSize(32);
        for (String platform : List.of("YOUPORN", "REDTUBE")) {
            Optional<PartnerEndpoint> endpoint = VertxContextSupport.subscribeAndAwait(() -> directory.forPlatform(platform));
            assertThat(endpoint).get().satisfies(e -> {
                assertThat(e.partnerId()).isEqualTo(aylo.partnerId());
                assertThat(e.webhookUrl()).isEqualTo("https://127.0.0.1:9/hooks");
                assertThat(e.webhookEnabled()).isTrue();
                assertThat(e.signingSecrets()).containsExactly(aylo.signingSecret());
            });
        }
        assertThat(VertxContextSupport.subscribeAndAwait(() -> directory.forPlatform("TUBE8"))).isEmpty();
    }

    @Test
    void onlyTheApiKeyHashAndTheEncryptedSigningSecretAreStored() {
        RegisteredPartner partner = partners.register("Tube8", null, "TUBE8");

        Map<String, Object> row = db.query("SELECT * FROM partner WHERE partner_id = ?", partner.partnerId()).get(0);
        List<Map<String, Object>> secrets = db.query("SELECT * FROM partner_signing_secret WHERE partner_id = ?", partner.partnerId());
        String everything = row.toString() + secrets;
        assertThat(everything).doesNotContain(partner.apiKey()).doesNotContain(partner.signingSecret())
                .doesNotContain(partner.signingSecret().substring(6))
                // npk_<keyId>_<secret>: the secret itself may contain '_', so split on the first two only.
                .doesNotContain(partner.apiKey().split("_", 3)[2]);
        assertThat((String) row.get("api_key_hash")).hasSize(64).isEqualTo(sha256(partner.apiKey()));
        assertThat(secrets).singleElement().satisfies(s -> assertThat(s.get("key_id")).isEqualTo("test-1"));
    }

    @Test
    void twoRegistrationsRacingForOnePlatformLeaveOnePartnerAndA409() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> outcomes = pool.invokeAll(List.of(race("Racer 1"), race("Racer 2")));
            List<Object> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            results.stream().filter(RegisteredPartner.class::isInstance)
                    .forEach(r -> partners.track(((RegisteredPartner) r).partnerId()));
            assertThat(results).filteredOn(RegisteredPartner.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(org.ncii.http.ProblemException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((org.ncii.http.ProblemException) e).problem().status()).isEqualTo(409));
            assertThat(db.count("SELECT count(*) FROM partner WHERE name LIKE 'Racer %'")).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    private java.util.concurrent.Callable<Object> race(String name) {
        return () -> {
            try {
                return VertxContextSupport.subscribeAndAwait(() -> service.register(new NewPartner(name, List.of("X"), null, null)));
            } catch (Throwable e) {
                return e;
            }
        };
    }

    @Test
    void disablingTheWebhookShowsInTheDirectory() throws Throwable {
        RegisteredPartner partner = partners.register("Thumbzilla", "http://localhost:9/hook", "THUMBZILLA");

        VertxContextSupport.subscribeAndAwait(() -> directory.disableWebhook(partner.partnerId(), "410 Gone"));

        PartnerEndpoint endpoint = VertxContextSupport.subscribeAndAwait(() -> directory.byId(partner.partnerId())).orElseThrow();
        assertThat(endpoint.webhookEnabled()).isFalse();
        assertThat(db.query("SELECT webhook_disabled_reason FROM partner WHERE partner_id = ?", partner.partnerId()).get(0))
                .containsEntry("webhook_disabled_reason", "410 Gone");
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
