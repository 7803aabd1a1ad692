package org.ncii.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the platform's services run from its built jar ({@code target/quarkus-app/quarkus-run.jar}) as a
 * child process, configured through environment variables, ready when {@code /q/health/ready} answers 200.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final List<String> jvmOptions;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logFile,
                          List<String> jvmOptions) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.port = port;
        this.environment = new LinkedHashMap<>(environment);
        this.logFile = logFile.toAbsolutePath();
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the process without waiting for it to be ready. */
    public synchronized ServiceProcess launch() {
        if (isRunning()) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run mvn install -DskipTests)");
        }
        Ports.requireFree(port, name);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaBinary());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ServiceProcess awaitReady(Duration timeout) {
        Await.until(name + " on port " + port, timeout, this::isReady, process);
        return this;
    }

    public ServiceProcess start(Duration timeout) {
        return launch().awaitReady(timeout);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized void stop() {
        ChildProcesses.stop(process, 30);
        process = null;
    }

    public synchronized void kill() {
        ChildProcesses.kill(process);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
