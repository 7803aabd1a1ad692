package org.ncii.takedown.notice;

import io.smallrye.mutiny.Uni;

/**
 * Finds who can take content down from a host no platform entry covers (its hosting provider or registrar).
 * Never fails: a lookup that finds nothing, or cannot be made, yields a manual route with a note saying why.
 */
public interface AbuseContactDirectory {
    /**
     * @param host the URL's host name or IP literal (may be null for an unparsable URL)
     * @param site its registrable domain (or the IP literal)
     */
    Uni<HostingRoute> routeFor(String host, String site);
}
