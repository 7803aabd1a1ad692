package org.ncii.takedown.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.testkit.hostile.HostileInput.JSON;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.takedown.StaffTokens;
import org.ncii.takedown.TestEvents;
import org.ncii.testkit.hostile.HostileRun.Mutation;
import org.ncii.testkit.hostile.HostileRun.Request;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.hostile.Gen;
import org.ncii.testkit.hostile.HostileInput;
import org.ncii.testkit.hostile.HostileRun;

/**
 * 5,000 generated hostile staff actions on a real removal request, sent with a valid staff token so the body is
 * what is tested: each is refused with a 4xx problem+json and changes nothing. Cases come from {@link Gen}
 * generators drawn with a fixed seed inside this {@code @QuarkusTest}.
 */
@QuarkusTest
class HostileActionTest {
    @Inject
    TestEvents events;

    @TestHTTPResource("/")
    URI base;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void hostileActionsAreRefusedAsProblemsAndChangeNothing() {
        String caseRef = TestEvents.caseRef("TD-HOSTILE");
        String id = events.openCase(kafka, db, caseRef, "GB", false, "https://www.facebook.com/photo/?fbid=7001").get(0);
        String status = TestEvents.status(db, id);
        long before = rows();

        HostileRun.Summary summary = new HostileRun(base).post(actions(id, "Bearer " + StaffTokens.staff("caseworker@helpline.test")));

        System.out.println("hostile staff actions: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(rows()).isEqualTo(before);
        assertThat(TestEvents.status(db, id)).isEqualTo(status);
    }

    private static Gen<Request> actions(String id, String bearer) {
        Gen<String> path = Gen.frequency(
                Gen.weight(9, Gen.just(id)),
                Gen.weight(1, HostileInput.text().map(HostileRun::segment)));
        Gen<ObjectNode> noisy = Gen.combine(HostileInput.text(), HostileInput.text(), Gen.strings(Gen.LETTERS, 1, 12),
                HostileInput.text(), (note, reference, extra, value) -> {
                    ObjectNode body = JSON.createObjectNode().put("action", "MARK_SUBMITTED").put("note", note)
                            .put("reference", reference);
                    body.put(extra, value);
                    return body;
                });
        return Gen.combine(path, noisy, breakers(), HostileInput.damage(), Gen.doubles(0, 1),
                (p, body, breaker, damage, at) -> {
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/removal-requests/" + p + "/actions",
                            Map.of("Content-Type", "application/json", "Authorization", bearer),
                            HostileInput.bytes(body, damage, at));
                });
    }

    /** Each makes an action invalid on its own, so whatever else a case carries, it must be refused. */
    private static Gen<Mutation> breakers() {
        Gen<String> tooLong = Gen.strings("a<>{}$'\"\u0430", 2001, 6000);
        return Gen.oneOf(
                Gen.just(new Mutation("missing action", b -> b.remove("action"))),
                Gen.just(new Mutation("null action", b -> b.putNull("action"))),
                HostileInput.wrongType().map(v -> new Mutation("wrong type action", b -> b.set("action", v))),
                HostileInput.text().map(t -> new Mutation("hostile action", b -> b.put("action", t))),
                tooLong.map(t -> new Mutation("note too long", b -> b.put("note", t))),
                tooLong.map(t -> new Mutation("reference too long", b -> b.put("reference", t.substring(1745)))),
                HostileInput.wrongType().map(v -> new Mutation("wrong type note", b -> b.set("note", v))));
    }

    /** Everything a staff action could write: the request, its timeline, outgoing events, cases. */
    private long rows() {
        return db.count("SELECT (SELECT count(*) FROM takedown_case) + (SELECT count(*) FROM removal_request) "
                + "+ (SELECT count(*) FROM timeline_entry) + (SELECT count(*) FROM outbox_event)");
    }
}
