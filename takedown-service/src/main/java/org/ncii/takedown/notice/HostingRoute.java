package org.ncii.takedown.notice;

import org.ncii.events.DeliveryRoute;

/**
 * Where a hosting-provider notice goes, and in what capacity the addressee is contacted (for the letter):
 * for example "abuse contact of the IP network NET-1 (Example Hosting)". {@code capacity} is null when no
 * contact was found; the route's note then says why.
 */
public record HostingRoute(DeliveryRoute route, String capacity) {
}
