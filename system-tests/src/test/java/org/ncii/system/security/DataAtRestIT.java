package org.ncii.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.Database;
import org.ncii.devstack.PlatformService;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;

/**
 * After a full happy path of a victim who shared their identity, reads every text, JSON and binary column of
 * every table of the three services' databases by raw SQL, as someone holding a copy of the database would, and
 * finds none of the victim's personal data nor any secret in clear text.
 */
@ExtendWith(Scenario.class)
class DataAtRestIT {

    @Test
    void noDatabaseHoldsPersonalDataOrSecretsInClearText() throws Exception {
        SystemPlatform platform = SystemPlatform.get();
        IdentifyingReport report = IdentifyingReport.run(platform);

        List<String> found = new ArrayList<>();
        int columns = 0;
        boolean caseRefSeen = false;
        for (PlatformService service : PlatformService.values()) {
            for (Column column : columns(platform.platform.database(), service)) {
                columns++;
                for (String value : column.values()) {
                    String lower = value.toLowerCase(Locale.ROOT);
                    caseRefSeen |= value.contains(report.caseRef);
                    for (Map.Entry<String, String> secret : report.secrets().entrySet()) {
                        if (lower.contains(secret.getValue().toLowerCase(Locale.ROOT))) {
                            found.add(secret.getKey() + " in " + column);
                        }
                    }
                }
            }
        }
        System.out.printf("[system-tests] data at rest: %d columns of 3 databases scanned, %d findings%n",
                columns, found.size());
        // The scan does read the data: the case reference (no secret) is there in clear.
        assertThat(caseRefSeen).as("the scan finds the case reference, so it reads real rows").isTrue();
        assertThat(found).isEmpty();
    }

    /** One column of one table of one service's database, with every value it holds as text. */
    record Column(PlatformService service, String table, String name, List<String> values) {
        @Override
        public String toString() {
            return service.database() + "." + table + "." + name;
        }
    }

    static List<Column> columns(Database database, PlatformService service) throws Exception {
        List<Column> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(service.database()), database.user(), database.password());
             Statement s = c.createStatement()) {
            List<String[]> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type IN "
                    + "('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED') "
                    + "ORDER BY table_schema, table_name, column_name")) {
                while (r.next()) {
                    names.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            for (String[] n : names) {
                List<String> values = new ArrayList<>();
                boolean bytes = n[3].equals("bytea");
                String select = "SELECT " + quote(n[2]) + (bytes ? "" : "::text") + " FROM " + quote(n[0]) + "." + quote(n[1]);
                try (ResultSet r = s.executeQuery(select)) {
                    while (r.next()) {
                        if (bytes) {
                            byte[] b = r.getBytes(1);
                            if (b != null) {
                                values.add(new String(b, StandardCharsets.UTF_8));
                            }
                        } else if (r.getString(1) != null) {
                            values.add(r.getString(1));
                        }
                    }
                }
                all.add(new Column(service, n[0] + "." + n[1], n[2], values));
            }
        }
        return all;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
