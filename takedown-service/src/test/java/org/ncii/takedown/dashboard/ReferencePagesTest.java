package org.ncii.takedown.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The platforms, statistics and partners pages read from the same services as the staff API. */
@QuarkusTest
class ReferencePagesTest {

    @Test
    void platformsPageShowsHowEachPlatformIsReached() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/platforms").then().statusCode(200)
                .body(containsString("Facebook")).body(containsString("Partner (signed webhook)"))
                .body(containsString("HOSTING_PROVIDER"))
                .body(containsString("48 h"));
    }

    @Test
    void statisticsPageHasTablesAndServerDrawnCharts() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/statistics").then().statusCode(200)
                .body(containsString("Removed within the deadline"))
                .body(containsString("Requests by platform and status"))
                .body(containsString("Time from delivery to removal"))
                .body(not(containsString("<script")))
                .body(not(containsString("style=")));
        admin.get("/dashboard/statistics?from=yesterday").then().statusCode(400).body(containsString("2026-11-28"));
    }

    @Test
    void partnersPageOffersRegistrationToAdmins() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/partners").then().statusCode(200)
                .body(containsString("Register a partner")).body(containsString("Open a partner"));
    }
}
