package org.ncii.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * The scale of a run, from {@code --name=value} flags. The defaults finish the five scenarios in under ten minutes
 * on a two-core machine; {@code --backlog=100000} is the large outage.
 */
record BenchFlags(Path root, int stepSeconds, int limitSeconds, double p99TargetMs,
                  int e2eRate, int e2eSeconds, int deliveryBacklog, int backlog,
                  int partnerRateLimit, int outboxRows, boolean profile, Path results, java.util.Set<Integer> scenarios,
                  String serviceEnv, int clients, int notifierQueue) {

    static final String USAGE = """
            java -jar bench/target/bench.jar [flags]   (from the project root, after mvn -Pbench install -DskipTests)
              --root=.                  project root (its services' target/quarkus-app are run)
              --step-seconds=10         length of each offered-rate step of scenario 1
              --limit-seconds=10        length of each machine-limit measurement
              --p99-target-ms=50        scenario 1's latency bar
              --e2e-rate=200            scenario 2 offered rate (reports/s)
              --e2e-seconds=60          scenario 2 duration
              --delivery-backlog=1000   scenario 3 pre-loaded notices (delivered twice: shipped notifier, then tuned)
              --notifier-queue=200      scenario 3's second pass and scenario 4 run the notifier with this per-partner
                                        bulkhead queue (shipped 16; 0 skips the second pass and keeps shipped)
              --backlog=20000           scenario 4 notices queued during the partner outage (the issue's large run: 100000)
              --partner-rate-limit=100000  notifier's per-partner requests/s policy during the run (shipped: 50)
              --outbox-rows=5000        rows put in intake's outbox at once to time its publisher (scenario 1)
              --profile=true            JFR on every service during scenario 2, summarised in the results
              --results=bench/results   where the JSON, Markdown and PNG files go
              --service-env=notifier:KEY=VALUE;intake:KEY=VALUE   extra environment for a service (to try a setting)
              --clients=1000            distinct client addresses the reports come from (X-Forwarded-For through intake's
                                        trusted-proxy setting); 1 sends everything from one address
              --scenarios=1,2,3,4,5,6   which scenarios to run (5, the footprint, is always measured; 6 is the hash matcher)
            """;

    /** The extra environment {@code --service-env} gives {@code module} (intake, takedown or notifier). */
    Map<String, String> extraEnvironment(String module) {
        Map<String, String> env = new HashMap<>();
        for (String entry : serviceEnv.split(";")) {
            int colon = entry.indexOf(':');
            int eq = entry.indexOf('=');
            if (colon > 0 && eq > colon && module.startsWith(entry.substring(0, colon).trim())) {
                env.put(entry.substring(colon + 1, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        return env;
    }

    static BenchFlags parse(String[] args) {
        Map<String, String> f = new HashMap<>();
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("unknown argument " + a + "\n" + USAGE);
            }
            f.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        Path root = Paths.get(f.getOrDefault("root", ".")).toAbsolutePath().normalize();
        BenchFlags flags = new BenchFlags(root,
                Integer.parseInt(f.getOrDefault("step-seconds", "10")),
                Integer.parseInt(f.getOrDefault("limit-seconds", "10")),
                Double.parseDouble(f.getOrDefault("p99-target-ms", "50")),
                Integer.parseInt(f.getOrDefault("e2e-rate", "200")),
                Integer.parseInt(f.getOrDefault("e2e-seconds", "60")),
                Integer.parseInt(f.getOrDefault("delivery-backlog", "1000")),
                Integer.parseInt(f.getOrDefault("backlog", "20000")),
                Integer.parseInt(f.getOrDefault("partner-rate-limit", "100000")),
                Integer.parseInt(f.getOrDefault("outbox-rows", "5000")),
                Boolean.parseBoolean(f.getOrDefault("profile", "true")),
                root.resolve(f.getOrDefault("results", "bench/results")),
                java.util.Arrays.stream(f.getOrDefault("scenarios", "1,2,3,4,5,6").split(",")).map(String::trim)
                        .map(Integer::parseInt).collect(java.util.stream.Collectors.toSet()),
                f.getOrDefault("service-env", ""),
                Integer.parseInt(f.getOrDefault("clients", "1000")),
                Integer.parseInt(f.getOrDefault("notifier-queue", "200")));
        return flags;
    }
}
