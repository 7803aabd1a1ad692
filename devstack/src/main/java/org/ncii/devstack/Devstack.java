package org.ncii.devstack;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack-runner.jar [--demo]}: starts the whole platform on embedded defaults from the
 * project root, prints where everything is, and stops it all, children first, on Ctrl-C. {@code --demo} adds a
 * Meta partner on loopback that prints every notice it receives.
 */
public final class Devstack {
    private Devstack() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean demo = java.util.Arrays.asList(args).contains("--demo");
        Path root = Paths.get(java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("."))
                .toAbsolutePath().normalize();
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
        String demoLines = "";
        if (demo) {
            try {
                DemoPartner partner = DemoPartner.start(platform);
                Runtime.getRuntime().addShutdownHook(new Thread(partner::close, "demo-partner-stop"));
                demoLines = partner.describe();
            } catch (RuntimeException e) {
                System.err.println("devstack: demo partner not started: " + e.getMessage());
            }
        }
        System.out.println(banner(platform) + demoLines);
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
        out.append("\n  Submit a sample report (prints caseRef and accessCode):\n");
        out.append("    curl -s -X POST ").append(platform.service(PlatformService.INTAKE).baseUrl())
                .append("/v1/reports -H 'Content-Type: application/json' -d '").append(SAMPLE_REPORT).append("'\n");
        out.append("  Read its status:\n");
        out.append("    curl -s ").append(platform.service(PlatformService.INTAKE).baseUrl())
                .append("/v1/reports/<caseRef> -H 'X-Access-Code: <accessCode>'\n");
        Path root = platform.settings().projectRoot();
        DevTokens.mint(root, "caseworker@devstack.local", List.of("staff")).ifPresent(token -> {
            out.append("  Staff token (dev profile only; staff API on ").append(platform.service(PlatformService.TAKEDOWN).baseUrl())
                    .append("/v1/cases):\n    ").append(token).append('\n');
        });
        DevTokens.mint(root, "admin@devstack.local", List.of("staff", "admin")).ifPresent(token -> {
            out.append("  Admin token (dev profile only; partners on ").append(platform.service(PlatformService.NOTIFIER).baseUrl())
                    .append("/v1/partners):\n    ").append(token).append('\n');
        });
        out.append("  Caseworker dashboard: ").append(platform.service(PlatformService.TAKEDOWN).baseUrl()).append("/dashboard\n")
                .append("    sign in as ").append(DASHBOARD_ADMIN).append(" / ").append(DASHBOARD_PASSWORD)
                .append(" (dev profile only; TAKEDOWN_DASHBOARD_ADMIN_EMAIL and _PASSWORD choose another first admin)\n");
        out.append("========================================================================\n");
        return out.toString();
    }

    /** The dev-only first admin of takedown's dashboard (its %dev defaults in application.properties). */
    static final String DASHBOARD_ADMIN = "admin@devstack.local";
    static final String DASHBOARD_PASSWORD = "dev-only-password";

    /** A report a newcomer can send as is (a made-up Facebook URL; no partner is registered, so it waits for one). */
    static final String SAMPLE_REPORT = "{\"content\":[{\"url\":\"https://www.facebook.com/photo/?fbid=1234567890\"}],"
            + "\"reporter\":{\"role\":\"HELPLINE\"},\"subject\":{\"countryOfResidence\":\"GB\",\"minor\":false},"
            + "\"declarations\":{\"notConsented\":true,\"goodFaith\":true,\"accurate\":true},"
            + "\"signature\":\"Sam Caseworker\",\"shareIdentityWithPlatforms\":false}";
}
