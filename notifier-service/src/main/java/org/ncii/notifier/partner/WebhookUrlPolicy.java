package org.ncii.notifier.partner;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.ncii.notifier.partner.config.PartnerConfig;

/**
 * Where a webhook may point: https (in {@code %prod}) and never a loopback, private, link-local or cloud
 * metadata address, so a partner URL cannot make us call into our own network. Checked at registration and
 * again before each delivery, because DNS can change in between.
 *
 * <p>Delivery calls {@link #checkOffEventLoop(URI)} (or {@link #check(URI)} from a worker thread); both fail
 * with {@link WebhookUrlRefused} naming the reason.
 */
@ApplicationScoped
public class WebhookUrlPolicy {
    private final boolean requireHttps;
    private final Set<String> allowedHosts;
    private final Vertx vertx;

    @Inject
    public WebhookUrlPolicy(PartnerConfig config, Vertx vertx) {
        this(config.webhooks().requireHttps(), config.webhooks().allowedHosts().orElse(Set.of()), vertx);
    }

    public WebhookUrlPolicy(boolean requireHttps, Set<String> allowedHosts, Vertx vertx) {
        this.requireHttps = requireHttps;
        this.allowedHosts = allowedHosts.stream().map(WebhookUrlPolicy::bare).collect(Collectors.toUnmodifiableSet());
        this.vertx = vertx;
    }

    /** The URL may not be used as a webhook; the message says why, without echoing the URL. */
    public static final class WebhookUrlRefused extends RuntimeException {
        public WebhookUrlRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Checks the URL, resolving its host: blocking (DNS), so call it off the event loop. */
    public void check(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            throw new WebhookUrlRefused("must be an absolute URL with a host");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new WebhookUrlRefused("must be an https URL");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw new WebhookUrlRefused("must be an https URL");
        }
        if (url.getRawUserInfo() != null) {
            throw new WebhookUrlRefused("must not carry credentials");
        }
        String host = bare(url.getHost());
        if (allowedHosts.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new WebhookUrlRefused("host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowedHosts.contains(bare(address.getHostAddress())) && isInternal(address)) {
                throw new WebhookUrlRefused("resolves to a loopback, private, link-local or metadata address");
            }
        }
    }

    /** {@link #check(URI)} on a worker thread; the result comes back on the caller's Vert.x context. */
    public Uni<Void> checkOffEventLoop(URI url) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            check(url);
            return null;
        }), false).replaceWithVoid();
    }

    /** Loopback, unspecified, private, carrier-grade NAT, link-local (incl. 169.254.169.254), unique-local, multicast. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 127 || (first == 100 && second >= 64 && second <= 127)
                    || (first == 169 && second == 254);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local, incl. fd00:ec2::254 metadata
            }
            if (isMappedOrCompatibleV4(b)) {
                byte[] v4 = new byte[] {b[12], b[13], b[14], b[15]};
                try {
                    return isInternal(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT).trim();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
