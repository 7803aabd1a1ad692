package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ncii.testkit.TestDatabase;

/** Every validation rule of a submission: its documented status, the field named, and nothing stored. */
@QuarkusTest
class ValidationTest {
    TestDatabase db;

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("content missing", b -> b.remove("content"), 400, "content"),
                rule("no content item", b -> b.withArray("content").removeAll(), 400, "content"),
                rule("51 content items", b -> {
                    for (int i = 0; i < 49; i++) {
                        b.withArray("content").addObject().put("url", "https://example.com/" + i);
                    }
                }, 400, "content"),
                rule("null content item", b -> b.withArray("content").insertNull(0), 400, "content[0]"),
                rule("url missing", b -> item(b).remove("url"), 400, "content[0].url"),
                rule("url relative", b -> item(b).put("url", "/watch?v=1"), 400, "content[0].url"),
                rule("url not http", b -> item(b).put("url", "ftp://example.com/a.jpg"), 400, "content[0].url"),
                rule("url without host", b -> item(b).put("url", "https:///a.jpg"), 400, "content[0].url"),
                rule("url with credentials", b -> item(b).put("url", "https://user:secret@example.com/a"), 400, "content[0].url"),
                rule("url too long", b -> item(b).put("url", "https://example.com/" + "a".repeat(2040)), 400, "content[0].url"),
                rule("url not parseable", b -> item(b).put("url", "https://exa mple.com/a b"), 400, "content[0].url"),
                rule("PDQ not 64 hex", b -> hash(b, "PDQ", "f".repeat(63)), 400, "content[0].hashes[0].value"),
                rule("MD5 not 32 hex", b -> hash(b, "MD5", "f".repeat(64)), 400, "content[0].hashes[0].value"),
                rule("SHA256 not hex", b -> hash(b, "SHA256", "g".repeat(64)), 400, "content[0].hashes[0].value"),
                rule("unknown hash algorithm", b -> hash(b, "CRC32", "ffff"), 400, "content[0].hashes[0].algorithm"),
                rule("PDQ quality over 100", b -> hash(b, "PDQ", "f".repeat(64)).put("quality", 101), 400,
                        "content[0].hashes[0].quality"),
                rule("unknown dihedral variant", b -> hash(b, "PDQ", "f".repeat(64)).put("variant", "SIDEWAYS"), 400,
                        "content[0].hashes[0].variant"),
                rule("description too long", b -> item(b).put("description", "x".repeat(1001)), 400, "content[0].description"),
                rule("country not ISO", b -> subject(b).put("countryOfResidence", "XX"), 400, "subject.countryOfResidence"),
                rule("country lower case", b -> subject(b).put("countryOfResidence", "gb"), 400, "subject.countryOfResidence"),
                rule("country missing", b -> subject(b).remove("countryOfResidence"), 400, "subject.countryOfResidence"),
                rule("minor missing", b -> subject(b).remove("minor"), 400, "subject.minor"),
                rule("subject missing", b -> b.remove("subject"), 400, "subject"),
                rule("not consented false", b -> declarations(b).put("notConsented", false), 400, "declarations.notConsented"),
                rule("good faith false", b -> declarations(b).put("goodFaith", false), 400, "declarations.goodFaith"),
                rule("accurate false", b -> declarations(b).put("accurate", false), 400, "declarations.accurate"),
                rule("declaration missing", b -> declarations(b).remove("accurate"), 400, "declarations.accurate"),
                rule("signature blank", b -> b.put("signature", "   "), 400, "signature"),
                rule("signature missing", b -> b.remove("signature"), 400, "signature"),
                rule("signature only NUL", b -> b.put("signature", "\u0000"), 400, "signature"),
                rule("signature with a control character", b -> b.put("signature", "Alex\u001bMorgan"), 400, "signature"),
                rule("signature without a letter", b -> b.put("signature", "...."), 400, "signature"),
                rule("e-mail invalid", b -> reporter(b).put("email", "zelda at example"), 400, "reporter.email"),
                rule("role unknown", b -> reporter(b).put("role", "NEIGHBOUR"), 400, "reporter.role"),
                rule("reporter missing", b -> b.remove("reporter"), 400, "reporter"),
                rule("unknown field", b -> b.put("photo", "base64..."), 400, "photo"),
                rule("unknown nested field", b -> reporter(b).put("address", "1 Lane"), 400, "reporter.address"),
                rule("wrong type", b -> subject(b).put("minor", "perhaps"), 400, "subject.minor"),
                rule("identity shared without e-mail", b -> {
                    b.put("shareIdentityWithPlatforms", true);
                    reporter(b).remove("email");
                }, 422, "reporter.email"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void invalidReportIsRefusedNamingTheFieldAndStoresNothing(String rule, Consumer<ObjectNode> change, int status, String field) {
        ObjectNode body = Reports.valid();
        change.accept(body);
        long before = storedRows();

        Response response = Reports.post(body);

        response.then().statusCode(status).contentType("application/problem+json");
        List<String> fields = response.path("violations.field");
        assertThat(fields).as(rule).contains(field);
        assertThat(storedRows()).isEqualTo(before);
    }

    static Stream<Arguments> shapes() {
        String valid = Reports.valid().toString();
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"content\": [", 400, "invalid-request"),
                Arguments.of("not JSON at all", "application/json", "content=1", 400, "malformed-body"),
                Arguments.of("trailing garbage", "application/json", valid + " }", 400, "malformed-body"),
                Arguments.of("empty body", "application/json", "", 400, "invalid-request"),
                Arguments.of("not JSON", "text/plain", valid, 415, "unsupported-media-type"),
                Arguments.of("form post", "application/x-www-form-urlencoded", "a=b", 415, "unsupported-media-type"),
                Arguments.of("over 256 KiB", "application/json", oversized(), 413, "payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void unreadableRequestIsRefusedAsProblemAndStoresNothing(String shape, String contentType, String body, int status, String type) {
        long before = storedRows();

        given().contentType(contentType).body(body).post("/v1/reports").then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/" + type));

        assertThat(storedRows()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void malformedIdempotencyKeyIsRefused() {
        given().contentType("application/json").header("Idempotency-Key", "k".repeat(256)).body(Reports.valid().toString())
                .post("/v1/reports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
    }

    private long storedRows() {
        return db.count("SELECT (SELECT count(*) FROM intake_case) + (SELECT count(*) FROM report_item) "
                + "+ (SELECT count(*) FROM outbox_event) + (SELECT count(*) FROM idempotency_key)");
    }

    private static String oversized() {
        ObjectNode body = Reports.valid();
        item(body).put("description", "x".repeat(300 * 1024));
        return body.toString();
    }

    private static Arguments rule(String name, Consumer<ObjectNode> change, int status, String field) {
        return Arguments.of(name, change, status, field);
    }

    private static ObjectNode item(ObjectNode body) {
        return (ObjectNode) body.withArray("content").get(0);
    }

    private static ObjectNode hash(ObjectNode body, String algorithm, String value) {
        ArrayNode hashes = item(body).withArray("hashes");
        hashes.removeAll();
        return hashes.addObject().put("algorithm", algorithm).put("value", value);
    }

    private static ObjectNode subject(ObjectNode body) {
        return (ObjectNode) body.get("subject");
    }

    private static ObjectNode reporter(ObjectNode body) {
        return (ObjectNode) body.get("reporter");
    }

    private static ObjectNode declarations(ObjectNode body) {
        return (ObjectNode) body.get("declarations");
    }

}
