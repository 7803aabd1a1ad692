package org.ncii.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ncii.devstack.PlatformService;
import org.ncii.system.Scenario;
import org.ncii.system.SystemPlatform;

/**
 * Walks the whole authorisation matrix against the running platform: every endpoint of every service (checked
 * against each service's own OpenAPI document, so a new API endpoint without a row fails here) times every kind of
 * caller, with real tokens signed by the run's key pair and real access codes and partner keys.
 */
@ExtendWith(Scenario.class)
class AuthorisationMatrixIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SystemPlatform platform;
    private static Credentials credentials;

    @BeforeAll
    static void credentials() {
        platform = SystemPlatform.get();
        credentials = Credentials.create(platform);
    }

    @Test
    void everyCallerGetsTheExpectedStatusFromEveryEndpoint() {
        List<AuthorisationMatrix.Endpoint> endpoints = AuthorisationMatrix.endpoints();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (AuthorisationMatrix.Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                int status = call(endpoint, caller).statusCode();
                cells++;
                int expected = endpoint.expected().get(caller);
                if (status != expected) {
                    wrong.add(endpoint.label() + " as " + caller.label + ": " + status + ", expected " + expected);
                }
            }
        }
        System.out.printf("[system-tests] authorisation matrix: %d endpoints x %d callers = %d cells, %d wrong%n",
                endpoints.size(), Caller.values().length, cells, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMatrixListsEveryEndpointEachServicePublishes() throws Exception {
        Set<String> inMatrix = AuthorisationMatrix.endpoints().stream()
                .map(e -> e.service().module() + " " + e.method() + " " + e.path()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> published = new TreeSet<>();
        for (PlatformService service : PlatformService.values()) {
            String document = given().baseUri(platform.url(service)).queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            JsonNode paths = JSON.readTree(document).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        published.add(service.module() + " " + method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
        }
        // Pages left out of the API description (intake's victim pages) have rows too, so the matrix may hold more.
        assertThat(inMatrix).as("the matrix has a row for each published endpoint").containsAll(published);
    }

    @Test
    void aPartnerListsOnlyItsOwnNotices() {
        assertThat(noticesOf(Caller.PARTNER_OWN)).contains(credentials.metaNoticeId);
        assertThat(noticesOf(Caller.PARTNER_OTHER)).doesNotContain(credentials.metaNoticeId);
    }

    /** Every notice id the caller's partner can pull, page after page. */
    private static List<String> noticesOf(Caller partner) {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            List<String> ids = credentials.as(partner, credentials.readCase).baseUri(platform.url(PlatformService.NOTIFIER))
                    .queryParam("page", page).queryParam("size", 100).get("/v1/partner/notices")
                    .then().statusCode(200).extract().jsonPath().getList("items.noticeId");
            if (ids.isEmpty()) {
                break;
            }
            all.addAll(ids);
        }
        return all;
    }

    private static Response call(AuthorisationMatrix.Endpoint endpoint, Caller caller) {
        RequestSpecification request = credentials.as(caller, endpoint.ownCase().apply(credentials))
                .baseUri(platform.url(endpoint.service()));
        String body = endpoint.body().apply(credentials);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        String path = endpoint.path();
        for (Map.Entry<String, String> value : endpoint.pathValues().apply(credentials).entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return request.request(endpoint.method(), path);
    }
}
