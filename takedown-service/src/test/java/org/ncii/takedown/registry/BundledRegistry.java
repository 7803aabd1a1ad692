package org.ncii.takedown.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The registry as the service ships it, or read from a file, without starting Quarkus. */
public final class BundledRegistry {
    private BundledRegistry() {
    }

    public static ReloadingPlatformRegistry load() {
        return new ReloadingPlatformRegistry(config(null));
    }

    public static ReloadingPlatformRegistry fromFile(Path file) {
        return new ReloadingPlatformRegistry(config(file));
    }

    private static RegistryConfig config(Path file) {
        return new RegistryConfig() {
            @Override
            public Optional<Path> file() {
                return Optional.ofNullable(file);
            }

            @Override
            public String resource() {
                return "registry/platforms.yaml";
            }

            @Override
            public Duration reloadInterval() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
