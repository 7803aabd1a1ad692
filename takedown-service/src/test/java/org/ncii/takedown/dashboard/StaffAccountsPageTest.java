package org.ncii.takedown.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ncii.testkit.TestDatabase;

/** Admins create and disable staff accounts; caseworkers cannot; a disabled account is shut out at once. */
@QuarkusTest
class StaffAccountsPageTest {
    TestDatabase db;

    static String newCaseworker(DashboardSession admin, String password) {
        String email = "caseworker-" + UUID.randomUUID().toString().substring(0, 8) + "@helpline.test";
        admin.get("/dashboard/accounts").then().statusCode(200);
        admin.post("/dashboard/accounts", Map.of("email", email, "displayName", "Casey Worker", "password", password,
                "role", "STAFF")).then().statusCode(303).header("Location", containsString("/dashboard/accounts?created="));
        return email;
    }

    @Test
    void adminCreatesACaseworkerWhoCanSignInButNotAdminister() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        String email = newCaseworker(admin, "a long enough password");
        String hash = (String) db.query("SELECT password_hash FROM staff_account WHERE email = ?", email).get(0).get("password_hash");
        assertThat(hash).startsWith("$2").doesNotContain("a long enough password");
        admin.get("/dashboard/accounts").then().body(containsString(email)).body(containsString("Caseworker"));

        DashboardSession caseworker = DashboardSession.signIn(email, "a long enough password");
        caseworker.get("/dashboard").then().statusCode(200).body(containsString("Casey Worker"))
                .body(org.hamcrest.Matchers.not(containsString("/dashboard/accounts")));
        caseworker.get("/dashboard/accounts").then().statusCode(403).body(containsString("for administrators"));
        caseworker.get("/dashboard/partners").then().statusCode(403);
        caseworker.post("/dashboard/accounts", Map.of("email", "x@helpline.test", "displayName", "X",
                "password", "another long password", "role", "ADMIN")).then().statusCode(403);
        assertThat(db.count("SELECT count(*) FROM staff_account WHERE email = 'x@helpline.test'")).isZero();
    }

    @Test
    void disabledAccountLosesItsSessionAndCannotSignInAgain() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        String email = newCaseworker(admin, "password of the soon disabled");
        DashboardSession caseworker = DashboardSession.signIn(email, "password of the soon disabled");
        caseworker.get("/dashboard").then().statusCode(200);

        long id = ((Number) db.query("SELECT id FROM staff_account WHERE email = ?", email).get(0).get("id")).longValue();
        admin.get("/dashboard/accounts");
        admin.post("/dashboard/accounts/" + id + "/disable", Map.of()).then().statusCode(303);

        caseworker.get("/dashboard").then().statusCode(302).header("Location", endsWith("/dashboard/sign-in"));
        assertThat(DashboardSession.anonymous().signInAttempt(email, "password of the soon disabled").header("Location"))
                .endsWith("error=true");
    }

    @Test
    void incompleteAccountFormNamesTheFieldAndStoresNothing() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/accounts");
        admin.post("/dashboard/accounts", Map.of("email", "short@helpline.test", "displayName", "Short",
                        "password", "short", "role", "STAFF")).then().statusCode(400)
                .body(containsString("id=\"password-error\"")).body(containsString("aria-invalid=\"true\""));
        assertThat(db.count("SELECT count(*) FROM staff_account WHERE email = 'short@helpline.test'")).isZero();
    }

    @Test
    void formPostedWithoutItsCsrfTokenIsRefused() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard/accounts");
        admin.postWithoutToken("/dashboard/accounts", Map.of("email", "forged@helpline.test", "displayName", "Forged",
                "password", "forged password here", "role", "ADMIN")).then().statusCode(400);
        assertThat(db.count("SELECT count(*) FROM staff_account WHERE email = 'forged@helpline.test'")).isZero();
    }
}
