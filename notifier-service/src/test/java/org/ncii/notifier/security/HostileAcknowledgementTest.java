package org.ncii.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.testkit.hostile.HostileInput.JSON;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.hostile.HostileRun.Mutation;
import org.ncii.testkit.hostile.HostileRun.Request;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.hostile.Gen;
import org.ncii.testkit.hostile.HostileInput;
import org.ncii.testkit.hostile.HostileRun;

/**
 * 5,000 generated hostile acknowledgements of a partner's own notice, sent with the partner's valid API key so the
 * body is what is tested: each is refused with a 4xx problem+json and records nothing. Cases come from {@link Gen}
 * generators drawn with a fixed seed inside this {@code @QuarkusTest}.
 */
@QuarkusTest
class HostileAcknowledgementTest {
    @Inject
    PartnerService partners;

    @TestHTTPResource("/")
    URI base;

    TestDatabase db;

    private String partnerId;
    private String noticeId;

    @AfterEach
    void tearDown() {
        db.update("DELETE FROM acknowledgement WHERE notice_id = ?", noticeId);
        db.update("DELETE FROM notice WHERE notice_id = ?", noticeId);
        db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", partnerId);
        db.update("DELETE FROM partner_platform WHERE partner_id = ?", partnerId);
        db.update("DELETE FROM partner WHERE partner_id = ?", partnerId);
    }

    @Test
    void hostileAcknowledgementsAreRefusedAsProblemsAndRecordNothing() throws Throwable {
        RegisteredPartner partner = VertxContextSupport.subscribeAndAwait(
                () -> partners.register(new NewPartner("Hostile Ack Partner", List.of("TUMBLR"), null, null)));
        partnerId = partner.partnerId();
        noticeId = storedNotice(partnerId);
        long before = rows();

        HostileRun.Summary summary = new HostileRun(base).post(acknowledgements(noticeId, "Bearer " + partner.apiKey()));

        System.out.println("hostile acknowledgements: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(rows()).isEqualTo(before);
        assertThat(db.query("SELECT status FROM notice WHERE notice_id = ?", noticeId).get(0)).containsEntry("status", "DELIVERED");
    }

    private static Gen<Request> acknowledgements(String noticeId, String key) {
        Gen<String> path = Gen.frequency(
                Gen.weight(9, Gen.just(noticeId)),
                Gen.weight(1, HostileInput.text().map(HostileRun::segment)));
        Gen<ObjectNode> noisy = Gen.combine(HostileInput.text(), HostileInput.text(), Gen.strings(Gen.LETTERS, 1, 12),
                HostileInput.text(), (reason, reference, extra, value) -> JSON.createObjectNode().put("status", "REMOVED")
                        .put("reason", reason).put("reference", reference).put(extra, value));
        return Gen.combine(path, noisy, breakers(), HostileInput.damage(), Gen.doubles(0, 1),
                (p, body, breaker, damage, at) -> {
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/partner/notices/" + p + "/acknowledgements",
                            Map.of("Content-Type", "application/json", "Authorization", key),
                            HostileInput.bytes(body, damage, at));
                });
    }

    /** Each makes an acknowledgement invalid on its own, so whatever else a case carries, it must be refused. */
    private static Gen<Mutation> breakers() {
        Gen<String> notAnInstant = HostileInput.text()
                // Jackson reads a value that trims to nothing (control characters included) as absent.
                .filter(t -> !t.trim().isEmpty() && !t.trim().matches("[-+0-9.eE]+"));
        Gen<String> tooLong = Gen.strings("a<>{}$'\"\u0430", 2001, 6000);
        return Gen.oneOf(
                Gen.just(new Mutation("missing status", b -> b.remove("status"))),
                Gen.just(new Mutation("null status", b -> b.putNull("status"))),
                HostileInput.wrongType().map(v -> new Mutation("wrong type status", b -> b.set("status", v))),
                HostileInput.text().map(t -> new Mutation("hostile status", b -> b.put("status", t))),
                tooLong.map(t -> new Mutation("reason too long", b -> b.put("reason", t))),
                tooLong.map(t -> new Mutation("reference too long", b -> b.put("reference", t.substring(1800)))),
                notAnInstant.map(t -> new Mutation("hostile actionedAt", b -> b.put("actionedAt", t))),
                HostileInput.wrongType().map(v -> new Mutation("wrong type actionedAt", b -> b.set("actionedAt", v))));
    }

    private String storedNotice(String partner) {
        String id = "ntc_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = Instant.now();
        db.update("INSERT INTO notice (notice_id, case_ref, platform, partner_id, channel, status, payload, respond_by,"
                        + " created_at, updated_at) VALUES (?, ?, 'TUMBLR', ?, 'WEBHOOK', 'DELIVERED', ?, ?, ?, ?)",
                id, "TD-HOST-ILE1", partner, "{\"data\":{\"noticeId\":\"" + id + "\"}}",
                Timestamp.from(now.plusSeconds(48 * 3600)), Timestamp.from(now), Timestamp.from(now));
        return id;
    }

    /** What an acknowledgement could write: the acknowledgement, the notice's change and the event for takedown. */
    private long rows() {
        return db.count("SELECT (SELECT count(*) FROM acknowledgement) + (SELECT count(*) FROM outbox_event)");
    }
}
