package org.ncii.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ncii.devstack.Database;
import org.ncii.devstack.PlatformService;
import org.ncii.events.Topics;
import org.ncii.hashing.PdqIndexBenchmark;

/**
 * {@code java -jar bench/target/bench.jar}: starts the platform the way devstack does and runs the five scenarios of
 * BENCHMARKS.md in one process, each beside the limit of the same machine measured in the same run, then writes
 * {@code bench/results/<date>.json}, {@code <date>.md} and the charts, and refreshes the results in BENCHMARKS.md.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchFlags flags = BenchFlags.parse(args);
        long started = System.nanoTime();
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", ZonedDateTime.now(ZoneOffset.UTC).toString());
        results.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version"),
                "loadAverageAtStart", Footprint.loadAverage()));
        results.put("flags", flags.toString());
        Map<String, String> load = new LinkedHashMap<>();
        results.put("loadAverage", load);

        int exit = 0;
        try (BenchPlatform bench = BenchPlatform.start(flags)) {
            results.put("settings", bench.settingsNote);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            Thread.sleep(5000);
            Map<String, Object> footprint = new LinkedHashMap<>();
            footprint.put("startToReadySeconds", bench.startSeconds.entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().module(), e -> IntakeCeiling.round(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
            footprint.put("rssIdleMiB", Footprint.rssMiB(bench));
            results.put("s5Footprint", footprint);
            load.put("afterStart", Footprint.loadAverage());

            if (flags.scenarios().contains(1)) {
                results.put("s1IntakeCeiling", intakeAlone(bench, flags, http));
                load.put("afterS1", Footprint.loadAverage());
            }

            Map<PlatformService, Long> pids = new EnumMap<>(PlatformService.class);
            for (PlatformService s : PlatformService.values()) {
                pids.put(s, bench.platform.service(s).pid());
                if (flags.profile()) {
                    Profiler.start(pids.get(s));
                }
            }
            if (flags.scenarios().contains(2)) {
                results.put("s2ReportToPartner", ReportToPartner.run(bench, flags, http));
                load.put("afterS2", Footprint.loadAverage());
                footprint.put("rssAfterS2MiB", Footprint.rssMiB(bench));
            }
            if (flags.scenarios().contains(3)) {
                results.put("s3DeliveryThroughput", deliveryThroughput(bench, flags));
                load.put("afterS3", Footprint.loadAverage());
            }
            if (flags.scenarios().contains(4)) {
                results.put("s4BacklogAfterOutage", DeliveryBacklog.run(bench, "bench-s4", flags.backlog()));
                load.put("afterS4", Footprint.loadAverage());
            }
            if (flags.profile()) {
                Map<String, Object> profile = new LinkedHashMap<>();
                Path dir = Files.createDirectories(flags.root().resolve("bench/target/profiles"));
                for (PlatformService s : PlatformService.values()) {
                    // The notifier restarted for scenario 3's second pass: its recording then started afresh.
                    Path file = Profiler.dump(bench.platform.service(s).pid(), dir.resolve(s.module() + ".jfr"));
                    profile.put(s.module(), Profiler.exists(file) ? Profiler.summarise(file, 10) : "no recording");
                }
                results.put("profileScenarios2to4", profile);
            }
        } catch (Exception e) {
            exit = 1;
            results.put("error", e.toString());
            e.printStackTrace();
        }
        if (flags.scenarios().contains(6)) {
            // After the platform stopped, so the matcher has the machine to itself as it would in takedown at rest.
            System.out.println("[bench] S6: matching PDQ hashes against 1,000,000 stored, distance 31");
            PdqIndexBenchmark.Outcome m = PdqIndexBenchmark.run(1_000_000, 500, 31, 42);
            Map<String, Object> s6 = new LinkedHashMap<>();
            s6.put("storedHashes", m.hashes());
            s6.put("queries", m.queries());
            s6.put("distance", m.distance());
            s6.put("recallAgainstBruteForce", m.recall());
            s6.put("medianMs", IntakeCeiling.round(m.medianMicros() / 1000));
            s6.put("meanMs", IntakeCeiling.round(m.meanMicros() / 1000));
            s6.put("p99Ms", IntakeCeiling.round(m.p99Micros() / 1000));
            s6.put("maxMs", IntakeCeiling.round(m.maxMicros() / 1000));
            s6.put("bruteForceMeanMs", IntakeCeiling.round(m.scanMeanMicros() / 1000));
            results.put("s6HashMatching", s6);
            load.put("afterS6", Footprint.loadAverage());
        }
        results.put("totalSeconds", IntakeCeiling.round((System.nanoTime() - started) / 1e9));
        write(flags, stamp, results);
        System.exit(exit);
    }

    /** Scenario 1 with takedown and notifier stopped (one node of intake is what it measures), then the rest back. */
    private static Map<String, Object> intakeAlone(BenchPlatform bench, BenchFlags flags, HttpClient http) throws Exception {
        bench.platform.service(PlatformService.TAKEDOWN).stop();
        bench.platform.service(PlatformService.NOTIFIER).stop();
        Map<String, Object> s1 = IntakeCeiling.run(bench, flags, http);
        awaitOutboxEmpty(bench.platform.database(), Duration.ofMinutes(3));
        s1.put("outboxPublisher", OutboxDrain.measure(bench.platform.database(), flags.outboxRows()));
        skipReportsSoFar(bench.platform.broker().bootstrapServers());
        bench.platform.restart(PlatformService.TAKEDOWN);
        bench.platform.restart(PlatformService.NOTIFIER);
        return s1;
    }

    /** The reports of scenario 1 measured intake only: takedown skips them instead of working through them later. */
    private static void skipReportsSoFar(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(Topics.REPORTS)).allTopicNames().get().get(Topics.REPORTS).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(Topics.REPORTS, p), OffsetSpec.latest());
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new LinkedHashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets("takedown-service", ends).all().get();
        }
    }

    static void awaitOutboxEmpty(Database db, Duration patience) throws Exception {
        long giveUp = System.nanoTime() + patience.toNanos();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(PlatformService.INTAKE.database()), db.user(), db.password())) {
            while (System.nanoTime() < giveUp) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        System.out.println("[bench] intake's outbox did not empty in time; scenario 2 may start behind");
    }

    private static Map<String, Object> deliveryThroughput(BenchPlatform bench, BenchFlags flags) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        String body = bench.receiver.sampleBody();
        if (body == null) {
            body = "{\"type\":\"removal_request.created\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{\"padding\":\""
                    + "x".repeat(1500) + "\"}}";
        }
        int concurrency = 4; // notifier.delivery.endpoint.concurrency (the per-partner bulkhead), shipped default
        RawDelivery.Result limit = RawDelivery.measure(bench.receiver, bench.signingSecret(), body, concurrency, flags.limitSeconds());
        System.out.printf("[bench] S3 limit: raw client %.0f webhooks/s at concurrency %d%n", limit.perSecond(), concurrency);
        out.put("limit", Map.of("what", "JDK HttpClient signing and posting the same body to the same receiver",
                "concurrency", concurrency, "bodyBytes", body.length(), "webhooksPerSecond", IntakeCeiling.round(limit.perSecond())));
        Map<String, Object> backlog = DeliveryBacklog.run(bench, "bench-s3", flags.deliveryBacklog());
        out.put("backlog", backlog);
        double rate = ((Number) backlog.get("steadyDeliveriesPerSecond")).doubleValue();
        double ratio = limit.perSecond() == 0 ? 0 : rate / limit.perSecond();
        out.put("ratioToLimit", IntakeCeiling.round(ratio));
        out.put("target", 0.5);
        out.put("met", ratio >= 0.5);
        if (flags.notifierQueue() > 0) {
            // The second pass (and scenario 4) with a bulkhead queue that holds a whole claim round, so claimed
            // messages wait their turn instead of bouncing back for a second: see BENCHMARKS.md, "Where the time goes".
            bench.platform.restart(PlatformService.NOTIFIER,
                    Map.of("NOTIFIER_DELIVERY_ENDPOINT_QUEUE", Integer.toString(flags.notifierQueue())));
            bench.settingsNote.put("notifier bulkhead queue from scenario 3's second pass on", flags.notifierQueue() + " (shipped 16)");
            if (flags.profile()) {
                Profiler.start(bench.platform.service(PlatformService.NOTIFIER).pid());
            }
            Map<String, Object> tuned = DeliveryBacklog.run(bench, "bench-s3q", flags.deliveryBacklog());
            out.put("backlogTunedQueue", tuned);
            double tunedRate = ((Number) tuned.get("steadyDeliveriesPerSecond")).doubleValue();
            out.put("tunedQueue", flags.notifierQueue());
            out.put("ratioToLimitTunedQueue", IntakeCeiling.round(limit.perSecond() == 0 ? 0 : tunedRate / limit.perSecond()));
            out.put("metTunedQueue", limit.perSecond() > 0 && tunedRate / limit.perSecond() >= 0.5);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void write(BenchFlags flags, String stamp, Map<String, Object> results) throws Exception {
        Path dir = Files.createDirectories(flags.results());
        Map<String, String> charts = new LinkedHashMap<>();
        try {
            if (results.get("s1IntakeCeiling") instanceof Map<?, ?> s1) {
                Path png = dir.resolve(stamp + "-intake-latency.png");
                Charts.intakeLatency((Map<String, Object>) s1, png);
                charts.put("intake", png.getFileName().toString());
            }
            Map<String, Map<String, Object>> backlogs = new LinkedHashMap<>();
            if (results.get("s3DeliveryThroughput") instanceof Map<?, ?> s3 && s3.get("backlog") != null) {
                backlogs.put("scenario 3, shipped notifier (" + ((Map<String, Object>) s3.get("backlog")).get("notices") + " notices)",
                        (Map<String, Object>) s3.get("backlog"));
            }
            if (results.get("s3DeliveryThroughput") instanceof Map<?, ?> s3 && s3.get("backlogTunedQueue") != null) {
                backlogs.put("scenario 3, bulkhead queue " + s3.get("tunedQueue"), (Map<String, Object>) s3.get("backlogTunedQueue"));
            }
            if (results.get("s4BacklogAfterOutage") instanceof Map<?, ?> s4) {
                backlogs.put("scenario 4 (" + s4.get("notices") + " notices)", (Map<String, Object>) s4);
            }
            if (!backlogs.isEmpty()) {
                Path png = dir.resolve(stamp + "-backlog.png");
                Charts.backlog(backlogs, png);
                charts.put("backlog", png.getFileName().toString());
            }
        } catch (Exception e) {
            System.out.println("[bench] charts failed: " + e);
        }
        results.put("charts", charts);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(dir.resolve(stamp + ".json").toFile(), results);
        String table = ResultsTable.markdown(results, stamp);
        Files.writeString(dir.resolve(stamp + ".md"), table);
        ResultsTable.updateBenchmarksMd(flags.root().resolve("BENCHMARKS.md"), table, charts, flags.root().relativize(dir));
        System.out.println("\n" + table);
        System.out.println("[bench] results: " + dir.resolve(stamp + ".json"));
    }
}
