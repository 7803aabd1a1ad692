package org.ncii.takedown.dashboard;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like session on the dashboard for RestAssured tests: signs in through the form, keeps the cookies it is
 * given, and posts forms with the CSRF token of the page it last read, as a browser would.
 */
final class DashboardSession {
    static final String ADMIN = "admin@helpline.test";
    static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    static DashboardSession signIn(String email, String password) {
        DashboardSession session = new DashboardSession();
        Response response = session.signInAttempt(email, password);
        if (response.statusCode() != 302 || !response.header("Location").endsWith("/dashboard")) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.header("Location"));
        }
        return session;
    }

    static DashboardSession anonymous() {
        return new DashboardSession();
    }

    Response signInAttempt(String email, String password) {
        return keep(request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", password)
                .post("/dashboard/j_security_check"));
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** A page; its CSRF token is kept for the next form. */
    Response get(String path) {
        Response response = keep(request().get(path));
        Matcher m = CSRF.matcher(response.asString());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form);
        if (csrf != null) {
            fields.put("csrf-token", csrf);
        }
        return keep(request().contentType("application/x-www-form-urlencoded").formParams(fields).post(path));
    }

    /** A form post without the CSRF field, as a forged cross-site form would arrive. */
    Response postWithoutToken(String path, Map<String, String> form) {
        return keep(request().contentType("application/x-www-form-urlencoded").formParams(form).post(path));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
