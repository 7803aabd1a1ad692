package org.ncii.takedown.client;

/**
 * A definitive RDAP answer about one domain or address: the abuse contact, or why there is none. Cached;
 * failures to ask (timeouts, 5xx, open circuit) are never a lookup, so they are never cached.
 */
public record RdapLookup(String query, AbuseContact contact, String missingReason) {

    public static RdapLookup found(String query, AbuseContact contact) {
        return new RdapLookup(query, contact, null);
    }

    public static RdapLookup missing(String query, String reason) {
        return new RdapLookup(query, null, reason);
    }

    public boolean hasContact() {
        return contact != null;
    }
}
