package org.ncii.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.ncii.intake.service.Retention;
import org.ncii.testkit.TestDatabase;

/** Closed cases keep personal data for the retention period (90 days by default), then lose it. */
@QuarkusTest
class RetentionTest {
    @Inject
    Retention retention;

    KafkaCompanion kafka;
    TestDatabase db;

    @Test
    void personalDataOfACaseClosedLongerThanTheRetentionIsErased() throws Throwable {
        Reports.Receipt closed = Reports.submit();
        Reports.Receipt open = Reports.submit();
        Reports.publishStatus(kafka, closed.caseRef(), "CLOSED", 5, List.of());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND closed_at IS NOT NULL", closed.caseRef()) == 1);
        Instant closedAt = ((java.sql.Timestamp) db.query("SELECT closed_at FROM intake_case WHERE case_ref = ?",
                closed.caseRef()).get(0).get("closed_at")).toInstant();

        VertxContextSupport.subscribeAndAwait(() -> retention.enforce(closedAt.plus(Duration.ofDays(89))));
        assertThat(hasPersonalData(closed)).isTrue();

        VertxContextSupport.subscribeAndAwait(() -> retention.enforce(closedAt.plus(Duration.ofDays(91))));
        assertThat(hasPersonalData(closed)).isFalse();
        assertThat(hasPersonalData(open)).isTrue();
        assertThat(db.count("SELECT count(*) FROM report_item i JOIN intake_case c ON c.id = i.case_id "
                + "WHERE c.case_ref = ? AND i.description_ct IS NOT NULL", closed.caseRef())).isZero();
        assertThat(db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND country_of_residence = 'GB'",
                closed.caseRef())).isOne();
    }

    private boolean hasPersonalData(Reports.Receipt receipt) {
        return db.count("SELECT count(*) FROM intake_case WHERE case_ref = ? AND reporter_name_ct IS NOT NULL "
                + "AND reporter_email_ct IS NOT NULL AND signature_ct IS NOT NULL", receipt.caseRef()) == 1;
    }
}
