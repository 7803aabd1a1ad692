package org.ncii.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ncii.devstack.Database;

/** Raw SQL on the service's own database, so a test can check what is really stored, bypassing the service. */
public final class TestDatabase {
    private final Database server;
    private final String database;

    public TestDatabase(Database server, String database) {
        this.server = server;
        this.database = database;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    /** Rows of a query as column-name to value maps. */
    public List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), server.user(), server.password());
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= md.getColumnCount(); col++) {
                        row.put(md.getColumnLabel(col), rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a counting query returns. */
    public long count(String sql, Object... params) {
        Object value = query(sql, params).get(0).values().iterator().next();
        return ((Number) value).longValue();
    }

    public int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), server.user(), server.password());
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
