package org.ncii.takedown.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The platform registry in use: loaded from the bundled YAML resource or from an operator-edited file, and
 * re-read when that file changes, so a new host or form link needs no release. A broken edit is refused
 * (and logged) while the previous version stays in force.
 */
@ApplicationScoped
public class ReloadingPlatformRegistry implements PlatformRegistry {
    private static final Logger LOG = Logger.getLogger(ReloadingPlatformRegistry.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final RegistryConfig config;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    public ReloadingPlatformRegistry(RegistryConfig config) {
        this.config = config;
        byte[] bytes = read();
        current.set(new Loaded(parse(bytes), digest(bytes)));
        LOG.infof("Platform registry version %s loaded (%d platforms)", version(), all().size());
    }

    @Override
    public List<PlatformDescription> all() {
        return catalogue().all();
    }

    @Override
    public Optional<PlatformDescription> byId(String platformId) {
        return catalogue().byId(platformId);
    }

    @Override
    public String version() {
        return catalogue().version();
    }

    /** The platform a reported URL belongs to ({@code HOSTING_PROVIDER} for unknown hosts) and its content id. */
    public PlatformMatch match(String url) {
        return catalogue().match(url);
    }

    /** The validated version in use; callers composing one notice keep it so a reload cannot split a case. */
    public PlatformCatalogue catalogue() {
        return current.get().catalogue();
    }

    /**
     * Re-reads the configured file and switches to it when its content changed and is valid.
     *
     * @return true when a new version is now in use
     */
    public synchronized boolean reloadIfChanged() {
        if (config.file().isEmpty()) {
            return false;
        }
        try {
            byte[] bytes = read();
            byte[] digest = digest(bytes);
            if (Arrays.equals(digest, current.get().digest())) {
                return false;
            }
            PlatformCatalogue next = parse(bytes);
            String previous = version();
            current.set(new Loaded(next, digest));
            LOG.infof("Platform registry reloaded: version %s replaces %s", next.version(), previous);
            return true;
        } catch (InvalidRegistryException e) {
            LOG.errorf("Platform registry change refused, keeping version %s: %s", version(), e.getMessage());
            return false;
        }
    }

    @Scheduled(every = "${takedown.registry.reload-interval:60s}", delayed = "${takedown.registry.reload-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReload() {
        reloadIfChanged();
    }

    private byte[] read() {
        try {
            if (config.file().isPresent()) {
                return Files.readAllBytes(config.file().get());
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.resource())) {
                if (in == null) {
                    throw new InvalidRegistryException("registry resource " + config.resource() + " not found");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new InvalidRegistryException("registry cannot be read: " + e.getMessage(), e);
        }
    }

    private static PlatformCatalogue parse(byte[] bytes) {
        try {
            return PlatformCatalogue.of(YAML.readValue(bytes, RegistryDocument.class));
        } catch (IOException e) {
            throw new InvalidRegistryException("registry is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Loaded(PlatformCatalogue catalogue, byte[] digest) {
    }
}
