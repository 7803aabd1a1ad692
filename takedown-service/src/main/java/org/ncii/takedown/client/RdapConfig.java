package org.ncii.takedown.client;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where RDAP questions go and whether host names are resolved to find their hosting network. */
@ConfigMapping(prefix = "takedown.rdap")
public interface RdapConfig {
    /**
     * One RDAP server answering every question (tests: a responder on loopback). When absent, the IANA
     * bootstrap files bundled under {@code registry/rdap/} choose the server per TLD or address block.
     */
    Optional<URI> baseUrl();

    /** For names and addresses the bootstrap does not cover: a redirecting RDAP service. */
    @WithDefault("https://rdap.org/")
    URI fallbackBaseUrl();

    /** Resolve host names to find the hosting network; off where DNS must not be asked (tests). */
    @WithDefault("true")
    boolean resolveHosts();
}
