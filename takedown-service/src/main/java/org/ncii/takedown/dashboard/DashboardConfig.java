package org.ncii.takedown.dashboard;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The caseworker dashboard: its first administrator, its page size and its way to notifier's partner API. */
@ConfigMapping(prefix = "takedown.dashboard")
public interface DashboardConfig {
    /** Created at start when both are set and no account has this e-mail yet (never overwritten). */
    FirstAdmin admin();

    /** Cases per queue page. */
    @WithDefault("25")
    int pageSize();

    /**
     * A banked hash that has matched this many other reports is flagged on the case page as possibly a common image
     * (a candidate for the never-match list) rather than the victim's content.
     */
    @WithDefault("5")
    int commonHashMatches();

    /** Where partners are administered; absent: the partners page explains how to do it on notifier-service. */
    Notifier notifier();

    interface FirstAdmin {
        Optional<String> email();

        Optional<String> password();
    }

    interface Notifier {
        /** notifier-service's base URL, e.g. {@code http://127.0.0.1:8083}. */
        Optional<String> url();

        /**
         * A private key notifier trusts for staff tokens: the dashboard signs a two-minute token in the signed-in
         * admin's name for each partner call. Without it partners cannot be managed from the dashboard.
         */
        Optional<String> signingKeyLocation();

        /** Issuer and audience of those tokens: the values notifier verifies. */
        @WithDefault("${mp.jwt.verify.issuer}")
        String issuer();

        @WithDefault("ncii-takedown")
        String audience();
    }
}
