package org.ncii.takedown.registry;

import java.util.List;
import java.util.Optional;

/** The platforms we know, loaded from a versioned data file: hosts, content ids, policies, channels, deadlines. */
public interface PlatformRegistry {
    /** Every known platform, for {@code GET /v1/platforms}. */
    List<PlatformDescription> all();

    Optional<PlatformDescription> byId(String platformId);

    /** The version of the registry data in use. */
    String version();
}
