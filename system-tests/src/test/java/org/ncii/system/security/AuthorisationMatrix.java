package org.ncii.system.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ncii.devstack.PlatformService;
import org.ncii.system.Reports;
import org.ncii.system.Victim;

/**
 * Every endpoint of every service and what each kind of caller gets from it: the table docs/security.md shows,
 * as data. Statuses are listed in {@link Caller} order: anonymous, victim own code, victim other code, staff,
 * admin, partner own, partner other, expired, foreign issuer, wrong audience, forged, dev token.
 */
final class AuthorisationMatrix {
    /** One endpoint: its service, method and OpenAPI path, how to fill it in, and the expected status per caller. */
    record Endpoint(PlatformService service, String method, String path, Function<Credentials, Map<String, String>> pathValues,
                    Function<Credentials, Victim.Case> ownCase, Function<Credentials, String> body, Map<Caller, Integer> expected) {
        String label() {
            return service.module() + " " + method + " " + path;
        }
    }

    private static final String TAKEDOWN_STAFF = "401 401 401 200 403 401 401 401 401 401 401 401";
    private static final String NOTIFIER_ADMIN_200 = "401 401 401 403 200 401 401 401 401 401 401 401";
    private static final String NOTIFIER_ADMIN_204 = "401 401 401 403 204 401 401 401 401 401 401 401";

    private AuthorisationMatrix() {
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        // intake: anyone reports; only the holder of a case's code reads or withdraws it, everyone else gets 404. A
        // request without the right code counts as a wrong one: the eleventh within 15 minutes meets the lock (429).
        all.add(row(PlatformService.INTAKE, "POST", "/v1/reports", c -> Map.of(), c -> report(),
                "202 202 202 202 202 202 202 202 202 202 202 202"));
        all.add(row(PlatformService.INTAKE, "GET", "/v1/reports/{caseRef}", c -> Map.of("caseRef", c.readCase.caseRef()),
                c -> c.readCase, null, "404 200 404 404 404 404 404 404 404 404 404 429"));
        all.add(row(PlatformService.INTAKE, "POST", "/v1/reports/{caseRef}/withdrawal",
                c -> Map.of("caseRef", c.withdrawCase.caseRef()), c -> c.withdrawCase, null,
                "404 202 404 404 404 404 404 404 404 404 404 429"));

        // takedown: staff only; an admin who is not also staff is refused.
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/cases", c -> Map.of(), c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/cases/{caseRef}", c -> Map.of("caseRef", c.readCase.caseRef()),
                c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/removal-requests/{id}", c -> Map.of("id", c.readRequestId),
                c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/v1/removal-requests/{id}/actions", c -> Map.of("id", c.actionRequestId),
                c -> "{\"action\":\"MARK_REMOVED\",\"note\":\"checked by the authorisation matrix\"}", TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/stats", c -> Map.of(), c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/platforms", c -> Map.of(), c -> null, TAKEDOWN_STAFF));

        // notifier, partner management: admin only; a caseworker without admin is refused.
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partners", c -> Map.of(),
                c -> "{\"name\":\"Matrix registered partner\",\"platforms\":[\"SNAPCHAT\"],\"email\":\"abuse@snap.example\"}",
                "401 401 401 403 201 401 401 401 401 401 401 401"));
        all.add(row(PlatformService.NOTIFIER, "GET", "/v1/partners/{partnerId}", c -> target(c), c -> null, NOTIFIER_ADMIN_200));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partners/{partnerId}/signing-secret/rotation", c -> target(c), c -> null,
                NOTIFIER_ADMIN_200));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partners/{partnerId}/api-key/rotation", c -> target(c), c -> null,
                NOTIFIER_ADMIN_200));
        all.add(row(PlatformService.NOTIFIER, "DELETE", "/v1/partners/{partnerId}/api-key", c -> target(c), c -> null,
                NOTIFIER_ADMIN_204));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partners/{partnerId}/webhook/disable", c -> target(c), c -> null,
                NOTIFIER_ADMIN_204));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partners/{partnerId}/webhook/enable", c -> target(c), c -> null,
                NOTIFIER_ADMIN_204));
        all.add(row(PlatformService.NOTIFIER, "GET", "/v1/partners/{partnerId}/deliveries", c -> target(c), c -> null,
                NOTIFIER_ADMIN_200));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/deliveries/replay", c -> Map.of(),
                c -> "{\"from\":\"1990-01-01T00:00:00Z\",\"to\":\"1990-01-02T00:00:00Z\"}",
                "401 401 401 403 202 401 401 401 401 401 401 401"));

        // notifier, partner API: API keys only (a staff JWT is no key); a partner reaches only its own notices.
        all.add(row(PlatformService.NOTIFIER, "GET", "/v1/partner/notices", c -> Map.of(), c -> null,
                "401 401 401 401 401 200 200 401 401 401 401 401"));
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partner/notices/{noticeId}/acknowledgements",
                c -> Map.of("noticeId", c.metaNoticeId), c -> "{\"status\":\"RECEIVED\",\"reference\":\"MATRIX-1\"}",
                "401 401 401 401 401 202 404 401 401 401 401 401"));
        // Hash matches reported by a partner (partner key only); an empty JSON object is refused once the key is accepted.
        all.add(row(PlatformService.NOTIFIER, "POST", "/v1/partner/matches", c -> Map.of(), c -> "{}",
                "401 401 401 401 401 400 400 401 401 401 401 401"));
        all.addAll(pagesAndHashBank());
        return all;
    }

    /**
     * Endpoints outside the JSON APIs: intake's victim pages (public; their forms refuse any post without the CSRF
     * token of the page), takedown's dashboard (only a signed-in dashboard session opens it: every caller here is sent
     * to the sign-in page, bearer tokens included) and the staff hash-bank API (staff JWT).
     */
    private static List<Endpoint> pagesAndHashBank() {
        String everyone200 = "200 200 200 200 200 200 200 200 200 200 200 200";
        String csrfRefused = "400 400 400 400 400 400 400 400 400 400 400 400";
        String toSignIn = "302 302 302 302 302 302 302 302 302 302 302 302";
        List<Endpoint> all = new ArrayList<>();
        all.add(row(PlatformService.INTAKE, "GET", "/", c -> Map.of(), c -> null, everyone200));
        all.add(row(PlatformService.INTAKE, "GET", "/report", c -> Map.of(), c -> null, everyone200));
        all.add(row(PlatformService.INTAKE, "GET", "/status", c -> Map.of(), c -> null, everyone200));
        for (String path : List.of("/report", "/status", "/status/withdrawal", "/status/withdrawal/confirmed")) {
            all.add(row(PlatformService.INTAKE, "POST", path, c -> Map.of(), c -> null, csrfRefused));
        }
        all.add(row(PlatformService.TAKEDOWN, "GET", "/dashboard/sign-in", c -> Map.of(), c -> null, everyone200));
        for (String path : List.of("/dashboard", "/dashboard/accounts", "/dashboard/partners", "/dashboard/platforms",
                "/dashboard/statistics")) {
            all.add(row(PlatformService.TAKEDOWN, "GET", path, c -> Map.of(), c -> null, toSignIn));
        }
        all.add(row(PlatformService.TAKEDOWN, "GET", "/dashboard/cases/{caseRef}", c -> Map.of("caseRef", c.readCase.caseRef()),
                c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/dashboard/partners/{id}", c -> Map.of("id", c.adminTarget.partnerId()),
                c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/accounts", c -> Map.of(), c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/accounts/{id}/{change}", c -> Map.of("id", "1", "change", "disable"),
                c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/partners", c -> Map.of(), c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/partners/{id}/{change}",
                c -> Map.of("id", c.adminTarget.partnerId(), "change", "disable-webhook"), c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/requests/{id}/actions", c -> Map.of("id", c.readRequestId),
                c -> null, toSignIn));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/dashboard/sign-out", c -> Map.of(), c -> null, toSignIn));

        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/hash-bank/cases/{caseRef}", c -> Map.of("caseRef", c.readCase.caseRef()),
                c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "GET", "/v1/hash-bank/never-match", c -> Map.of(), c -> null, TAKEDOWN_STAFF));
        all.add(row(PlatformService.TAKEDOWN, "POST", "/v1/hash-bank/never-match", c -> Map.of(),
                c -> "{\"algorithm\":\"SHA256\",\"value\":\"" + "ab".repeat(32) + "\",\"reason\":\"authorisation matrix\"}",
                "401 401 401 201 403 401 401 401 401 401 401 401"));
        // An entry that does not exist: the caseworker is let in and told so (404); everyone else never gets that far.
        all.add(row(PlatformService.TAKEDOWN, "DELETE", "/v1/hash-bank/never-match/{id}", c -> Map.of("id", "987654321"), c -> null,
                "401 401 401 404 403 401 401 401 401 401 401 401"));
        return all;
    }

    private static Map<String, String> target(Credentials c) {
        return Map.of("partnerId", c.adminTarget.partnerId());
    }

    private static String report() {
        return Reports.withUrls(Reports.unknownHost(Reports.token()));
    }

    private static Endpoint row(PlatformService service, String method, String path, Function<Credentials, Map<String, String>> values,
                                Function<Credentials, String> body, String statuses) {
        return row(service, method, path, values, c -> c.readCase, body, statuses);
    }

    private static Endpoint row(PlatformService service, String method, String path, Function<Credentials, Map<String, String>> values,
                                Function<Credentials, Victim.Case> ownCase, Function<Credentials, String> body, String statuses) {
        String[] codes = statuses.split(" ");
        Caller[] callers = Caller.values();
        if (codes.length != callers.length) {
            throw new IllegalArgumentException(path + ": " + codes.length + " statuses for " + callers.length + " callers");
        }
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (int i = 0; i < callers.length; i++) {
            expected.put(callers[i], Integer.parseInt(codes[i]));
        }
        return new Endpoint(service, method, path, values, ownCase, body == null ? c -> null : body, expected);
    }
}
