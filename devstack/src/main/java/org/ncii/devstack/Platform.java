package org.ncii.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ncii.events.Topics;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker and the three services as child processes.
 * Devstack runs it for people; the system tests run it to drive the platform from outside.
 */
public final class Platform implements AutoCloseable {
    private final Settings settings;
    private Database database;
    private KafkaBroker broker;
    private final Map<PlatformService, ServiceProcess> services = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, List<ServiceProcess>> addedInstances = new EnumMap<>(PlatformService.class);

    public Platform(Settings settings) {
        this.settings = settings;
    }

    /** Where things live and which ports they use. {@code serviceEnvironment} adds per-service configuration. */
    public record Settings(Path projectRoot, Path home, int postgresPort, int kafkaPort, int kafkaControllerPort,
                           Map<PlatformService, Integer> servicePorts, String profile,
                           Map<PlatformService, Map<String, String>> serviceEnvironment, List<String> jvmOptions) {

        public static Settings defaults(Path projectRoot) {
            Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
            for (PlatformService s : PlatformService.values()) {
                ports.put(s, s.defaultPort());
            }
            return new Settings(projectRoot, projectRoot.resolve(".takedown"), 5433, 9092, 9093, ports, "dev",
                    new EnumMap<>(PlatformService.class), List.of("-Xmx256m", "-XX:+UseSerialGC"));
        }

        public int port(PlatformService service) {
            return servicePorts.get(service);
        }

        public Path jar(PlatformService service) {
            return projectRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public KafkaBroker broker() {
        return broker;
    }

    public ServiceProcess service(PlatformService service) {
        return services.get(service);
    }

    /** Every instance of a service: the first ({@link #service}) and those added by {@link #addInstance}. */
    public List<ServiceProcess> instances(PlatformService service) {
        List<ServiceProcess> all = new ArrayList<>();
        if (services.containsKey(service)) {
            all.add(services.get(service));
        }
        all.addAll(addedInstances.getOrDefault(service, List.of()));
        return all;
    }

    /**
     * Starts one more instance of a service beside the running one, as a scaled-out deployment runs it: the same
     * database, broker, consumer groups and settings (plus {@code overrides}), its own free port and log file.
     * Returns once the process is launched, so several can start together: call {@link ServiceProcess#awaitReady}.
     */
    public ServiceProcess addInstance(PlatformService service, Map<String, String> overrides) {
        List<ServiceProcess> added = addedInstances.computeIfAbsent(service, s -> new ArrayList<>());
        Map<String, String> env = environment(service);
        env.putAll(overrides);
        String name = service.module() + "-" + (added.size() + 2);
        ServiceProcess process = new ServiceProcess(name, settings.jar(service), Ports.freePort(), env,
                settings.home().resolve("logs").resolve(name + ".log"), new ArrayList<>(settings.jvmOptions()));
        added.add(process);
        return process.launch();
    }

    /** Stops every instance {@link #addInstance} started, leaving the first instance of each service as it is. */
    public void removeAddedInstances() {
        for (List<ServiceProcess> added : addedInstances.values()) {
            added.forEach(ServiceProcess::stop);
        }
        addedInstances.clear();
    }

    public boolean hasStartedAnything() {
        return database != null || broker != null || !services.isEmpty();
    }

    /** Checks every port first, so a taken port fails fast before anything starts. */
    public void checkPorts() {
        if (System.getenv("TAKEDOWN_DB_URL") == null) {
            Ports.requireFree(settings.postgresPort(), "PostgreSQL");
        }
        Ports.requireFree(settings.kafkaPort(), "Kafka");
        Ports.requireFree(settings.kafkaControllerPort(), "Kafka controller");
        for (PlatformService s : PlatformService.values()) {
            Ports.requireFree(settings.port(s), s.module());
        }
    }

    public Platform startInfrastructure() {
        database = Database.startOrConnect("TAKEDOWN_DB_URL", settings.home().resolve("postgres"), settings.postgresPort());
        for (PlatformService s : PlatformService.values()) {
            database.createDatabase(s.database());
        }
        broker = new KafkaBroker(settings.home().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort()).start();
        broker.createTopics(List.of(Topics.REPORTS, Topics.NOTICES, Topics.ACKS, Topics.CASE_STATUS), 3);
        return this;
    }

    /** Starts all three services at once and waits until each is ready. */
    public Platform startServices() {
        for (PlatformService s : PlatformService.values()) {
            services.put(s, newProcess(s).launch());
        }
        for (ServiceProcess p : services.values()) {
            p.awaitReady(Duration.ofMinutes(3));
        }
        return this;
    }

    public Platform start() {
        checkPorts();
        return startInfrastructure().startServices();
    }

    /** A fresh process for a service (after a stop or a kill), same port and configuration. */
    public ServiceProcess restart(PlatformService service) {
        return restart(service, Map.of());
    }

    /** A fresh process for a service with some settings changed, for example a shortened deadline. */
    public ServiceProcess restart(PlatformService service, Map<String, String> overrides) {
        ServiceProcess old = services.get(service);
        if (old != null) {
            old.stop();
        }
        Map<String, String> env = environment(service);
        env.putAll(overrides);
        ServiceProcess fresh = newProcess(service, env).start(Duration.ofMinutes(3));
        services.put(service, fresh);
        return fresh;
    }

    public Map<String, String> environment(PlatformService service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", settings.profile());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.putAll(settings.serviceEnvironment().getOrDefault(service, Map.of()));
        return env;
    }

    private ServiceProcess newProcess(PlatformService service) {
        return newProcess(service, environment(service));
    }

    private ServiceProcess newProcess(PlatformService service, Map<String, String> env) {
        return new ServiceProcess(service.module(), settings.jar(service), settings.port(service), env,
                settings.home().resolve("logs").resolve(service.module() + ".log"), new ArrayList<>(settings.jvmOptions()));
    }

    /** Children first (services, then broker, then database), each given time to stop cleanly. */
    @Override
    public void close() {
        removeAddedInstances();
        for (ServiceProcess p : services.values()) {
            p.stop();
        }
        if (broker != null) {
            broker.stop();
        }
        if (database != null) {
            database.close();
        }
    }
}
