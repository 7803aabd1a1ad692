package org.ncii.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.testkit.hostile.HostileInput.JSON;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.hostile.HostileRun.Mutation;
import org.ncii.testkit.hostile.HostileRun.Request;
import org.ncii.testkit.TestDatabase;
import org.ncii.testkit.hostile.Gen;
import org.ncii.testkit.hostile.HostileInput;
import org.ncii.testkit.hostile.HostileRun;

/**
 * 5,000 generated hostile reports and withdrawals: each is refused with a 4xx problem+json and stores nothing.
 * The cases come from {@link Gen} generators drawn with a fixed seed inside this {@code @QuarkusTest}.
 */
@QuarkusTest
class HostileReportTest {
    private static final List<String> REQUIRED = List.of("/content", "/reporter", "/subject", "/declarations",
            "/signature", "/content/0/url", "/reporter/role", "/subject/countryOfResidence", "/subject/minor",
            "/declarations/notConsented", "/declarations/goodFaith", "/declarations/accurate");
    private static final List<String> FREE_TEXT = List.of("/content/0/description", "/reporter/name",
            "/reporter/phone", "/content/1/url", "/content/0/hashes/0/value");

    @TestHTTPResource("/")
    URI base;

    TestDatabase db;

    @Test
    void hostileReportsAreRefusedAsProblemsAndStoreNothing() {
        long before = caseRows();

        HostileRun.Summary summary = new HostileRun(base).post(reports());

        System.out.println("hostile reports: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(caseRows()).isEqualTo(before);
    }

    @Test
    void hostileWithdrawalsAreRefusedAsProblemsAndWithdrawNothing() {
        long before = caseRows();
        long withdrawn = db.count("SELECT count(*) FROM intake_case WHERE withdrawn_at IS NOT NULL");

        HostileRun.Summary summary = new HostileRun(base).post(withdrawals());

        System.out.println("hostile withdrawals: " + summary);
        assertThat(summary.failures()).isEmpty();
        assertThat(caseRows()).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE withdrawn_at IS NOT NULL")).isEqualTo(withdrawn);
    }

    private Gen<Request> reports() {
        Gen<ObjectNode> noisy = Gen.combine(Gen.of(FREE_TEXT).list(3), HostileInput.text().list(3, 3),
                (fields, texts) -> {
                    ObjectNode body = HostileInputBodies.validReport();
                    for (int i = 0; i < fields.size(); i++) {
                        HostileRun.set(body, fields.get(i), JSON.getNodeFactory().textNode(texts.get(i)));
                    }
                    return body;
                });
        return Gen.combine(noisy, breakers(), HostileInput.damage(), Gen.doubles(0, 1),
                Gen.of("application/json", "application/json; charset=utf-8", "application/json; charset=latin1"),
                (body, breaker, damage, at, type) -> {
                    breaker.apply().accept(body);
                    return new Request(breaker.label() + " " + damage, "v1/reports", Map.of("Content-Type", type),
                            HostileInput.bytes(body, damage, at));
                });
    }

    /** Each makes a report invalid on its own, so whatever else a case carries, it must be refused. */
    private static Gen<Mutation> breakers() {
        Gen<String> required = Gen.of(REQUIRED);
        return Gen.oneOf(
                required.map(p -> new Mutation("missing " + p, b -> HostileRun.remove(b, p))),
                required.map(p -> new Mutation("null " + p, b -> HostileRun.set(b, p, JSON.nullNode()))),
                Gen.combine(required, HostileInput.wrongType(),
                        (p, v) -> new Mutation("wrong type " + p, b -> HostileRun.set(b, p, v))),
                Gen.combine(Gen.of("/reporter/role", "/subject/countryOfResidence"), HostileInput.text(),
                        (p, t) -> new Mutation("hostile " + p, b -> HostileRun.set(b, p, JSON.getNodeFactory().textNode(t)))),
                HostileInput.refusedUrl().map(u -> new Mutation("refused url",
                        b -> HostileRun.set(b, "/content/0/url", JSON.getNodeFactory().textNode(u)))),
                Gen.combine(Gen.of("", "/reporter", "/subject", "/declarations", "/content/0"),
                        Gen.strings(Gen.LETTERS, 1, 12), HostileInput.text(),
                        (p, name, t) -> new Mutation("extra field " + p, b -> ((ObjectNode) b.at(p)).put("x-" + name, t))),
                Gen.of("/declarations/notConsented", "/declarations/goodFaith", "/declarations/accurate")
                        .map(p -> new Mutation("declaration false " + p, b -> HostileRun.set(b, p, JSON.getNodeFactory().booleanNode(false)))),
                Gen.integers(51, 400).map(n -> new Mutation(n + " items", b -> {
                    for (int i = 0; i < n; i++) {
                        b.withArray("content").addObject().put("url", "https://example.com/" + i);
                    }
                })),
                Gen.of(" ", "\t\n", "\u2003", "\u0000", "Ada\u0000", "\u001b[31m").map(s -> new Mutation("blank signature",
                        b -> b.put("signature", s))));
    }

    private Gen<Request> withdrawals() {
        Gen<String> caseRef = Gen.oneOf(HostileInput.text(), Gen.strings("TD-0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12, 12));
        return Gen.combine(caseRef, HostileInput.text(), HostileInput.text(),
                (ref, code, body) -> new Request("withdrawal", "v1/reports/" + HostileRun.segment(ref) + "/withdrawal",
                        Map.of("X-Access-Code", HostileRun.headerValue(code), "Content-Type", "application/json"),
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Case data a refused request must not leave: cases, items, events, idempotency keys. */
    private long caseRows() {
        return db.count("SELECT (SELECT count(*) FROM intake_case) + (SELECT count(*) FROM report_item) "
                + "+ (SELECT count(*) FROM outbox_event) + (SELECT count(*) FROM idempotency_key)");
    }
}
