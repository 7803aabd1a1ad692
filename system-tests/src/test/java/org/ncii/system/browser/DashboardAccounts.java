package org.ncii.system.browser;

/** The dashboard's first admin in the system tests (passed to takedown-service by ServiceSettings). */
public final class DashboardAccounts {
    public static final String ADMIN = "dashboard-admin@helpline.example";
    public static final String ADMIN_PASSWORD = "system-tests-admin-password";

    private DashboardAccounts() {
    }
}
