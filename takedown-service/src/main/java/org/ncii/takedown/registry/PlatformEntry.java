package org.ncii.takedown.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One platform exactly as the registry file states it, before validation. {@code hosts} match themselves and
 * every name under them; {@code exactHosts} only themselves (google.com serves Search, but drive.google.com
 * does not). {@code contentIdPatterns} are tried in order against a URL's "/path?query"; the group named
 * {@code id}, else group 1, is the content id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlatformEntry(
        String id,
        String name,
        String family,
        List<String> hosts,
        List<String> exactHosts,
        List<String> contentIdPatterns,
        String policyName,
        String policyUrl,
        List<String> channels,
        String noticeEmail,
        String webFormUrl,
        Integer deadlineHours,
        Boolean servesUs) {

    public PlatformEntry {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        exactHosts = exactHosts == null ? List.of() : List.copyOf(exactHosts);
        contentIdPatterns = contentIdPatterns == null ? List.of() : List.copyOf(contentIdPatterns);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
