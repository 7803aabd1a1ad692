package org.ncii.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ncii.devstack.Platform;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.Ports;
import org.ncii.devstack.ServiceProcess;
import org.ncii.testkit.partner.MailServer;
import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.testkit.partner.RdapResponder;

/**
 * The platform the scenarios drive, started once per test JVM the way devstack starts it (its launcher, not a
 * copy): PostgreSQL, a Kafka broker and the three services from their built jars, plus the outside world a
 * real deployment talks to: a Meta partner's webhook receiver, an abuse mailbox (SMTP) and an RDAP server.
 */
public final class SystemPlatform {
    public static final String ABUSE_DOMAIN = "unknown-host.example";
    public static final String ABUSE_EMAIL = "abuse@hosting.example";

    private static SystemPlatform instance;
    private Partner metaPartner;

    public final Platform platform;
    public final PartnerReceiver meta;
    public final MailServer mail;
    public final RdapResponder rdap;
    public final Tokens tokens;

    private SystemPlatform(Platform platform, PartnerReceiver meta, MailServer mail, RdapResponder rdap, Tokens tokens) {
        this.platform = platform;
        this.meta = meta;
        this.mail = mail;
        this.rdap = rdap;
        this.tokens = tokens;
    }

    public static synchronized SystemPlatform get() {
        if (instance == null) {
            long started = System.nanoTime();
            instance = start();
            System.out.printf("[system-tests] platform started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "system-platform-stop"));
        }
        return instance;
    }

    public String url(PlatformService service) {
        return platform.service(service).baseUrl();
    }

    public ServiceProcess service(PlatformService service) {
        return platform.service(service);
    }

    public Victim victim() {
        return new Victim(url(PlatformService.INTAKE));
    }

    public Staff staff() {
        return new Staff(url(PlatformService.TAKEDOWN), tokens.staff());
    }

    public PartnerAdmin partnerAdmin() {
        return new PartnerAdmin(url(PlatformService.NOTIFIER), tokens.admin());
    }

    public Inbox metaInbox() {
        return new Inbox(meta);
    }

    /** The Meta partner (Facebook, Instagram, Threads, Messenger), registered once per run with the receiver's URL. */
    public synchronized Partner metaPartner() {
        if (metaPartner == null) {
            metaPartner = partnerAdmin().register("Meta Platforms", List.of("FACEBOOK", "INSTAGRAM", "THREADS", "MESSENGER"),
                    meta.url());
            meta.trust(metaPartner.signingSecret());
        }
        return metaPartner;
    }

    /**
     * Brings back whatever a scenario stopped: the broker, and each service that is not running (with its
     * normal settings), and the partner accepting again. Runs before every scenario class, and disruptive scenarios
     * call it when they end, pass or fail, so the next one starts healthy.
     */
    void heal() {
        meta.behave(new PartnerReceiver.Accept());
        if (!platform.broker().isRunning()) {
            platform.broker().start();
        }
        for (PlatformService s : PlatformService.values()) {
            if (!service(s).isRunning()) {
                platform.restart(s);
            }
        }
    }

    private static SystemPlatform start() {
        Path root = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Path home = root.resolve("system-tests/target/system-home");
        // Every run starts from empty databases and topics: partners and cases of an earlier run would collide.
        deleteTree(home);
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService s : PlatformService.values()) {
            ports.put(s, Ports.freePort());
        }
        Tokens tokens = Tokens.create(home.resolve("keys"));
        PartnerReceiver meta = PartnerReceiver.start("/webhooks/meta");
        MailServer mail = MailServer.start();
        RdapResponder rdap = RdapResponder.start().abuseContact(ABUSE_DOMAIN, ABUSE_EMAIL);
        Map<PlatformService, Map<String, String>> env = ServiceSettings.forSystemTests(tokens, mail, rdap, ports);
        Path builds = BuiltServices.copy(root, home.resolve("builds"));
        Platform.Settings settings = new Platform.Settings(builds, home, Ports.freePort(), Ports.freePort(), Ports.freePort(), ports, "dev",
                env, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        Platform platform = new Platform(settings);
        platform.startInfrastructure().startServices();
        return new SystemPlatform(platform, meta, mail, rdap, tokens);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        platform.close();
        meta.close();
        mail.close();
        rdap.close();
    }
}
