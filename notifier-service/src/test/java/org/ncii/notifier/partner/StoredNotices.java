package org.ncii.notifier.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.ncii.testkit.TestDatabase;

/**
 * Notices written straight into delivery's {@code notice} table, as delivery leaves them after sending, so the
 * partner API can be tested without running a delivery each time (one test does go through the real pipeline).
 */
final class StoredNotices {
    private StoredNotices() {
    }

    static String insert(TestDatabase db, String partnerId, String platform, String status, Instant createdAt) {
        String noticeId = "ntc_" + UUID.randomUUID().toString().replace("-", "");
        String payload = "{\"type\":\"removal_request.created\",\"timestamp\":\"" + createdAt + "\",\"data\":{\"noticeId\":\""
                + noticeId + "\",\"platform\":\"" + platform + "\"}}";
        db.update("INSERT INTO notice (notice_id, case_ref, platform, partner_id, channel, status, payload, respond_by,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, 'WEBHOOK', ?, ?, ?, ?, ?)",
                noticeId, "TD-" + noticeId.substring(4, 12).toUpperCase(), platform, partnerId, status, payload,
                Timestamp.from(createdAt.plusSeconds(48 * 3600)), Timestamp.from(createdAt), Timestamp.from(createdAt));
        return noticeId;
    }

    static void remove(TestDatabase db, String noticeId) {
        db.update("DELETE FROM acknowledgement WHERE notice_id = ?", noticeId);
        db.update("DELETE FROM notice WHERE notice_id = ?", noticeId);
    }
}
