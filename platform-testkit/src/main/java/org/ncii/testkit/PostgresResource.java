package org.ncii.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.ncii.devstack.Database;

/**
 * One real PostgreSQL for the whole test module: the server named by {@code TAKEDOWN_TEST_DB_URL} (with
 * {@code TAKEDOWN_TEST_DB_URL_USER} and {@code TAKEDOWN_TEST_DB_URL_PASSWORD}) when set, else embedded
 * PostgreSQL binaries on a free port. Creates the service's database (init argument {@code database}) and
 * publishes the reactive and JDBC URLs. Injects {@link TestDatabase} for raw SQL checks in tests.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    public static final String EXTERNAL_URL_VARIABLE = "TAKEDOWN_TEST_DB_URL";

    private static Database server;
    private String database = "app";

    public static synchronized Database server() {
        if (server == null) {
            server = Database.external(EXTERNAL_URL_VARIABLE).orElseGet(Database::embeddedTemporary);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-stop"));
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Database db = server();
        db.createDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", db.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl(database));
        config.put("quarkus.datasource.username", db.user());
        config.put("quarkus.datasource.password", db.password());
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new TestDatabase(server(), database), new TestInjector.MatchesType(TestDatabase.class));
    }

    @Override
    public void stop() {
        // The server outlives one Quarkus application; the JVM's shutdown hook stops it.
    }
}
