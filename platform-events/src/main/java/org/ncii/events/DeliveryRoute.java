package org.ncii.events;

/**
 * Where a notice can go when no partner answers for the platform: an e-mail address for legal or abuse
 * notices, or a web form a caseworker files by hand. Either may be null; {@code note} says why a route is
 * missing (for example, no RDAP abuse contact found).
 */
public record DeliveryRoute(String email, String webFormUrl, String note) {
}
