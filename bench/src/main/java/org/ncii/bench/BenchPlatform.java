package org.ncii.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ncii.devstack.Platform;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.Ports;

/**
 * The platform under test, started with devstack's {@link Platform} on free ports from a private copy of the built
 * services (a rebuild during the run cannot pull jars from under a running service), plus a Meta partner whose
 * webhook is the benchmark's {@link Receiver}. Services start one at a time so each start-to-ready time is its own.
 */
final class BenchPlatform implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Platform platform;
    final Receiver receiver;
    final Map<PlatformService, Double> startSeconds = new EnumMap<>(PlatformService.class);
    final Map<String, String> settingsNote = new LinkedHashMap<>();
    private String signingSecret;

    private BenchPlatform(Platform platform, Receiver receiver) {
        this.platform = platform;
        this.receiver = receiver;
    }

    static BenchPlatform start(BenchFlags flags) {
        Path home = flags.root().resolve("bench/target/bench-home");
        deleteTree(home);
        Path builds = copyBuilds(flags.root(), home.resolve("builds"));
        StaffTokens tokens = StaffTokens.create(home.resolve("keys"));
        Receiver receiver = Receiver.start("/webhooks/meta", 50);

        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService s : PlatformService.values()) {
            ports.put(s, Ports.freePort());
        }
        Map<String, String> jwt = Map.of(
                "TAKEDOWN_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyFile().toString(),
                "TAKEDOWN_JWT_ISSUER", StaffTokens.ISSUER);
        Map<PlatformService, Map<String, String>> env = new EnumMap<>(PlatformService.class);
        Map<String, String> intake = new HashMap<>();
        intake.put("INTAKE_RATE_LIMIT_SUBMISSIONS", "1000000000");
        if (flags.clients() > 1) {
            // Reports come from many victims and helplines through a reverse proxy, as intake is deployed (see its
            // "HTTP edge" settings): the per-client submission limit then counts each client on its own row.
            intake.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            intake.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            intake.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        }
        Reports.clients = flags.clients();
        env.put(PlatformService.INTAKE, intake);
        Map<String, String> takedown = new HashMap<>(jwt);
        takedown.put("TAKEDOWN_RDAP_RESOLVE_HOSTS", "false");
        env.put(PlatformService.TAKEDOWN, takedown);
        Map<String, String> notifier = new HashMap<>(jwt);
        notifier.put("NOTIFIER_DELIVERY_PUBLIC_BASE_URL", "http://localhost:" + ports.get(PlatformService.NOTIFIER));
        notifier.put("NOTIFIER_DELIVERY_ENDPOINT_RATE_LIMIT", Integer.toString(flags.partnerRateLimit()));
        notifier.put("NOTIFIER_DELIVERY_ENDPOINT_CIRCUIT_DELAY", "2s");
        // Enough short retries that no notice is dead-lettered during the outage scenario (shipped: 0s,5s,5m,...,24h).
        notifier.put("NOTIFIER_DELIVERY_RETRY_SCHEDULE", "0s,1s,2s," + IntStream.range(0, 60).mapToObj(i -> "3s")
                .collect(Collectors.joining(",")));
        env.put(PlatformService.NOTIFIER, notifier);

        for (PlatformService s : PlatformService.values()) {
            Map<String, String> extra = flags.extraEnvironment(s.module());
            if (!extra.isEmpty()) {
                Map<String, String> merged = new HashMap<>(env.get(s));
                merged.putAll(extra);
                env.put(s, merged);
            }
        }
        List<String> jvm = List.of("-Xmx256m", "-XX:+UseSerialGC");
        Platform.Settings settings = new Platform.Settings(builds, home, Ports.freePort(), Ports.freePort(), Ports.freePort(),
                ports, "dev", env, jvm);
        Platform platform = new Platform(settings);
        BenchPlatform bench = new BenchPlatform(platform, receiver);
        bench.settingsNote.put("service JVM options", String.join(" ", jvm));
        bench.settingsNote.put("notifier per-partner rate limit (req/s)", Integer.toString(flags.partnerRateLimit()));
        bench.settingsNote.put("notifier circuit-breaker delay", "2s (shipped 60s)");
        bench.settingsNote.put("notifier retry schedule", "0s,1s,2s then 3s x60 (shipped 0s,5s,5m,30m,...)");
        bench.settingsNote.put("intake submission limit per client", "1e9 per minute (shipped 20)");
        bench.settingsNote.put("report clients", flags.clients() > 1
                ? flags.clients() + " distinct addresses via X-Forwarded-For (intake trusts the loopback proxy)" : "one address");
        if (!flags.serviceEnv().isBlank()) {
            bench.settingsNote.put("extra service environment (--service-env)", flags.serviceEnv());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bench::close, "bench-platform-stop"));
        platform.startInfrastructure();
        for (PlatformService s : PlatformService.values()) {
            long t0 = System.nanoTime();
            platform.restart(s);
            bench.startSeconds.put(s, (System.nanoTime() - t0) / 1e9);
            System.out.printf("[bench] %s ready in %.1f s%n", s.module(), bench.startSeconds.get(s));
        }
        bench.registerPartner(tokens);
        return bench;
    }

    String url(PlatformService s) {
        return platform.service(s).baseUrl();
    }

    String signingSecret() {
        return signingSecret;
    }

    private void registerPartner(StaffTokens tokens) {
        String body = "{\"name\":\"Meta Platforms\",\"platforms\":[\"FACEBOOK\",\"INSTAGRAM\",\"THREADS\",\"MESSENGER\"],"
                + "\"webhookUrl\":\"" + receiver.url() + "\"}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url(PlatformService.NOTIFIER) + "/v1/partners")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.admin()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registering the partner answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode registered = JSON.readTree(response.body());
            signingSecret = registered.path("signingSecret").asText();
            receiver.trust(signingSecret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies each service's {@code target/quarkus-app} under the run's home, keeping the project's layout. */
    private static Path copyBuilds(Path root, Path target) {
        for (PlatformService s : PlatformService.values()) {
            Path app = root.resolve(s.module()).resolve("target/quarkus-app");
            awaitSettled(app);
            Path to = target.resolve(s.module()).resolve("target/quarkus-app");
            try (Stream<Path> files = Files.walk(app)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path dest = to.resolve(app.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    /** Waits (up to five minutes) until the build exists and no file of it changed for five seconds: a rebuild may be under way. */
    private static void awaitSettled(Path app) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                if (Files.isRegularFile(app.resolve("quarkus-run.jar")) && newestChangeMillis(app) < System.currentTimeMillis() - 5000) {
                    return;
                }
            } catch (IOException | UncheckedIOException e) {
                // files vanished during the walk: a rebuild is running
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(app + "/quarkus-run.jar is missing or keeps changing: run mvn -Pbench install -DskipTests first");
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long newestChangeMillis(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(Long.MAX_VALUE);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private volatile boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        platform.close();
        receiver.close();
    }
}
