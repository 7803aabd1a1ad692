package org.ncii.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ncii.devstack.Database;
import org.ncii.devstack.PlatformService;

/**
 * How fast intake's outbox publisher empties a backlog into Kafka: {@code rows} report events are committed to its
 * outbox at once (as a burst of submissions would leave them) and timed until every one is marked sent. It runs while
 * takedown is stopped, whose consumer then skips them with the rest of scenario 1's reports.
 */
final class OutboxDrain {
    private OutboxDrain() {
    }

    static Map<String, Object> measure(Database db, int rows) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        if (rows <= 0) {
            return out;
        }
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/ncii/intake-service\",\"type\":\"report.submitted\","
                + "\"subject\":\"%s\",\"time\":\"2026-01-01T00:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":{\"padding\":\""
                + "x".repeat(900) + "\"}}";
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(PlatformService.INTAKE.database()), db.user(), db.password())) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_event (id, event_id, topic, message_key, type, envelope,"
                    + " created_at) VALUES (?, ?, 'takedown.reports.v1', ?, 'report.submitted', ?, ?)")) {
                long base = 9_000_000_000_000L + System.currentTimeMillis() % 1_000_000 * 1000;
                for (int i = 0; i < rows; i++) {
                    String id = UUID.randomUUID().toString();
                    String key = "TD-BNCH-" + (i % 500);
                    insert.setLong(1, base + i);
                    insert.setString(2, id);
                    insert.setString(3, key);
                    insert.setString(4, String.format(envelope, id, key));
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        long t0 = System.nanoTime();
        Bench.awaitOutboxEmpty(db, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long left;
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(PlatformService.INTAKE.database()), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            rs.next();
            left = rs.getLong(1);
        }
        out.put("rows", rows);
        out.put("seconds", IntakeCeiling.round(seconds));
        out.put("rowsPerSecond", IntakeCeiling.round((rows - left) / seconds));
        out.put("unsentAfter", left);
        System.out.printf("[bench] S1 intake outbox publisher: %d rows published in %.1f s (%.0f rows/s)%n", rows - left, seconds,
                (rows - left) / seconds);
        return out;
    }
}
