package org.ncii.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.testkit.hostile.HostileInput.JSON;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ncii.testkit.hostile.HostileRun.Mutation;
import org.ncii.testkit.hostile.HostileRun.Request;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.hostile.Gen;
import org.ncii.testkit.hostile.HostileInput;
import org.ncii.testkit.hostile.HostileRun;

/**
 * 5,000 generated hostile requests per admin endpoint, sent with a valid admin token so the input is what is
 * tested: each is refused with a 4xx problem+json and leaves no partner, secret or delivery behind. Cases come from
 * {@link Gen} generators drawn with a fixed seed inside this {@code @QuarkusTest}.
 */
@QuarkusTest
class HostilePartnerAdminTest {
    /** A platform no other partner holds while this class runs, so a body that slipped through would answer 201. */
    private static final String FREE_PLATFORM = "TUMBLR";

    @TestHTTPResource("/")
    URI base;

    TestDatabase db;

    @Test
    void hostileRegistrationsAreRefusedAsProblemsAndRegisterNothing() {
        assertThat(db.count("SELECT count(*) FROM partner_platform WHERE platform = ?", FREE_PLATFORM)).isZero();
        long before = partnerRows();

        HostileRun.Summary summary = new HostileRun(base).post(registrations());

        System.out.println("hostile registrations: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(partnerRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /signing-secret/rotation", "POST, /api-key/rotation", "POST, /webhook/enable",
            "POST, /webhook/disable", "DELETE, /api-key"})
    void hostilePartnerIdsAreRefusedAsProblemsAndChangeNothing(String method, String action) {
        long before = partnerRows();
        // Ids with NUL included: PostgreSQL refuses the 0x00 byte, so the service must turn such an id away first.
        Gen<String> partnerId = Gen.oneOf(HostileInput.text(),
                HostileInput.text().map(t -> t + '\u0000'), Gen.just("\u0000"));
        Gen<Request> requests = Gen.combine(partnerId, HostileInput.text(),
                (id, body) -> new Request("partner id", method, "v1/partners/" + HostileRun.segment(id) + action,
                        Map.of("Authorization", admin(), "Content-Type", "application/json"),
                        body.getBytes(StandardCharsets.UTF_8)));

        HostileRun.Summary summary = new HostileRun(base).post(requests);

        System.out.println("hostile " + method + " " + action + ": " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(partnerRows()).isEqualTo(before);
    }

    @Test
    void hostileReplaysAreRefusedAsProblemsAndReplayNothing() {
        long before = partnerRows();
        long replayableBefore = replayable();
        Gen<String> notAnInstant = HostileInput.text()
                .filter(t -> !t.trim().isEmpty() && !t.trim().matches("[-+0-9.eE]+"));
        Gen<Mutation> breakers = Gen.oneOf(
                Gen.of("from", "to").map(f -> new Mutation("missing " + f, b -> b.remove(f))),
                Gen.of("from", "to").map(f -> new Mutation("null " + f, b -> b.putNull(f))),
                Gen.combine(Gen.of("from", "to"), HostileInput.wrongType(),
                        (f, v) -> new Mutation("wrong type " + f, b -> b.set(f, v))),
                Gen.combine(Gen.of("from", "to"), notAnInstant,
                        (f, t) -> new Mutation("hostile " + f, b -> b.put(f, t))));
        Gen<Request> requests = Gen.combine(breakers, HostileInput.damage(), Gen.doubles(0, 1),
                Gen.strings(Gen.LETTERS, 1, 10), HostileInput.text(),
                (breaker, damage, at, extra, value) -> {
                    ObjectNode body = JSON.createObjectNode().put("from", "2026-01-01T00:00:00Z")
                            .put("to", "2026-01-02T00:00:00Z").put(extra, value);
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/deliveries/replay",
                            Map.of("Authorization", admin(), "Content-Type", "application/json"),
                            HostileInput.bytes(body, damage, at));
                });

        HostileRun.Summary summary = new HostileRun(base).post(requests);

        System.out.println("hostile replays: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(partnerRows()).isEqualTo(before);
        assertThat(replayable()).as("deliveries still waiting for a replay").isGreaterThanOrEqualTo(replayableBefore);
    }

    private static Gen<Request> registrations() {
        Gen<ObjectNode> noisy = Gen.combine(HostileInput.text(), Gen.of("name", "email", "extra"),
                (text, field) -> {
                    ObjectNode body = JSON.createObjectNode().put("name", "Hostile Test Partner")
                            .put("webhookUrl", "https://127.0.0.1/hooks").put("email", "abuse@example.org");
                    body.putArray("platforms").add(FREE_PLATFORM);
                    body.put(field, text);
                    return body;
                });
        return Gen.combine(noisy, registrationBreakers(), HostileInput.damage(), Gen.doubles(0, 1),
                (body, breaker, damage, at) -> {
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/partners",
                            Map.of("Authorization", admin(), "Content-Type", "application/json"),
                            HostileInput.bytes(body, damage, at));
                });
    }

    /** Each makes a registration invalid on its own, so whatever else a case carries, it must be refused. */
    private static Gen<Mutation> registrationBreakers() {
        Gen<String> internalUrl = Gen.combine(Gen.of("https", "http"),
                Gen.of("169.254.169.254", "[fd00:ec2::254]", "10.0.0.1", "192.168.1.1", "100.64.0.1",
                        "0.0.0.0", "[fc00::1]", "172.16.0.1", "[::ffff:169.254.169.254]"),
                (scheme, host) -> scheme + "://" + host + "/latest/meta-data/");
        return Gen.oneOf(
                Gen.of("name", "platforms").map(f -> new Mutation("missing " + f, b -> b.remove(f))),
                Gen.of("name", "platforms").map(f -> new Mutation("null " + f, b -> b.putNull(f))),
                Gen.combine(Gen.of("name", "platforms", "webhookUrl", "email"), HostileInput.wrongType(),
                        (f, v) -> new Mutation("wrong type " + f, b -> b.set(f, v))),
                HostileInput.text().map(t -> new Mutation("hostile platform", b -> b.withArray("platforms").add(t))),
                HostileInput.refusedUrl().map(u -> new Mutation("refused webhook url", b -> b.put("webhookUrl", u))),
                internalUrl.map(u -> new Mutation("internal webhook url", b -> b.put("webhookUrl", u))),
                HostileInput.text().filter(t -> !t.contains("@"))
                        .map(t -> new Mutation("hostile email", b -> b.put("email", t.isEmpty() ? "x" : t))),
                Gen.of(" ", "\t", "\u2003").map(s -> new Mutation("blank name", b -> b.put("name", s))),
                Gen.strings("a<>{}$\u0430", 201, 3000)
                        .map(s -> new Mutation("name too long", b -> b.put("name", s))),
                Gen.just(new Mutation("no platforms", b -> b.putArray("platforms"))),
                Gen.integers(51, 200).map(n -> new Mutation(n + " platforms", b -> {
                    for (int i = 0; i < n; i++) {
                        b.withArray("platforms").add("X");
                    }
                })));
    }

    private static String admin;

    /** One admin token for the whole run: signing one per case would time the signer, not the service. */
    private static synchronized String admin() {
        if (admin == null) {
            admin = "Bearer " + Jwt.upn("admin@helpline.test").groups("admin").sign();
        }
        return admin;
    }

    /** Everything an admin request could write: partners, their platforms and secrets, deliveries and events. */
    /** Partner rows: a refused request adds, changes or removes none of them. */
    private long partnerRows() {
        return db.count("SELECT (SELECT count(*) FROM partner) + (SELECT count(*) FROM partner_platform) "
                + "+ (SELECT count(*) FROM partner_signing_secret)");
    }

    /**
     * Deliveries a replay would take back into PENDING. Only a replay lowers this count; background work of other
     * tests (a partner removed, retries running out) can only raise it.
     */
    private long replayable() {
        return db.count("SELECT count(*) FROM delivery WHERE status IN ('DEAD_LETTERED', 'ENDPOINT_DISABLED')");
    }
}
