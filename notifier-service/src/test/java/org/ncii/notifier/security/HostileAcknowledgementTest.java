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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.notifier.partner.NewPartner;
import org.ncii.notifier.partner.PartnerService;
import org.ncii.notifier.partner.RegisteredPartner;
import org.ncii.testkit.hostile.HostileRun.Mutation;
import org.ncii.testkit.hostile.HostileRun.Request;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.hostile.HostileInput;
import org.ncii.testkit.hostile.HostileRun;

/**
 * 5,000 generated hostile acknowledgements of a partner's own notice, sent with the partner's valid API key so the
 * body is what is tested: each is refused with a 4xx problem+json and records nothing. Cases come from jqwik
 * generators drawn with a fixed seed inside this {@code @QuarkusTest}, because jqwik's engine does not start Quarkus.
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

    private static Arbitrary<Request> acknowledgements(String noticeId, String key) {
        Arbitrary<String> path = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(noticeId)),
                net.jqwik.api.Tuple.of(1, HostileInput.text().map(HostileRun::segment)));
        Arbitrary<ObjectNode> noisy = Combinators.combine(HostileInput.text(), HostileInput.text(),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), HostileInput.text())
                .as((reason, reference, extra, value) -> JSON.createObjectNode().put("status", "REMOVED")
                        .put("reason", reason).put("reference", reference).put(extra, value));
        return Combinators.combine(path, noisy, breakers(), HostileInput.damage(), Arbitraries.doubles().between(0, 1))
                .as((p, body, breaker, damage, at) -> {
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/partner/notices/" + p + "/acknowledgements",
                            Map.of("Content-Type", "application/json", "Authorization", key),
                            HostileInput.bytes(body, damage, at));
                });
    }

    /** Each makes an acknowledgement invalid on its own, so whatever else a case carries, it must be refused. */
    private static Arbitrary<Mutation> breakers() {
        Arbitrary<String> notAnInstant = HostileInput.text()
                // Jackson reads a value that trims to nothing (control characters included) as absent.
                .filter(t -> !t.trim().isEmpty() && !t.trim().matches("[-+0-9.eE]+"));
        Arbitrary<String> tooLong = Arbitraries.strings().withChars("a<>{}$'\"\u0430").ofMinLength(2001).ofMaxLength(6000);
        return Arbitraries.oneOf(
                Arbitraries.just(new Mutation("missing status", b -> b.remove("status"))),
                Arbitraries.just(new Mutation("null status", b -> b.putNull("status"))),
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
