package org.ncii.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ncii.devstack.PlatformService;

/**
 * Scenario 1: how many reports per second one intake node takes. The limit is intake's own transaction issued
 * straight to PostgreSQL at intake's pool size; then intake is offered rising fractions of that limit, open-loop,
 * and the highest rate whose p99 stays under the target (with every request answered 2xx) is its ceiling.
 */
final class IntakeCeiling {
    static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2};
    /** intake's quarkus.datasource.reactive.max-size: the concurrency its transactions run at. */
    static final int POOL_SIZE = 20;

    private IntakeCeiling() {
    }

    static Map<String, Object> run(BenchPlatform bench, BenchFlags flags, HttpClient http) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        IntakeTransaction.Result limit = IntakeTransaction.measure(bench.platform.database(), flags.root(), POOL_SIZE, flags.limitSeconds());
        System.out.printf("[bench] S1 limit: %.0f transactions/s at concurrency %d (p99 %.1f ms)%n", limit.tps(), POOL_SIZE, limit.p99Ms());
        out.put("limit", Map.of("what", "intake's transaction (ref check, case, item, outbox row) straight to PostgreSQL, reactive client",
                "concurrency", POOL_SIZE, "transactionsPerSecond", round(limit.tps()), "p50Ms", round(limit.p50Ms()),
                "p99Ms", round(limit.p99Ms()), "commits", limit.commits()));

        String intake = bench.url(PlatformService.INTAKE);
        OpenLoop load = new OpenLoop(http, 2000);
        long[] fbid = {1_000_000_000L};
        // JIT warm-up at a tenth of the limit, not recorded.
        load.run(Math.max(5, limit.tps() * 0.1), Duration.ofSeconds(5), (i, due) -> Reports.submit(intake, fbid[0]++), null);

        List<Map<String, Object>> steps = new ArrayList<>();
        double best = 0;
        int misses = 0;
        for (double fraction : FRACTIONS) {
            double rate = Math.max(1, Math.round(limit.tps() * fraction));
            OpenLoop.Run r = load.run(rate, Duration.ofSeconds(flags.stepSeconds()), (i, due) -> Reports.submit(intake, fbid[0]++), null);
            boolean sustained = r.failed() == 0 && r.p(99) < flags.p99TargetMs() && r.achievedRate() >= 0.95 * rate;
            System.out.printf("[bench] S1 intake at %.0f/s: achieved %.0f/s, p50 %.1f p90 %.1f p99 %.1f max %.1f ms, failed %s -> %s%n",
                    rate, r.achievedRate(), r.p(50), r.p(90), r.p(99), r.maxMs(), r.failed() + (r.failures().isEmpty() ? "" : " " + r.failures()), sustained ? "sustained" : "NOT sustained");
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("offeredRate", rate);
            step.put("fractionOfLimit", fraction);
            step.put("achievedRate", round(r.achievedRate()));
            step.put("sent", r.sent());
            step.put("failed", r.failed());
            if (!r.failures().isEmpty()) {
                step.put("failures", r.failures());
            }
            step.put("p50Ms", round(r.p(50)));
            step.put("p90Ms", round(r.p(90)));
            step.put("p99Ms", round(r.p(99)));
            step.put("maxMs", round(r.maxMs()));
            step.put("sustained", sustained);
            steps.add(step);
            if (sustained) {
                best = Math.max(best, rate);
                misses = 0;
            } else if (++misses >= 2) {
                break;
            }
        }
        out.put("steps", steps);
        out.put("highestSustainedRate", best);
        out.put("p99TargetMs", flags.p99TargetMs());
        double ratio = limit.tps() == 0 ? 0 : best / limit.tps();
        out.put("ratioToLimit", round(ratio));
        out.put("target", 0.6);
        out.put("met", ratio >= 0.6);
        out.put("reportsSubmitted", fbid[0] - 1_000_000_000L);
        return out;
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }
}
