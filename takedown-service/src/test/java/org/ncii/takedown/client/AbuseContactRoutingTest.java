package org.ncii.takedown.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ncii.takedown.notice.AbuseContactDirectory;
import org.ncii.takedown.notice.HostingRoute;

/**
 * Unknown hosts are routed to the abuse contact a real RDAP server (on loopback) names: the hosting network's
 * when the host is an address, else the registrar's; nothing found or RDAP unusable gives a manual route
 * that says why. Retries, timeout, circuit breaker and cache are those of the running service.
 */
@QuarkusTest
class AbuseContactRoutingTest {
    private static final AtomicInteger PROBES = new AtomicInteger();

    @Inject
    AbuseContactDirectory directory;

    LoopbackRdapServer rdap;

    @AfterEach
    void registryIsReachableAgainForOtherTests() {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String probe = "probe-" + PROBES.incrementAndGet() + ".example";
            rdap.domain(probe, "abuse@" + probe);
            return ("abuse@" + probe).equals(route("www." + probe, probe).route().email());
        });
    }

    @Test
    void registrarAbuseContactIsFoundForAnUnknownDomain() {
        HostingRoute route = route("cdn.abuse-test.example", "abuse-test.example");

        assertThat(route.route().email()).isEqualTo(RdapTestResource.KNOWN_DOMAIN_ABUSE);
        assertThat(route.capacity()).isEqualTo("abuse contact of the registrar Test Registrar, Inc. for the domain abuse-test.example");
        assertThat(route.route().note()).contains("RDAP (domain abuse-test.example)");
    }

    @Test
    void hostingNetworksAbuseContactIsFoundForAnAddress() {
        HostingRoute route = route(RdapTestResource.KNOWN_ADDRESS, RdapTestResource.KNOWN_ADDRESS);

        assertThat(route.route().email()).isEqualTo(RdapTestResource.KNOWN_ADDRESS_ABUSE);
        assertThat(route.capacity()).isEqualTo("abuse contact of the network TEST-HOSTING-NET of Test Hosting Ltd that hosts 127.0.0.9");
    }

    @Test
    void unknownDomainGoesToTheManualChannelWithTheReason() {
        HostingRoute route = route("nothing-here.invalid", "nothing-here.invalid");

        assertThat(route.route().email()).isNull();
        assertThat(route.route().webFormUrl()).isNull();
        assertThat(route.capacity()).isNull();
        assertThat(route.route().note()).startsWith("MANUAL: no abuse contact could be found")
                .contains("RDAP has no record for domain nothing-here.invalid");
    }

    @Test
    void recordWithoutAbuseEntityGoesToTheManualChannelWithTheReason() {
        rdap.domainWithoutAbuse("quiet-registrar.example");

        HostingRoute route = route("quiet-registrar.example", "quiet-registrar.example");

        assertThat(route.route().email()).isNull();
        assertThat(route.route().note()).contains("the RDAP record for domain quiet-registrar.example names no abuse contact");
    }

    @Test
    void addressWithoutNetworkRecordIsRoutedManually() {
        HostingRoute route = route("127.0.0.10", "127.0.0.10");

        assertThat(route.route().email()).isNull();
        assertThat(route.route().note()).contains("network of 127.0.0.10");
    }

    @Test
    void unavailableRegistryIsRetriedAndAnswersAreCached() {
        rdap.domain("flaky-registry.example", "abuse@flaky-registry.example").failNext("domain/flaky-registry.example", 2);

        HostingRoute first = route("flaky-registry.example", "flaky-registry.example");
        HostingRoute second = route("www.flaky-registry.example", "flaky-registry.example");

        assertThat(first.route().email()).isEqualTo("abuse@flaky-registry.example");
        assertThat(second).isEqualTo(first);
        assertThat(rdap.requests("domain/flaky-registry.example")).as("two 503s, one answer, then the cache").isEqualTo(3);
    }

    @Test
    void registryTooSlowToAnswerGivesAManualRouteSayingSo() {
        rdap.domain("slow-registry.example", "abuse@slow-registry.example").delay("domain/slow-registry.example", 3000);

        HostingRoute route = route("slow-registry.example", "slow-registry.example");

        assertThat(route.route().email()).isNull();
        assertThat(route.route().note()).contains("the RDAP lookup for domain slow-registry.example failed");
    }

    @Test
    void registryThatKeepsFailingOpensTheCircuitAndIsNoLongerAsked() {
        rdap.failNext("domain/down-registry.example", 1000);
        for (int i = 0; i < 4; i++) {
            route("down-registry.example", "down-registry.example");
        }
        int asked = rdap.requests("domain/down-registry.example");

        HostingRoute route = route("down-registry.example", "down-registry.example");

        assertThat(rdap.requests("domain/down-registry.example")).as("circuit open: not asked again").isEqualTo(asked);
        assertThat(route.route().email()).isNull();
        assertThat(route.route().note()).contains("the RDAP lookup for domain down-registry.example failed");
    }

    private HostingRoute route(String host, String site) {
        return directory.routeFor(host, site).await().atMost(Duration.ofSeconds(30));
    }
}
