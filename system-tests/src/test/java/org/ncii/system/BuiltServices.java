package org.ncii.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.ncii.devstack.PlatformService;

/**
 * A private copy of each service's built application ({@code <module>/target/quarkus-app}), taken when the run
 * starts: a service restarted mid-run (after a crash, with new settings) runs the same build as before even if
 * someone rebuilds the module meanwhile. The copy keeps the project's layout, so it serves as devstack's root.
 */
final class BuiltServices {
    private static final Duration SETTLED = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private BuiltServices() {
    }

    static Path copy(Path projectRoot, Path target) {
        for (PlatformService service : PlatformService.values()) {
            Path app = projectRoot.resolve(service.module()).resolve("target/quarkus-app");
            copyWhenSettled(app, target.resolve(service.module()).resolve("target/quarkus-app"));
        }
        return target;
    }

    /** Waits until no file of the build changed for a few seconds (a rebuild may be under way), then copies it. */
    private static void copyWhenSettled(Path app, Path to) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (Files.isRegularFile(app.resolve("quarkus-run.jar")) && newestChange(app).isBefore(Instant.now().minus(SETTLED))) {
                    copyTree(app, to);
                    if (Files.isRegularFile(to.resolve("quarkus-run.jar"))) {
                        return;
                    }
                }
            } catch (NoSuchFileException vanishedDuringCopy) {
                // a rebuild started while we copied: wait and copy again
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(app + " is missing or keeps changing: run mvn install -DskipTests first");
            }
            pause();
        }
    }

    private static Instant newestChange(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.now();
                }
            }).max(Instant::compareTo).orElse(Instant.now());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
