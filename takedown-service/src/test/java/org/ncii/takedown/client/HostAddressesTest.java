package org.ncii.takedown.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.google.common.net.InetAddresses;
import org.junit.jupiter.api.Test;

/** Only public addresses lead to a network's abuse desk; loopback, private and link-local ones never do. */
class HostAddressesTest {

    @Test
    void publicAddressesAreRoutableAndLocalOnesAreNot() {
        assertThat(HostAddresses.routable(ip("8.8.8.8"))).isTrue();
        assertThat(HostAddresses.routable(ip("2001:4860:4860::8888"))).isTrue();
        for (String local : new String[] {"127.0.0.1", "10.1.2.3", "192.168.1.1", "172.16.0.1", "169.254.1.1", "::1", "fd00::1", "fe80::1"}) {
            assertThat(HostAddresses.routable(ip(local))).as(local).isFalse();
        }
    }

    @Test
    void hostResolvingOnlyToLoopbackHasNoHostingNetwork() {
        Optional<String> address = new HostAddresses(config(true)).publicAddress("localhost").await().atMost(Duration.ofSeconds(5));

        assertThat(address).isEmpty();
    }

    @Test
    void resolutionCanBeSwitchedOff() {
        assertThat(new HostAddresses(config(false)).publicAddress("localhost").await().atMost(Duration.ofSeconds(5))).isEmpty();
    }

    private static InetAddress ip(String text) {
        return InetAddresses.forString(text);
    }

    private static RdapConfig config(boolean resolve) {
        return new RdapConfig() {
            @Override
            public Optional<URI> baseUrl() {
                return Optional.empty();
            }

            @Override
            public URI fallbackBaseUrl() {
                return URI.create("http://127.0.0.1:9/");
            }

            @Override
            public boolean resolveHosts() {
                return resolve;
            }
        };
    }
}
