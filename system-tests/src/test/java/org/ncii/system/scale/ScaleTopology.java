package org.ncii.system.scale;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import org.ncii.devstack.Platform;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.Ports;
import org.ncii.devstack.ServiceProcess;
import org.ncii.devstack.partner.PartnerReceiver;

/**
 * The platform scaled out on one machine: one PostgreSQL and one broker, intake once, takedown-service and
 * notifier-service twice each (same databases, same consumer groups), and a Meta partner's webhook receiver.
 * Its own platform rather than the scenarios' one, so the scenarios never see a second instance.
 */
final class ScaleTopology implements AutoCloseable {
    private static final String ISSUER = "https://helpline.example/scale-out";
    private static final String AUDIENCE = "scale-out-test";
    /** Services built meanwhile must not change under running instances: each run takes a copy of the builds. */
    private static final Duration SETTLED = Duration.ofSeconds(5);

    final Platform platform;
    final PartnerReceiver meta;
    private final KeyPair keys;

    private ScaleTopology(Platform platform, PartnerReceiver meta, KeyPair keys) {
        this.platform = platform;
        this.meta = meta;
        this.keys = keys;
    }

    /**
     * Starts everything; {@code deadline} replaces every request's deadline (both takedown instances run the
     * deadline check), and {@code lease} is how long a notifier instance holds the deliveries it claimed.
     */
    static ScaleTopology start(Duration deadline, Duration lease) {
        Path root = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Path home = root.resolve("system-tests/target/scale-home");
        deleteTree(home);
        KeyPair keys = rsaKeys();
        Path publicKey = writePublicKey(keys, home.resolve("keys"));
        PartnerReceiver meta = PartnerReceiver.start("/webhooks/meta");

        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService s : PlatformService.values()) {
            ports.put(s, Ports.freePort());
        }
        Map<String, String> jwt = Map.of("TAKEDOWN_JWT_PUBLIC_KEY_LOCATION", publicKey.toString(),
                "TAKEDOWN_JWT_ISSUER", ISSUER, "MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
        Map<PlatformService, Map<String, String>> env = new EnumMap<>(PlatformService.class);
        env.put(PlatformService.INTAKE, Map.of("INTAKE_RATE_LIMIT_SUBMISSIONS", "1000000"));
        Map<String, String> takedown = new HashMap<>(jwt);
        takedown.put("TAKEDOWN_RDAP_RESOLVE_HOSTS", "false");
        // Every URL of this run is a Facebook one; a registry lookup would go to a closed loopback port.
        takedown.put("TAKEDOWN_RDAP_FALLBACK_BASE_URL", "http://127.0.0.1:9/");
        takedown.put("TAKEDOWN_DEADLINE_CHECK_EVERY", "1s");
        takedown.put("TAKEDOWN_DEADLINE_OVERRIDE", deadline.toString());
        env.put(PlatformService.TAKEDOWN, takedown);
        Map<String, String> notifier = new HashMap<>(jwt);
        notifier.put("NOTIFIER_DELIVERY_PUBLIC_BASE_URL", "http://localhost:" + ports.get(PlatformService.NOTIFIER));
        notifier.put("NOTIFIER_DELIVERY_RETRY_SCHEDULE", "0s,1s,2s,3s,5s,10s");
        notifier.put("NOTIFIER_DELIVERY_WORKER_LEASE", lease.toSeconds() + "s");
        env.put(PlatformService.NOTIFIER, notifier);

        Path builds = copyBuilds(root, home.resolve("builds"));
        Platform.Settings settings = new Platform.Settings(builds, home, Ports.freePort(), Ports.freePort(),
                Ports.freePort(), ports, "dev", env, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        Platform platform = new Platform(settings);
        ScaleTopology topology = new ScaleTopology(platform, meta, keys);
        try {
            platform.startInfrastructure();
            // The second instances start together with the first ones: Flyway's lock lets one migrate, the other wait.
            ServiceProcess takedown2 = platform.addInstance(PlatformService.TAKEDOWN, Map.of());
            ServiceProcess notifier2 = platform.addInstance(PlatformService.NOTIFIER, Map.of());
            platform.startServices();
            takedown2.awaitReady(Duration.ofMinutes(3));
            notifier2.awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            topology.close();
            throw e;
        }
        return topology;
    }

    String intakeUrl() {
        return platform.service(PlatformService.INTAKE).baseUrl();
    }

    /** The second instance of a service (the one the test stops mid-run). */
    ServiceProcess second(PlatformService service) {
        return platform.instances(service).get(1);
    }

    /** Registers Meta with the receiver's URL through the admin API, and lets the receiver verify its signatures. */
    void registerMeta() {
        String admin = Jwt.issuer(ISSUER).upn("admin@helpline.example").subject("admin@helpline.example")
                .groups(Set.of("staff", "admin")).audience(AUDIENCE).expiresIn(3600).sign(keys.getPrivate());
        JsonPath registered = given().baseUri(platform.service(PlatformService.NOTIFIER).baseUrl()).auth().oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Meta Platforms", "platforms", List.of("FACEBOOK", "INSTAGRAM"), "webhookUrl", meta.url()))
                .post("/v1/partners").then().statusCode(201).extract().jsonPath();
        meta.trust(registered.getString("signingSecret"));
    }

    @Override
    public void close() {
        platform.close();
        meta.close();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey(KeyPair keys, Path dir) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPublic().getEncoded());
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("jwt-public.pem"), "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies each service's {@code target/quarkus-app}, once nothing in it changed for a few seconds. */
    private static Path copyBuilds(Path root, Path target) {
        for (PlatformService service : PlatformService.values()) {
            Path app = root.resolve(service.module()).resolve("target/quarkus-app");
            Path to = target.resolve(service.module()).resolve("target/quarkus-app");
            for (int tries = 0; ; tries++) {
                try {
                    if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                        throw new IllegalStateException(app + " is missing: run mvn install -DskipTests first");
                    }
                    awaitSettled(app);
                    copyTree(app, to);
                    break;
                } catch (IOException e) {
                    if (tries == 5) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return target;
    }

    private static void awaitSettled(Path dir) throws IOException {
        while (true) {
            long newest;
            try (Stream<Path> files = Files.walk(dir)) {
                newest = files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
            }
            if (System.currentTimeMillis() - newest > SETTLED.toMillis()) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
