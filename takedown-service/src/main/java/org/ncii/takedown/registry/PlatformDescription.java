package org.ncii.takedown.registry;

import java.util.List;

/**
 * One platform as the registry describes it. {@code family} groups platforms one partner may answer for
 * (META for Facebook, Instagram, Threads and Messenger); {@code channels} lists WEBHOOK, EMAIL and/or MANUAL.
 */
public record PlatformDescription(
        String id,
        String name,
        String family,
        List<String> hosts,
        String policyName,
        String policyUrl,
        List<String> channels,
        String noticeEmail,
        String webFormUrl,
        int deadlineHours,
        boolean servesUs) {

    public PlatformDescription {
        hosts = List.copyOf(hosts);
        channels = List.copyOf(channels);
    }
}
