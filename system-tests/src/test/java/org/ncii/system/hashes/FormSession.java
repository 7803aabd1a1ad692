package org.ncii.system.hashes;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's part in reading HTML pages over plain HTTP: keeps the cookies it is given and sends the CSRF token
 * of the page it read last with the next form, so pages behind a form (the dashboard's sign-in, the victim's
 * status page) can be read without a browser.
 */
final class FormSession {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    FormSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in on takedown's dashboard through its form; fails unless the dashboard lets the account in. */
    static FormSession dashboard(String takedownUrl, String email, String password) {
        FormSession session = new FormSession(takedownUrl);
        Response response = session.post("/dashboard/j_security_check",
                Map.of("j_username", email, "j_password", password));
        if (response.statusCode() != 302 || !response.header("Location").endsWith("/dashboard")) {
            throw new AssertionError("dashboard sign-in failed: " + response.statusCode() + " " + response.header("Location"));
        }
        return session;
    }

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

    private RequestSpecification request() {
        return given().baseUri(baseUrl).redirects().follow(false).cookies(cookies);
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
