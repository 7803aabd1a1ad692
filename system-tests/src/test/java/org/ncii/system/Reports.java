package org.ncii.system;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Report bodies as a victim's browser would send them. */
public final class Reports {
    static final String REPORTER_NAME = "Alex Example-Victim";
    static final String REPORTER_EMAIL = "alex.victim@example.org";
    static final String REPORTER_PHONE = "+44 7700 900123";
    static final String DESCRIPTION = "Private photo posted by my former partner";

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1000);

    private Reports() {
    }

    /** A number no other URL of this run contains, to find a report's notices among everything the partner got. */
    public static String token() {
        return Long.toString(NEXT.incrementAndGet());
    }

    public static String facebook(String token) {
        return "https://www.facebook.com/photo?fbid=" + token;
    }

    public static String instagram(String token) {
        return "https://www.instagram.com/p/C" + token + "/";
    }

    /** A host no registry entry knows: routed to its abuse contact found over RDAP. */
    public static String unknownHost(String token) {
        return "https://" + SystemPlatform.ABUSE_DOMAIN + "/media/" + token + ".jpg";
    }

    public static String withUrls(String... urls) {
        String content = Arrays.stream(urls)
                .map(u -> "{\"url\":\"" + u + "\",\"description\":\"" + DESCRIPTION + "\"}")
                .collect(Collectors.joining(","));
        return """
                {"content":[%s],
                 "reporter":{"role":"VICTIM","name":"%s","email":"%s","phone":"%s"},
                 "subject":{"countryOfResidence":"GB","minor":false},
                 "declarations":{"notConsented":true,"goodFaith":true,"accurate":true},
                 "signature":"%s",
                 "shareIdentityWithPlatforms":false}
                """.formatted(content, REPORTER_NAME, REPORTER_EMAIL, REPORTER_PHONE, REPORTER_NAME);
    }
}
