package org.ncii.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The Markdown results table, and its copy in BENCHMARKS.md between the results markers. */
final class ResultsTable {
    static final String BEGIN = "<!-- bench-results:begin -->";
    static final String END = "<!-- bench-results:end -->";

    private ResultsTable() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r, String stamp) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) r.get("machine");
        md.append("Run ").append(stamp).append(" UTC, ").append(machine.get("cpus")).append(" CPUs, Java ").append(machine.get("java"))
                .append(", ").append(r.get("totalSeconds")).append(" s in all. Load average (1/5/15 min) at start ")
                .append(machine.get("loadAverageAtStart")).append("; after each scenario ").append(r.get("loadAverage")).append(".\n\n");
        if (r.containsKey("error")) {
            md.append("**The run stopped early:** ").append(r.get("error")).append("\n\n");
        }
        md.append("| # | Scenario | Platform | Machine limit, same run | Ratio | Target | Met |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        if (r.get("s6HashMatching") instanceof Map<?, ?> m) {
            md.append(String.format("| 6 | Hash matching: one PDQ hash against %s stored, distance %s | median %s, mean %s, p99 %s ms | brute-force scan %s ms | recall %s | < 10 ms, recall 100%% | %s |%n",
                    num(m.get("storedHashes")), m.get("distance"), num(m.get("medianMs")), num(m.get("meanMs")), num(m.get("p99Ms")),
                    num(m.get("bruteForceMeanMs")), m.get("recallAgainstBruteForce"),
                    ((Number) m.get("meanMs")).doubleValue() < 10 && ((Number) m.get("recallAgainstBruteForce")).doubleValue() == 1.0 ? "yes" : "no"));
        }
        if (r.get("s1IntakeCeiling") instanceof Map<?, ?> m) {
            Map<String, Object> s1 = (Map<String, Object>) m;
            Map<String, Object> limit = (Map<String, Object>) s1.get("limit");
            md.append(String.format("| 1 | Intake ceiling (p99 < %s ms) | %s reports/s | %s transactions/s (PostgreSQL, %s connections) | %s | >= 0.6 | %s |%n",
                    num(s1.get("p99TargetMs")), num(s1.get("highestSustainedRate")), num(limit.get("transactionsPerSecond")),
                    limit.get("concurrency"), s1.get("ratioToLimit"), yes(s1.get("met"))));
            if (s1.get("outboxPublisher") instanceof Map<?, ?> outbox && outbox.get("rows") != null) {
                md.append(String.format("| 1b | Intake outbox publisher (%s rows waiting) | %s rows/s to Kafka | - | - | - | - |%n",
                        outbox.get("rows"), num(outbox.get("rowsPerSecond"))));
            }
        }
        if (r.get("s2ReportToPartner") instanceof Map<?, ?> m) {
            Map<String, Object> s2 = (Map<String, Object>) m;
            Map<String, Object> run = (Map<String, Object>) s2.get("reported");
            md.append(String.format("| 2 | Report to partner at %s reports/s for %s s (%s of %s webhooks) | p50 %s, p90 %s, p99 %s, max %s ms | - | - | p50 < 100, p99 < 300 ms | p50 %s, p99 %s |%n",
                    run.get("offeredRate"), run.get("seconds"), run.get("webhooksReceived"), run.get("accepted202"),
                    num(run.get("p50Ms")), num(run.get("p90Ms")), num(run.get("p99Ms")), num(run.get("maxMs")),
                    yes(s2.get("p50Met")), yes(s2.get("p99Met"))));
            List<Map<String, Object>> runs = (List<Map<String, Object>>) s2.get("runs");
            if (runs.size() > 1) {
                Map<String, Object> first = runs.get(0);
                md.append(String.format("| 2a | (first try at %s reports/s: not sustained) | p50 %s, p99 %s ms; %s/s delivered during load | - | - | - | - |%n",
                        first.get("offeredRate"), num(first.get("p50Ms")), num(first.get("p99Ms")), num(first.get("deliveredRateDuringLoad"))));
            }
        }
        if (r.get("s3DeliveryThroughput") instanceof Map<?, ?> m) {
            Map<String, Object> s3 = (Map<String, Object>) m;
            Map<String, Object> limit = (Map<String, Object>) s3.get("limit");
            Map<String, Object> backlog = (Map<String, Object>) s3.get("backlog");
            md.append(String.format("| 3 | Delivery throughput (%s pre-loaded notices) | %s webhooks/s steady (%s/s overall) | %s webhooks/s (raw client, %s in flight) | %s | >= 0.5 | %s |%n",
                    backlog.get("notices"), num(backlog.get("steadyDeliveriesPerSecond")), num(backlog.get("deliveriesPerSecond")),
                    num(limit.get("webhooksPerSecond")), limit.get("concurrency"), s3.get("ratioToLimit"), yes(s3.get("met"))));
            if (s3.get("backlogTunedQueue") instanceof Map<?, ?> tuned) {
                md.append(String.format("| 3b | Delivery throughput, notifier bulkhead queue %s (shipped 16) | %s webhooks/s steady (%s/s overall) | same limit | %s | >= 0.5 | %s |%n",
                        s3.get("tunedQueue"), num(tuned.get("steadyDeliveriesPerSecond")), num(tuned.get("deliveriesPerSecond")),
                        s3.get("ratioToLimitTunedQueue"), yes(s3.get("metTunedQueue"))));
            }
        }
        if (r.get("s4BacklogAfterOutage") instanceof Map<?, ?> m) {
            Map<String, Object> s4 = (Map<String, Object>) m;
            md.append(String.format("| 4 | Backlog after outage (%s notices) | drained in %s s, %s webhooks/s; %s distinct received, %s ids twice | - | - | every notice exactly once | %s |%n",
                    s4.get("notices"), num(s4.get("drainSeconds")), num(s4.get("deliveriesPerSecond")), s4.get("distinctNoticesReceived"),
                    s4.get("webhookIdsAcceptedMoreThanOnce"), yes(s4.get("exactlyOnce"))));
        }
        if (r.get("s5Footprint") instanceof Map<?, ?> m) {
            Map<String, Object> s5 = (Map<String, Object>) m;
            Map<String, Object> start = (Map<String, Object>) s5.get("startToReadySeconds");
            Map<String, Object> idle = (Map<String, Object>) s5.get("rssIdleMiB");
            Map<String, Object> after = (Map<String, Object>) s5.getOrDefault("rssAfterS2MiB", Map.of());
            for (String service : start.keySet()) {
                md.append(String.format("| 5 | Footprint: %s | ready in %s s; RSS %s MiB idle, %s MiB after scenario 2 | - | - | - | - |%n",
                        service, num(start.get(service)), num(idle.get(service)), num(after.getOrDefault(service, "-"))));
            }
        }
        if (r.get("s1IntakeCeiling") instanceof Map<?, ?> m) {
            md.append("\nScenario 1 steps (latency from the scheduled send, open loop):\n\n");
            md.append("| offered/s | share of limit | achieved/s | p50 ms | p90 ms | p99 ms | max ms | failed | sustained |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) m).get("steps")) {
                md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", num(step.get("offeredRate")),
                        step.get("fractionOfLimit"), num(step.get("achievedRate")), num(step.get("p50Ms")), num(step.get("p90Ms")),
                        num(step.get("p99Ms")), num(step.get("maxMs")), step.get("failed"), yes(step.get("sustained"))));
            }
        }
        return md.toString();
    }

    /** Replaces the results section of BENCHMARKS.md (between the markers) with this run's table and charts. */
    static void updateBenchmarksMd(Path file, String table, Map<String, String> charts, Path resultsDir) {
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            String text = Files.readString(file);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                return;
            }
            StringBuilder section = new StringBuilder(BEGIN).append("\n").append(table).append("\n");
            for (Map.Entry<String, String> chart : charts.entrySet()) {
                section.append("![").append(chart.getKey()).append("](").append(resultsDir).append('/').append(chart.getValue()).append(")\n\n");
            }
            Files.writeString(file, text.substring(0, begin) + section + text.substring(end));
        } catch (IOException e) {
            System.out.println("[bench] BENCHMARKS.md not updated: " + e.getMessage());
        }
    }

    private static String yes(Object met) {
        return Boolean.TRUE.equals(met) ? "yes" : "**no**";
    }

    private static String num(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? "-" : d >= 100 ? String.format("%.0f", d) : String.format("%.1f", d);
        }
        return String.valueOf(v);
    }
}
