package org.ncii.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.ncii.devstack.PlatformService;

/**
 * Scenario 2: the time from a report's (scheduled) submission to the partner receiving its signed webhook, through
 * intake, Kafka, takedown, Kafka and the notifier. Each report names a unique URL, which the webhook carries back.
 * When the platform cannot keep up with the offered rate (webhooks still arriving well after the load stopped),
 * the run is repeated once at four fifths of the rate it did deliver.
 */
final class ReportToPartner {
    private ReportToPartner() {
    }

    static Map<String, Object> run(BenchPlatform bench, BenchFlags flags, HttpClient http) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> first = once(bench, flags, http, flags.e2eRate(), 3_000_000_000L);
        out.put("runs", new java.util.ArrayList<>(java.util.List.of(first)));
        Map<String, Object> chosen = first;
        if (!(Boolean) first.get("sustained")) {
            double delivered = (Double) first.get("deliveredRateDuringLoad");
            int retry = (int) Math.max(5, Math.floor(delivered * 0.8 / 5) * 5);
            if (retry < flags.e2eRate()) {
                System.out.printf("[bench] S2 not sustained at %d/s; once more at %d/s%n", flags.e2eRate(), retry);
                Map<String, Object> second = once(bench, flags, http, retry, 4_000_000_000L);
                ((java.util.List<Object>) out.get("runs")).add(second);
                chosen = second;
            }
        }
        out.put("reported", chosen);
        double p50 = (Double) chosen.get("p50Ms");
        double p99 = (Double) chosen.get("p99Ms");
        out.put("targets", Map.of("p50Ms", 100, "p99Ms", 300));
        boolean complete = ((Number) chosen.get("webhooksReceived")).longValue() > 0
                && ((Number) chosen.get("webhooksReceived")).longValue() >= ((Number) chosen.get("accepted202")).longValue();
        out.put("p50Met", complete && p50 < 100);
        out.put("p99Met", complete && p99 < 300);
        return out;
    }

    private static Map<String, Object> once(BenchPlatform bench, BenchFlags flags, HttpClient http, int rate, long base)
            throws InterruptedException {
        Map<Long, Long> dueByFbid = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(OpenLoop.MAX_LATENCY_NANOS, 3);
        AtomicLong arrived = new AtomicLong();
        AtomicLong lastArrival = new AtomicLong();
        bench.receiver.onArrival((a, at) -> {
            if (a.timesSeen() != 1) {
                return;
            }
            long fbid = Reports.fbid(a.firstUrl());
            Long due = fbid < 0 ? null : dueByFbid.remove(fbid);
            if (due != null) {
                synchronized (latency) {
                    latency.recordValue(Math.min(Math.max(at - due, 1), OpenLoop.MAX_LATENCY_NANOS));
                }
                arrived.incrementAndGet();
                lastArrival.set(at);
            }
        });
        String intake = bench.url(PlatformService.INTAKE);
        OpenLoop load = new OpenLoop(http, 4000);
        long loadStart = System.nanoTime();
        // The due time is registered before the request goes out (the webhook may beat the 202 home).
        OpenLoop.Run submitted = load.run(rate, Duration.ofSeconds(flags.e2eSeconds()), (i, due) -> {
            dueByFbid.put(base + i, due);
            return Reports.submit(intake, base + i);
        }, null);
        long loadEnd = System.nanoTime();
        long arrivedDuringLoad = arrived.get();
        // Wait for the stragglers: until all arrived, or nothing arrived for 60 s, or 3 minutes passed.
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (arrived.get() < submitted.ok() && System.nanoTime() - loadEnd < Duration.ofMinutes(3).toNanos()) {
            if (arrived.get() != lastCount) {
                lastCount = arrived.get();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                break;
            }
            Thread.sleep(200);
        }
        bench.receiver.onArrival((a, at) -> { });
        double drainAfterLoad = (lastArrival.get() - loadEnd) / 1e9;
        boolean sustained = arrived.get() >= submitted.ok() && submitted.failed() == 0 && drainAfterLoad < 10;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("offeredRate", rate);
        r.put("seconds", flags.e2eSeconds());
        r.put("submitted", submitted.sent());
        r.put("accepted202", submitted.ok());
        if (!submitted.failures().isEmpty()) {
            r.put("failures", submitted.failures());
        }
        r.put("intakeP99Ms", IntakeCeiling.round(submitted.p(99)));
        r.put("webhooksReceived", arrived.get());
        r.put("deliveredRateDuringLoad", IntakeCeiling.round(arrivedDuringLoad / ((loadEnd - loadStart) / 1e9)));
        r.put("lastWebhookAfterLoadEndS", IntakeCeiling.round(drainAfterLoad));
        r.put("p50Ms", IntakeCeiling.round(latency.getValueAtPercentile(50) / 1e6));
        r.put("p90Ms", IntakeCeiling.round(latency.getValueAtPercentile(90) / 1e6));
        r.put("p99Ms", IntakeCeiling.round(latency.getValueAtPercentile(99) / 1e6));
        r.put("maxMs", IntakeCeiling.round(latency.getMaxValue() / 1e6));
        r.put("sustained", sustained);
        System.out.printf("[bench] S2 at %d/s: %d/%d webhooks, p50 %.0f p90 %.0f p99 %.0f max %.0f ms, delivered %.0f/s during load -> %s%n",
                rate, arrived.get(), submitted.ok(), latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(90) / 1e6,
                latency.getValueAtPercentile(99) / 1e6, latency.getMaxValue() / 1e6, arrivedDuringLoad / ((loadEnd - loadStart) / 1e9),
                sustained ? "sustained" : "NOT sustained");
        return r;
    }
}
