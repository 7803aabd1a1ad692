package org.ncii.takedown.client;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Resolves a host name to the public address that serves it, whose network's abuse desk is the hosting
 * provider. Resolution blocks, so it runs on a worker thread; addresses no registry would know (loopback,
 * private, link-local) count as unresolved.
 */
@ApplicationScoped
public class HostAddresses {
    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(3);

    private final RdapConfig config;

    public HostAddresses(RdapConfig config) {
        this.config = config;
    }

    public Uni<Optional<String>> publicAddress(String host) {
        if (!config.resolveHosts() || host == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Uni.createFrom().item(() -> resolve(host))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(RESOLVE_TIMEOUT).recoverWithItem(Optional.empty());
    }

    private static Optional<String> resolve(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host))
                    .filter(HostAddresses::routable)
                    .min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1))
                    .map(InetAddress::getHostAddress);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    static boolean routable(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }
}
