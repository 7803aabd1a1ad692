package org.ncii.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Apache Kafka broker in KRaft mode, run as a child process from the Kafka jars. Data stays
 * in {@code dataDir}, so a stopped broker starts again with its topics and offsets, on the same port: that is
 * what outage tests need. A broker fault ends the child process, never the caller's JVM.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final boolean temporary;
    private Process process;

    public KafkaBroker(Path dataDir, int port, int controllerPort) {
        this(dataDir, port, controllerPort, false);
    }

    private KafkaBroker(Path dataDir, int port, int controllerPort, boolean temporary) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.temporary = temporary;
    }

    /** A broker on free loopback ports with its data in a new temporary directory, deleted on close. */
    public static KafkaBroker onFreePorts() {
        try {
            return new KafkaBroker(Files.createTempDirectory("kafka-"), Ports.freePort(), Ports.freePort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            process = new ProcessBuilder(command("kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until("Kafka broker on port " + port, Duration.ofSeconds(90), this::answersMetadata, process);
        return this;
    }

    /**
     * Creates the topics that do not exist yet, as an operator provisions them before the services start;
     * otherwise the first event waits for consumers to notice a topic created on the fly.
     */
    public void createTopics(List<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            java.util.Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<org.apache.kafka.clients.admin.NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new org.apache.kafka.clients.admin.NewTopic(n, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Orderly shutdown, as an operator would stop it. */
    public synchronized void stop() {
        ChildProcesses.stop(process, 30);
        process = null;
    }

    /** SIGKILL, as a crash would. */
    public synchronized void kill() {
        ChildProcesses.kill(process);
        process = null;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            TemporaryDirectories.delete(dataDir);
        }
    }

    private boolean answersMetadata() {
        if (!Ports.isListening(port)) {
            return false;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path config) throws IOException {
        // Kafka's own generator never starts an id with '-', which the format tool would read as an option.
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        Process formatter = new ProcessBuilder(command("kafka.tools.StorageTool", "format",
                "--cluster-id", clusterId, "--config", config.toString(), "--ignore-formatted"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("format.log").toFile()))
                .start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed: see " + dataDir.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaBinary(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp", BrokerClasspath.read(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDir);
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        Path config = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(out, "written by devstack on every start");
        }
        return config;
    }
}
