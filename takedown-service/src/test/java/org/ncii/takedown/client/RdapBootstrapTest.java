package org.ncii.takedown.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** In production the RDAP server for a name or address comes from the bundled IANA bootstrap files. */
class RdapBootstrapTest {
    private static final RdapBootstrap BOOTSTRAP = RdapBootstrap.bundled(new ObjectMapper());

    @Test
    void domainGoesToItsTldRegistry() {
        assertThat(BOOTSTRAP.forDomain("shady-host.com")).contains(URI.create("https://rdap.verisign.com/com/v1/"));
        assertThat(BOOTSTRAP.forDomain("shady-host.co.uk")).contains(URI.create("https://rdap.nominet.uk/uk/"));
        assertThat(BOOTSTRAP.forDomain("abuse-test.invalid")).isEmpty();
    }

    @Test
    void addressGoesToItsRegionalRegistry() {
        assertThat(BOOTSTRAP.forAddress("8.8.8.8")).contains(URI.create("https://rdap.arin.net/registry/"));
        assertThat(BOOTSTRAP.forAddress("193.0.6.139")).contains(URI.create("https://rdap.db.ripe.net/"));
        assertThat(BOOTSTRAP.forAddress("2001:4200::1")).contains(URI.create("https://rdap.afrinic.net/rdap/"));
        assertThat(BOOTSTRAP.forAddress("127.0.0.1")).isEmpty();
    }
}
