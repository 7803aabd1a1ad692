package org.ncii.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.ncii.devstack.Database;
import org.ncii.devstack.PlatformService;

/**
 * A backlog of notices waiting at the notifier while the partner is down, then delivered when it comes back:
 * scenario 3 reads its steady delivery rate, scenario 4 its time to drain and the exactly-once proof. The receiver
 * refuses connections while {@code count} notices are queued; once the notifier holds a pending delivery for every
 * one of them (or four minutes passed: the rest are consumed while the backlog drains), the receiver comes back and
 * every arrival is timed and counted per webhook-id and notice.
 */
final class DeliveryBacklog {
    private DeliveryBacklog() {
    }

    static Map<String, Object> run(BenchPlatform bench, String prefix, int count) throws Exception {
        Receiver receiver = bench.receiver;
        Map<String, Integer> byNotice = new ConcurrentHashMap<>();
        Map<String, Integer> byWebhookId = new ConcurrentHashMap<>();
        long[] arrivalNanos = new long[count];
        AtomicInteger unique = new AtomicInteger();
        receiver.onArrival((a, at) -> {
            if (a.noticeId() == null || !a.noticeId().startsWith(prefix)) {
                return;
            }
            byWebhookId.merge(a.webhookId(), 1, Integer::sum);
            if (byNotice.merge(a.noticeId(), 1, Integer::sum) == 1) {
                int n = unique.getAndIncrement();
                if (n < count) {
                    arrivalNanos[n] = at;
                }
            }
        });
        receiver.down();
        long t = System.nanoTime();
        NoticeFeed.publish(bench.platform.broker().bootstrapServers(), prefix, count);
        double publishSeconds = (System.nanoTime() - t) / 1e9;
        Database db = bench.platform.database();
        long queued = awaitQueued(db, prefix, count, Duration.ofMinutes(4));
        double queueSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("[bench] %s: %d notices published in %.1f s, %d queued at the notifier after %.1f s; partner back%n",
                prefix, count, publishSeconds, queued, queueSeconds);

        List<double[]> timeline = new ArrayList<>();
        long back = System.nanoTime();
        receiver.up();
        int last = -1;
        long lastProgress = back;
        while (unique.get() < count) {
            int now = unique.get();
            timeline.add(new double[] {(System.nanoTime() - back) / 1e9, count - now});
            if (now != last) {
                last = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                break;
            }
            Thread.sleep(500);
        }
        int arrived = Math.min(unique.get(), count);
        timeline.add(new double[] {arrived == 0 ? 0 : (arrivalNanos[arrived - 1] - back) / 1e9, count - arrived});
        receiver.onArrival((a, at) -> { });

        double drain = arrived == 0 ? Double.NaN : (arrivalNanos[arrived - 1] - back) / 1e9;
        int p10 = (int) (arrived * 0.1);
        int p90 = Math.max(p10, (int) (arrived * 0.9) - 1);
        double steady = arrived < 20 ? Double.NaN : (p90 - p10) / ((arrivalNanos[p90] - arrivalNanos[p10]) / 1e9);
        long duplicateIds = byWebhookId.values().stream().filter(v -> v > 1).count();
        long noticesTwice = byNotice.values().stream().filter(v -> v > 1).count();
        Thread.sleep(2000); // the notifier records each outcome just after the partner answered
        Map<String, Long> statuses = statuses(db, prefix);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notices", count);
        out.put("publishSeconds", IntakeCeiling.round(publishSeconds));
        out.put("queuedAtNotifierAfterS", IntakeCeiling.round(queueSeconds));
        out.put("queuedAtNotifierWhenPartnerCameBack", queued);
        out.put("firstArrivalAfterBackS", arrived == 0 ? null : IntakeCeiling.round((arrivalNanos[0] - back) / 1e9));
        out.put("drainSeconds", IntakeCeiling.round(drain));
        out.put("deliveriesPerSecond", IntakeCeiling.round(arrived / drain));
        out.put("steadyDeliveriesPerSecond", IntakeCeiling.round(steady));
        out.put("distinctNoticesReceived", arrived);
        out.put("webhookIdsAcceptedMoreThanOnce", duplicateIds);
        out.put("noticesReceivedMoreThanOnce", noticesTwice);
        out.put("notifierDeliveryStatuses", statuses);
        out.put("exactlyOnce", arrived == count && duplicateIds == 0 && noticesTwice == 0);
        out.put("timeline", timeline);
        out.put("receiverSignatureChecks", Map.of("verified", receiver.verified(), "failed", receiver.badSignatures()));
        System.out.printf("[bench] %s: %d/%d delivered in %.1f s (%.0f/s, steady %.0f/s), duplicates %d -> %s%n", prefix, arrived, count,
                drain, arrived / drain, steady, duplicateIds + noticesTwice, out.get("exactlyOnce").equals(true) ? "exactly once" : "NOT exactly once");
        return out;
    }

    private static long awaitQueued(Database db, String prefix, int count, Duration patience) throws Exception {
        long giveUp = System.nanoTime() + patience.toNanos();
        long queued = 0;
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(PlatformService.NOTIFIER.database()), db.user(), db.password());
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM delivery WHERE notice_id >= ? AND notice_id < ?")) {
            q.setString(1, prefix + "-");
            q.setString(2, prefix + ".");
            while (System.nanoTime() < giveUp) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    queued = rs.getLong(1);
                }
                if (queued >= count) {
                    return queued;
                }
                Thread.sleep(500);
            }
        }
        return queued;
    }

    private static Map<String, Long> statuses(Database db, String prefix) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(PlatformService.NOTIFIER.database()), db.user(), db.password());
             PreparedStatement q = c.prepareStatement("SELECT status, count(*) FROM delivery WHERE notice_id >= ? AND notice_id < ? GROUP BY status")) {
            q.setString(1, prefix + "-");
            q.setString(2, prefix + ".");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
