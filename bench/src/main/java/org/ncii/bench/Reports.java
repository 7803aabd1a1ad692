package org.ncii.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** The report the load sends: one Facebook URL made unique by its {@code fbid}, so a webhook names its report. */
final class Reports {
    private Reports() {
    }

    /** Distinct client addresses the load comes from (X-Forwarded-For, which intake trusts behind its proxy); 1 = none. */
    static volatile int clients = 1;

    static HttpRequest submit(String intakeUrl, long fbid) {
        String body = "{\"content\":[{\"url\":\"https://www.facebook.com/photo/?fbid=" + fbid + "\"}],"
                + "\"reporter\":{\"role\":\"HELPLINE\"},\"subject\":{\"countryOfResidence\":\"GB\",\"minor\":false},"
                + "\"declarations\":{\"notConsented\":true,\"goodFaith\":true,\"accurate\":true},"
                + "\"signature\":\"Sam Caseworker\",\"shareIdentityWithPlatforms\":false}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(intakeUrl + "/v1/reports")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (clients > 1) {
            int client = (int) (fbid % clients);
            request.header("X-Forwarded-For", "10." + (client >> 16 & 255) + "." + (client >> 8 & 255) + "." + (client & 255));
        }
        return request.build();
    }

    /** The fbid in a webhook's first content URL, or -1. */
    static long fbid(String url) {
        if (url == null) {
            return -1;
        }
        int at = url.indexOf("fbid=");
        if (at < 0) {
            return -1;
        }
        int end = at + 5;
        while (end < url.length() && Character.isDigit(url.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(url.substring(at + 5, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
