package org.ncii.intake.web;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: keeps the form cookie like a browser does and posts forms as they are on the page
 * (hidden fields and CSRF token included), so tests exercise exactly what a person's browser would send.
 */
final class FormSession {
    static final String CSRF_FIELD = "csrf-token";

    private final Map<String, String> cookies = new HashMap<>();
    private Document page;

    Response get(String path) {
        Response response = given().cookies(cookies).redirects().follow(false).get(path);
        keep(response);
        return response;
    }

    Document page() {
        return page;
    }

    /** The named fields of the page's form with this action, as the browser would send them untouched. */
    Map<String, List<String>> form(String action) {
        Element form = page.selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new AssertionError("no form posting to " + action + " on the page");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.computeIfAbsent(input.attr("name"), n -> new ArrayList<>()).add(input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.computeIfAbsent(select.attr("name"), n -> new ArrayList<>()).add(chosen == null ? "" : chosen.val());
        }
        return fields;
    }

    Response post(String path, Map<String, List<String>> fields) {
        RequestSpecification request = given().cookies(cookies).contentType(ContentType.URLENC).redirects().follow(false);
        fields.forEach((name, values) -> request.formParam(name, values.toArray()));
        Response response = request.post(path);
        keep(response);
        return response;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private void keep(Response response) {
        cookies.putAll(response.getCookies());
        page = Jsoup.parse(response.asString());
    }

    static Map<String, List<String>> fields(Object... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            @SuppressWarnings("unchecked")
            List<String> values = value instanceof List<?> list ? (List<String>) list : List.of(value.toString());
            fields.put(namesAndValues[i].toString(), new ArrayList<>(values));
        }
        return fields;
    }
}
