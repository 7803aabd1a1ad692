package org.ncii.devstack;

/** The three services: module folder, database name and default HTTP port. */
public enum PlatformService {
    INTAKE("intake-service", "intake", 8081),
    TAKEDOWN("takedown-service", "takedown", 8082),
    NOTIFIER("notifier-service", "notifier", 8083);

    private final String module;
    private final String database;
    private final int defaultPort;

    PlatformService(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
