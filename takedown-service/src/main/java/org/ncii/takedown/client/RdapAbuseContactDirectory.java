package org.ncii.takedown.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.common.net.InetAddresses;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.DeliveryRoute;
import org.ncii.takedown.notice.AbuseContactDirectory;
import org.ncii.takedown.notice.HostingRoute;
import org.ncii.takedown.notice.PlainText;

/**
 * Finds the abuse desk for a host no platform covers, as the issue orders: the abuse contact of the IP
 * network serving the host (the hosting provider) when the host resolves, else the abuse contact of the
 * domain's registrar. Nothing found, or RDAP unreachable: a manual route whose note says why.
 */
@ApplicationScoped
public class RdapAbuseContactDirectory implements AbuseContactDirectory {
    private static final Logger LOG = Logger.getLogger(RdapAbuseContactDirectory.class);

    private final RdapLookups lookups;
    private final HostAddresses addresses;

    public RdapAbuseContactDirectory(RdapLookups lookups, HostAddresses addresses) {
        this.lookups = lookups;
        this.addresses = addresses;
    }

    @Override
    public Uni<HostingRoute> routeFor(String host, String site) {
        if (host == null) {
            return Uni.createFrom().item(manual("the URL has no host name to look up"));
        }
        if (InetAddresses.isInetAddress(host)) {
            return network(host, host).map(found -> found.orElseGet(() -> manual(
                    "no abuse contact found through RDAP for the network of " + host)));
        }
        return addresses.publicAddress(host)
                .chain(address -> address.isPresent()
                        ? network(address.get(), host)
                        : Uni.createFrom().item(Optional.<HostingRoute>empty()))
                .chain(found -> found.isPresent()
                        ? Uni.createFrom().item(found.get())
                        : registrar(site == null ? host : site));
    }

    private Uni<Optional<HostingRoute>> network(String address, String host) {
        return Uni.createFrom().deferred(() -> lookups.ip(address))
                .map(lookup -> lookup.hasContact()
                        ? Optional.of(route(lookup.contact(), networkCapacity(lookup.contact(), address, host), lookup.query()))
                        : Optional.<HostingRoute>empty())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("RDAP network lookup failed (%s); trying the registrar", failure.getClass().getSimpleName());
                    return Optional.empty();
                });
    }

    private Uni<HostingRoute> registrar(String domain) {
        return Uni.createFrom().deferred(() -> lookups.domain(domain))
                .map(lookup -> lookup.hasContact()
                        ? route(lookup.contact(), registrarCapacity(lookup.contact(), domain), lookup.query())
                        : manual(lookup.missingReason()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("RDAP domain lookup failed (%s)", failure.getClass().getSimpleName());
                    return manual("the RDAP lookup for domain " + domain + " failed ("
                            + PlainText.line(failure.getMessage(), 200) + "); try again or find the host's abuse desk by hand");
                });
    }

    private static String networkCapacity(AbuseContact contact, String address, String host) {
        String network = PlainText.line(contact.objectName(), 120);
        String holder = PlainText.line(contact.holderName(), 120);
        return "abuse contact of the network " + (network == null ? "holding " + address : network)
                + (holder == null ? "" : " of " + holder) + " that hosts " + host;
    }

    private static String registrarCapacity(AbuseContact contact, String domain) {
        String registrar = PlainText.line(contact.holderName(), 120);
        return registrar == null
                ? "abuse contact of the domain " + domain
                : "abuse contact of the registrar " + registrar + " for the domain " + domain;
    }

    private static HostingRoute route(AbuseContact contact, String capacity, String query) {
        String email = PlainText.token(contact.email(), 254);
        return new HostingRoute(new DeliveryRoute(email, null, "Abuse contact found through RDAP (" + query + ")"), capacity);
    }

    private static HostingRoute manual(String reason) {
        return new HostingRoute(new DeliveryRoute(null, null,
                "MANUAL: no abuse contact could be found, because " + reason
                        + ". Find the host's abuse desk by hand and file this notice there."), null);
    }
}
