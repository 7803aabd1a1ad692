package org.ncii.system.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.ncii.devstack.PlatformService;
import org.ncii.devstack.partner.ReceivedWebhook;
import org.ncii.system.Partner;
import org.ncii.system.Reports;
import org.ncii.system.SystemPlatform;
import org.ncii.system.Tokens;
import org.ncii.system.Victim;

/**
 * The real secrets and objects the matrix needs, made through the public APIs once: three victims' cases (one to
 * read, one to withdraw, one whose code is "another case's"), Meta's notice with its key, a second partner's key,
 * a partner for the admin actions to act on, a removal request for staff to act on, and every kind of token.
 */
final class Credentials {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    final Victim.Case readCase;
    final Victim.Case withdrawCase;
    final Victim.Case otherCase;
    final Partner meta;
    final Partner otherPartner;
    final Partner adminTarget;
    final String metaNoticeId;
    final String readRequestId;
    final String actionRequestId;
    private final Map<Caller, String> bearer = new EnumMap<>(Caller.class);

    private Credentials(SystemPlatform platform) {
        // Meta first: a notice for a platform without a partner yet goes another way (e-mail or manual filing).
        meta = platform.metaPartner();
        Victim victim = platform.victim();
        String t = Reports.token();
        readCase = victim.report(Reports.facebook(t));
        withdrawCase = victim.report(Reports.unknownHost(Reports.token()));
        otherCase = victim.report(Reports.unknownHost(Reports.token()));
        Victim.Case actionCase = victim.report(Reports.unknownHost(Reports.token()));

        otherPartner = pullPartner(platform, "Matrix pull-only partner", "IMGUR");
        adminTarget = platform.partnerAdmin().register("Matrix admin target", List.of("TUMBLR"), "http://127.0.0.1:9/matrix");

        ReceivedWebhook notice = await("Meta receives the notice of the case to read").atMost(PATIENCE)
                .until(() -> platform.metaInbox().acceptedAbout(t), l -> !l.isEmpty()).get(0);
        metaNoticeId = notice.noticeId();
        readRequestId = requestOf(platform, readCase);
        actionRequestId = requestOf(platform, actionCase);

        Tokens tokens = platform.tokens;
        bearer.put(Caller.STAFF, tokens.staff());
        bearer.put(Caller.ADMIN, tokens.adminOnly());
        bearer.put(Caller.PARTNER_OWN, meta.apiKey());
        bearer.put(Caller.PARTNER_OTHER, otherPartner.apiKey());
        bearer.put(Caller.EXPIRED, tokens.expired());
        bearer.put(Caller.FOREIGN_ISSUER, tokens.foreignIssuer());
        bearer.put(Caller.WRONG_AUDIENCE, tokens.wrongAudience());
        bearer.put(Caller.FORGED, tokens.forged());
        bearer.put(Caller.DEV_TOKEN, DevToken.mint());
    }

    static Credentials create(SystemPlatform platform) {
        return new Credentials(platform);
    }

    /** A partner without a webhook (it pulls its notices), registered by an administrator. */
    private static Partner pullPartner(SystemPlatform platform, String name, String platformId) {
        String notifier = platform.url(PlatformService.NOTIFIER);
        var registered = given().baseUri(notifier).auth().oauth2(platform.tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "platforms", List.of(platformId), "email", "abuse@" + platformId.toLowerCase() + ".example"))
                .post("/v1/partners").then().statusCode(201).extract().jsonPath();
        return new Partner(notifier, registered.getString("partnerId"), registered.getString("apiKey"),
                registered.getString("signingSecret"));
    }

    /** The one removal request takedown made of a case, once it has. */
    private static String requestOf(SystemPlatform platform, Victim.Case c) {
        return await("takedown opens case " + c.caseRef()).atMost(PATIENCE).until(() -> {
            var view = platform.staff().caseView(c.caseRef());
            return view == null ? null : view.<String>getList("requests.id");
        }, ids -> ids != null && !ids.isEmpty()).get(0);
    }

    /**
     * A request as {@code caller} sends it. A victim's code goes with every request (it opens only intake's
     * report endpoints); {@code ownCase} is the case the endpoint is about, so "other" is any other case's code.
     */
    RequestSpecification as(Caller caller, Victim.Case ownCase) {
        RequestSpecification request = given().redirects().follow(false);
        if (caller == Caller.VICTIM_OWN) {
            request.header("X-Access-Code", ownCase.accessCode());
        } else if (caller == Caller.VICTIM_OTHER) {
            request.header("X-Access-Code", otherCase.accessCode());
        } else if (bearer.containsKey(caller)) {
            request.header("Authorization", "Bearer " + bearer.get(caller));
        }
        return request;
    }
}
