package org.ncii.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Test steps a victim takes on the pages: fill the report form with valid answers, send it, keep the receipt. */
final class VictimReports {
    static final String NAME = "Maren Thistlewood";
    static final String EMAIL = "maren.thistlewood@example.org";

    private VictimReports() {
    }

    /** What the receipt page shows once. */
    record Receipt(String caseRef, String accessCode) {
    }

    /** The report form as a person completes it, with these web addresses. */
    static Map<String, List<String>> completed(FormSession session, List<String> urls) {
        session.get("/report").then().statusCode(200);
        Map<String, List<String>> form = session.form("/report");
        form.put("url", urls);
        form.put("country", List.of("GB"));
        form.put("minor", List.of("no"));
        form.put("role", List.of("VICTIM"));
        form.put("name", List.of(NAME));
        form.put("email", List.of(EMAIL));
        form.put("phone", List.of(""));
        form.put("shareIdentity", List.of("no"));
        form.put("notConsented", List.of("yes"));
        form.put("goodFaith", List.of("yes"));
        form.put("accurate", List.of("yes"));
        form.put("signature", List.of(NAME));
        form.put("action", List.of("send"));
        return form;
    }

    static Receipt send(FormSession session, Map<String, List<String>> form) {
        Response response = session.post("/report", form);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        String caseRef = session.page().selectFirst("#receipt-case-ref").text();
        String accessCode = session.page().selectFirst("#receipt-access-code").text();
        return new Receipt(caseRef, accessCode);
    }

    static String uniqueUrl(String host) {
        return "https://" + host + "/p/" + System.nanoTime();
    }
}
