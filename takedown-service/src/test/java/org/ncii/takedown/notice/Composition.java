package org.ncii.takedown.notice;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import io.vertx.mutiny.core.Vertx;
import org.ncii.events.ReportSubmitted;
import org.ncii.takedown.client.HostAddresses;
import org.ncii.takedown.client.LoopbackRdapServer;
import org.ncii.takedown.client.RdapAbuseContactDirectory;
import org.ncii.takedown.client.RdapClient;
import org.ncii.takedown.client.RdapConfig;
import org.ncii.takedown.client.RdapLookups;
import org.ncii.takedown.registry.BundledRegistry;

/**
 * The real composer without Quarkus: bundled registry, the service's Qute templates on a plain engine, the
 * real RDAP client against a loopback RDAP server, and a fixed helpline. Fast enough for many letter tests.
 */
public final class Composition implements AutoCloseable {
    public static final String HELPLINE_EMAIL = "removals@helpline.test";

    private final Vertx vertx = Vertx.vertx();
    private final LoopbackRdapServer rdap = LoopbackRdapServer.start();
    private final PlatformNoticeComposer composer;

    public Composition() {
        RdapConfig rdapConfig = new RdapConfig() {
            @Override
            public Optional<URI> baseUrl() {
                return Optional.of(URI.create(rdap.baseUrl()));
            }

            @Override
            public URI fallbackBaseUrl() {
                return URI.create("http://127.0.0.1:9/");
            }

            @Override
            public boolean resolveHosts() {
                return false;
            }
        };
        RdapLookups lookups = new RdapLookups(new RdapClient(vertx, new ObjectMapper()), rdapConfig, new ObjectMapper());
        composer = new PlatformNoticeComposer(BundledRegistry.load(),
                new RdapAbuseContactDirectory(lookups, new HostAddresses(rdapConfig)),
                new LetterRenderer(engine()), helpline());
    }

    public LoopbackRdapServer rdap() {
        return rdap;
    }

    public List<ComposedNotice> compose(ReportSubmitted report) {
        return composer.compose(report).await().atMost(Duration.ofSeconds(20));
    }

    public ComposedNotice composeOne(ReportSubmitted report, String platform) {
        return compose(report).stream().filter(n -> n.platform().equals(platform)).findFirst().orElseThrow();
    }

    /** A Qute engine reading the service's templates from the classpath, as Quarkus does. */
    public static Engine engine() {
        return Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .removeStandaloneLines(true)
                .addLocator(id -> Optional.ofNullable(Composition.class.getClassLoader().getResource("templates/" + id + ".txt"))
                        .map(url -> new TemplateLocation() {
                            @Override
                            public Reader read() {
                                try {
                                    return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }

                            @Override
                            public Optional<Variant> getVariant() {
                                return Optional.empty();
                            }
                        }))
                .build();
    }

    public static HelplineConfig helpline() {
        return new HelplineConfig() {
            @Override
            public String name() {
                return "Removal team";
            }

            @Override
            public String organisation() {
                return "Test Helpline";
            }

            @Override
            public String email() {
                return HELPLINE_EMAIL;
            }

            @Override
            public String phone() {
                return "+44 20 7946 0000";
            }

            @Override
            public String signature() {
                return "Removal team, Test Helpline";
            }
        };
    }

    @Override
    public void close() {
        rdap.close();
        vertx.closeAndAwait();
    }
}
