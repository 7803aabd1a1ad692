package org.ncii.devstack;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack.jar}: starts the whole platform on embedded defaults from the
 * project root, prints where everything is, and stops it all, children first, on Ctrl-C.
 */
public final class Devstack {
    private Devstack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Paths.get(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Platform platform = new Platform(Platform.Settings.defaults(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (platform.hasStartedAnything()) {
                System.out.println("\nStopping the platform...");
                platform.close();
                System.out.println("Stopped.");
            }
            stopped.countDown();
        }, "devstack-shutdown"));
        try {
            platform.start();
        } catch (Ports.PortTakenException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("devstack: " + e.getMessage() + " (logs under " + platform.settings().home() + ")");
            System.exit(1);
        }
        System.out.println(banner(platform));
        stopped.await();
    }

    static String banner(Platform platform) {
        StringBuilder out = new StringBuilder();
        out.append("\n==================== Takedown platform is running ====================\n");
        for (PlatformService s : PlatformService.values()) {
            ServiceProcess p = platform.service(s);
            out.append(String.format("  %-17s %s   (Swagger UI: %s/q/swagger-ui)%n", s.module(), p.baseUrl(), p.baseUrl()));
        }
        out.append(String.format("  %-17s %s%n", "Kafka", platform.broker().bootstrapServers()));
        out.append(String.format("  %-17s %s (user %s)%n", "PostgreSQL", platform.database().jdbcUrl("<service>"),
                platform.database().user()));
        out.append(String.format("  %-17s %s%n", "Data and logs", platform.settings().home()));
        out.append("  Stop: press Ctrl-C (or kill -TERM ").append(ProcessHandle.current().pid()).append(")\n");
        out.append("========================================================================\n");
        return out.toString();
    }
}
