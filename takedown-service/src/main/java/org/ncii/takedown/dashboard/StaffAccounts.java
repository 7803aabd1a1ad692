package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The staff_account table, through the reactive client: sign-in runs inside the HTTP security layer, where no
 * Hibernate session is open, and needs nothing but one row.
 */
@ApplicationScoped
public class StaffAccounts {
    private static final String COLUMNS =
            "id, email, display_name, password_hash, role, enabled, created_at, created_by, disabled_at";

    private final Pool pool;

    public StaffAccounts(Pool pool) {
        this.pool = pool;
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public Uni<Optional<StaffAccount>> byEmail(String email) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM staff_account WHERE email = $1")
                .execute(Tuple.of(normalise(email)))
                .map(rows -> rows.size() == 0 ? Optional.<StaffAccount>empty() : Optional.of(account(rows.iterator().next())));
    }

    public Uni<List<StaffAccount>> all() {
        return pool.query("SELECT " + COLUMNS + " FROM staff_account ORDER BY enabled DESC, email").execute()
                .map(rows -> {
                    List<StaffAccount> list = new ArrayList<>();
                    rows.forEach(r -> list.add(account(r)));
                    return list;
                });
    }

    /** Inserts the account; empty when an account with this e-mail exists already. */
    public Uni<Optional<StaffAccount>> create(String email, String displayName, String passwordHash,
                                              StaffAccount.Role role, String createdBy, Instant now) {
        return pool.preparedQuery("INSERT INTO staff_account (id, email, display_name, password_hash, role, enabled,"
                        + " created_at, created_by) VALUES (nextval('staff_account_SEQ'), $1, $2, $3, $4, TRUE, $5, $6)"
                        + " ON CONFLICT (email) DO NOTHING RETURNING " + COLUMNS)
                .execute(Tuple.of(normalise(email), displayName, passwordHash, role.name(), at(now), createdBy))
                .map(rows -> rows.size() == 0 ? Optional.<StaffAccount>empty() : Optional.of(account(rows.iterator().next())));
    }

    /** Enables or disables an account; false when there is no such account. */
    public Uni<Boolean> setEnabled(long id, boolean enabled, Instant now) {
        return pool.preparedQuery("UPDATE staff_account SET enabled = $2, disabled_at = $3 WHERE id = $1")
                .execute(Tuple.of(id, enabled, enabled ? null : at(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static StaffAccount account(Row r) {
        return new StaffAccount(r.getLong("id"), r.getString("email"), r.getString("display_name"),
                r.getString("password_hash"), StaffAccount.Role.valueOf(r.getString("role")), r.getBoolean("enabled"),
                instant(r.getOffsetDateTime("created_at")), r.getString("created_by"),
                instant(r.getOffsetDateTime("disabled_at")));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
