package org.ncii.takedown.client;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.net.InetAddresses;

/**
 * The IANA RDAP bootstrap registries (RFC 9224): which RDAP server answers for a TLD or an address block.
 * Copies of {@code dns.json}, {@code ipv4.json} and {@code ipv6.json} from data.iana.org/rdap/ are bundled
 * under {@code registry/rdap/} (refresh them with each release; see the README there).
 */
public final class RdapBootstrap {
    static final String RESOURCE_DIR = "registry/rdap/";

    private final Map<String, URI> byTld;
    private final List<Block> blocks;
    private final String publication;

    private RdapBootstrap(Map<String, URI> byTld, List<Block> blocks, String publication) {
        this.byTld = byTld;
        this.blocks = blocks;
        this.publication = publication;
    }

    public static RdapBootstrap bundled(ObjectMapper json) {
        JsonNode dns = read(json, "dns.json");
        Map<String, URI> byTld = new HashMap<>();
        for (JsonNode service : dns.path("services")) {
            URI server = preferHttps(service.path(1));
            for (JsonNode tld : service.path(0)) {
                if (server != null) {
                    byTld.put(tld.asText().toLowerCase(Locale.ROOT), server);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String file : List.of("ipv4.json", "ipv6.json")) {
            for (JsonNode service : read(json, file).path("services")) {
                URI server = preferHttps(service.path(1));
                for (JsonNode prefix : service.path(0)) {
                    if (server != null) {
                        blocks.add(Block.parse(prefix.asText(), server));
                    }
                }
            }
        }
        return new RdapBootstrap(Map.copyOf(byTld), List.copyOf(blocks), dns.path("publication").asText(""));
    }

    /** The server for a domain: the longest listed suffix of it. */
    public Optional<URI> forDomain(String domain) {
        String name = domain.toLowerCase(Locale.ROOT);
        while (true) {
            URI server = byTld.get(name);
            if (server != null) {
                return Optional.of(server);
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            name = name.substring(dot + 1);
        }
    }

    /** The server for an address: the longest listed block containing it. */
    public Optional<URI> forAddress(String address) {
        if (!InetAddresses.isInetAddress(address)) {
            return Optional.empty();
        }
        InetAddress ip = InetAddresses.forString(address);
        Block best = null;
        for (Block block : blocks) {
            if (block.contains(ip) && (best == null || block.length() > best.length())) {
                best = block;
            }
        }
        return Optional.ofNullable(best).map(Block::server);
    }

    public String publication() {
        return publication;
    }

    private static URI preferHttps(JsonNode urls) {
        URI chosen = null;
        for (JsonNode url : urls) {
            URI uri = URI.create(url.asText().endsWith("/") ? url.asText() : url.asText() + "/");
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return uri;
            }
            chosen = chosen == null ? uri : chosen;
        }
        return chosen;
    }

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("RDAP bootstrap file " + RESOURCE_DIR + file + " is missing");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("RDAP bootstrap file " + file + " cannot be read", e);
        }
    }

    private record Block(byte[] network, int length, URI server) {
        static Block parse(String cidr, URI server) {
            int slash = cidr.indexOf('/');
            InetAddress address = InetAddresses.forString(slash < 0 ? cidr : cidr.substring(0, slash));
            int bits = address.getAddress().length * 8;
            int length = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
            return new Block(address.getAddress(), length, server);
        }

        boolean contains(InetAddress ip) {
            byte[] bytes = ip.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int shift = bytes.length * 8 - length;
            return new BigInteger(1, bytes).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
