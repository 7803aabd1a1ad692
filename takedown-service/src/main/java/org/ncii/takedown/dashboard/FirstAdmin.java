package org.ncii.takedown.dashboard;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * The first administrator, from TAKEDOWN_DASHBOARD_ADMIN_EMAIL and TAKEDOWN_DASHBOARD_ADMIN_PASSWORD at start: created
 * when no account has that e-mail, never changed afterwards (so the variables can stay set, and an admin who later
 * changes or disables that account is not overruled by a restart).
 */
@Singleton
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void onStart(@Observes StartupEvent start, DashboardConfig config, StaffAccounts accounts, Clock clock) {
        var admin = config.admin();
        if (admin.email().isEmpty() || admin.password().isEmpty()) {
            return;
        }
        if (admin.password().get().length() < StaffAccountAdministration.MIN_PASSWORD) {
            throw new IllegalStateException("TAKEDOWN_DASHBOARD_ADMIN_PASSWORD must have at least "
                    + StaffAccountAdministration.MIN_PASSWORD + " characters");
        }
        boolean created = accounts.create(admin.email().get(), "Administrator", PasswordHashes.hash(admin.password().get()),
                        StaffAccount.Role.ADMIN, "start-up", clock.instant())
                .await().atMost(Duration.ofSeconds(30)).isPresent();
        if (created) {
            LOG.info("Dashboard: first administrator account created from TAKEDOWN_DASHBOARD_ADMIN_EMAIL");
        }
    }
}
