package org.ncii.takedown.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the platform registry comes from: the bundled resource, or a file that operators edit and we reload. */
@ConfigMapping(prefix = "takedown.registry")
public interface RegistryConfig {
    /** A registry file outside the jar; when absent the bundled {@code registry/platforms.yaml} is used. */
    Optional<Path> file();

    /** Classpath resource used when no file is configured. */
    @WithDefault("registry/platforms.yaml")
    String resource();

    /** How often the file is checked for changes (the scheduler reads this through a config expression). */
    @WithDefault("60s")
    Duration reloadInterval();
}
