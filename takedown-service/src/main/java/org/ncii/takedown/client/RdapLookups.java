package org.ncii.takedown.client;

import java.net.IDN;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.net.InetAddresses;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;

/**
 * The two RDAP questions the service asks, with their answers cached: who is the abuse contact of a domain
 * (its registrar, RFC 9082 {@code domain/}) and of the network holding an address ({@code ip/}). The server
 * comes from configuration when set (tests), else from the IANA bootstrap data, else the fallback.
 */
@ApplicationScoped
public class RdapLookups {
    private final RdapClient client;
    private final RdapConfig config;
    private final RdapBootstrap bootstrap;

    public RdapLookups(RdapClient client, RdapConfig config, ObjectMapper json) {
        this.client = client;
        this.config = config;
        this.bootstrap = RdapBootstrap.bundled(json);
    }

    @CacheResult(cacheName = "rdap-domain")
    public Uni<RdapLookup> domain(String domain) {
        String name = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
        URI url = server(bootstrap.forDomain(name)).resolve("domain/" + name);
        return client.get(url).map(answer -> lookup("domain " + name, answer));
    }

    @CacheResult(cacheName = "rdap-ip")
    public Uni<RdapLookup> ip(String address) {
        if (!InetAddresses.isInetAddress(address)) {
            return Uni.createFrom().item(RdapLookup.missing("ip " + address, "it is not an IP address"));
        }
        String literal = InetAddresses.toAddrString(InetAddresses.forString(address));
        URI url = server(bootstrap.forAddress(literal)).resolve("ip/" + literal);
        return client.get(url).map(answer -> lookup("IP address " + literal, answer));
    }

    private static RdapLookup lookup(String query, Optional<JsonNode> answer) {
        if (answer.isEmpty()) {
            return RdapLookup.missing(query, "RDAP has no record for " + query);
        }
        return RdapAbuseEntities.find(answer.get())
                .map(contact -> RdapLookup.found(query, contact))
                .orElseGet(() -> RdapLookup.missing(query, "the RDAP record for " + query + " names no abuse contact"));
    }

    private URI server(Optional<URI> bootstrapped) {
        URI base = config.baseUrl().or(() -> bootstrapped).orElse(config.fallbackBaseUrl());
        String text = base.toString();
        return text.endsWith("/") ? base : URI.create(text + "/");
    }
}
