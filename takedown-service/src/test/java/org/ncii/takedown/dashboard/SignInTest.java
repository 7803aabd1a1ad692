package org.ncii.takedown.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ncii.takedown.StaffTokens;

/** Who gets into the dashboard, how the session cookie is made, and that the staff API keeps its own bearer tokens. */
@QuarkusTest
class SignInTest {

    @Test
    void anonymousVisitorIsSentToTheSignInForm() {
        given().redirects().follow(false).get("/dashboard/cases/ANY").then().statusCode(302)
                .header("Location", endsWith("/dashboard/sign-in"));
        given().get("/dashboard/sign-in").then().statusCode(200)
                .body(containsString("Sign in to the takedown dashboard"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void firstAdminFromConfigurationSignsInWithAnHttpOnlyStrictSessionCookie() {
        Response response = DashboardSession.anonymous().signInAttempt(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        Cookie session = response.getDetailedCookie("ncii-dashboard");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("strict");
        assertThat(session.getPath()).isEqualTo("/dashboard");
        assertThat(session.getValue()).doesNotContain(DashboardSession.ADMIN);
    }

    @Test
    void wrongPasswordAndUnknownAccountAreRefusedAlike() {
        Response wrong = DashboardSession.anonymous().signInAttempt(DashboardSession.ADMIN, "not-the-password");
        Response unknown = DashboardSession.anonymous().signInAttempt("nobody@helpline.test", "whatever-password");
        for (Response r : new Response[] {wrong, unknown}) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.header("Location")).endsWith("/dashboard/sign-in?error=true");
            Cookie session = r.getDetailedCookie("ncii-dashboard");
            assertThat(session == null || session.getValue().isEmpty()).as("no session cookie").isTrue();
        }
    }

    @Test
    void signOutEndsTheSession() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.get("/dashboard").then().statusCode(200);
        admin.post("/dashboard/sign-out", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/dashboard/sign-in?signed-out=true"));
        assertThat(admin.cookie("ncii-dashboard")).isNull();
        admin.get("/dashboard").then().statusCode(302).header("Location", endsWith("/dashboard/sign-in"));
    }

    @Test
    void dashboardSessionIsNoKeyToTheStaffApiNorTheTokenToTheDashboard() {
        DashboardSession admin = DashboardSession.signIn(DashboardSession.ADMIN, DashboardSession.ADMIN_PASSWORD);
        admin.request().get("/v1/cases").then().statusCode(401);
        given().redirects().follow(false).auth().oauth2(StaffTokens.staff("caseworker@helpline.test"))
                .get("/dashboard").then().statusCode(302);
        given().auth().oauth2(StaffTokens.staff("caseworker@helpline.test")).get("/v1/cases").then().statusCode(200);
    }

    @Test
    void formFromAnotherSiteIsRefusedEvenForSignIn() {
        given().redirects().follow(false).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", DashboardSession.ADMIN).formParam("j_password", DashboardSession.ADMIN_PASSWORD)
                .post("/dashboard/j_security_check").then().statusCode(403);
    }
}
