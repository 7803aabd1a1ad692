package org.ncii.takedown.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The registry file: a version string that changes with every edit, and the platforms. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryDocument(String version, List<PlatformEntry> platforms) {
    public RegistryDocument {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
    }
}
