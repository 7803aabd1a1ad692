package org.ncii.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** Whatever a report goes through (acceptance, publishing, a refusal, withdrawal), the log never holds its content. */
@QuarkusTest
class LogPrivacyTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(record.getLoggerName() + " " + message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    TestDatabase db;

    @BeforeEach
    void captureLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void submissionRefusalAndWithdrawalLogNoPersonalDataNorUrl() {
        ObjectNode body = Reports.valid().put("shareIdentityWithPlatforms", true);
        String url = body.withArray("content").get(0).path("url").asText();
        String host = "videos.example.com";
        String path = url.substring(url.indexOf("/watch"), url.indexOf('&'));

        Reports.Receipt receipt = Reports.submit(body);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "SELECT count(*) FROM outbox_event WHERE message_key = ? AND sent_at IS NOT NULL", receipt.caseRef()) == 1);
        ObjectNode refused = Reports.valid();
        ((ObjectNode) refused.get("reporter")).put("email", Reports.EMAIL.replace("@", " at "));
        Reports.post(refused).then().statusCode(400);
        Reports.status(receipt.caseRef(), receipt.accessCode()).then().statusCode(200);
        given().header("X-Access-Code", receipt.accessCode())
                .post("/v1/reports/{ref}/withdrawal", receipt.caseRef()).then().statusCode(202);

        assertThat(lines).as("the capture works").anyMatch(line -> line.contains("report accepted as " + receipt.caseRef()));
        String log = String.join("\n", lines);
        assertThat(log).doesNotContain(Reports.NAME, Reports.EMAIL, Reports.PHONE, "summerhouse", host, path,
                receipt.accessCode(), "images.example.net");
    }
}
