package org.ncii.takedown.dashboard;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards on the dashboard in front of everything else: a POST whose Origin is another site is refused (this covers
 * the sign-in form too, which Quarkus handles outside the CSRF filter); in production every cookie the dashboard sets
 * is marked Secure even when TLS ends at a proxy in front of the service; a failed authentication returns to the
 * sign-in form.
 */
@Singleton
public class DashboardGuard {
    private final boolean secure;
    private final String sessionCookie;

    public DashboardGuard(@ConfigProperty(name = "takedown.dashboard.secure-cookies", defaultValue = "false") boolean secure,
                          @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.secure = secure;
        this.sessionCookie = sessionCookie;
    }

    /** Right after the body handler, before authentication reads the sign-in form. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(this::guard).failureHandler(this::signInAgain);
    }

    /**
     * A failed sign-in, or a session whose account was disabled since, goes back to the sign-in form (and loses its
     * cookie) rather than getting the API's bare 401.
     */
    void signInAgain(RoutingContext rc) {
        if (!(rc.failure() instanceof AuthenticationFailedException) || !rc.normalizedPath().startsWith("/dashboard")
                || rc.response().headWritten()) {
            rc.next();
            return;
        }
        boolean signingIn = rc.request().method() == HttpMethod.POST && rc.normalizedPath().endsWith("/j_security_check");
        rc.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/dashboard").setMaxAge(0).setHttpOnly(true)
                .setSecure(secure));
        rc.response().setStatusCode(302)
                .putHeader("Location", signingIn ? "/dashboard/sign-in?error=true" : "/dashboard/sign-in")
                .putHeader("Cache-Control", "no-store").end();
    }

    void guard(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith("/dashboard")) {
            rc.next();
            return;
        }
        if (rc.request().method() == HttpMethod.POST && !sameOrigin(rc)) {
            rc.response().setStatusCode(403).end();
            return;
        }
        if (secure) {
            rc.addHeadersEndHandler(v -> {
                // The cookie jar holds the request's cookies too: only those this response sets are touched.
                for (Cookie cookie : rc.request().cookies()) {
                    if (cookie instanceof ServerCookie set && set.isChanged()) {
                        cookie.setSecure(true);
                    }
                }
            });
        }
        rc.next();
    }

    private static boolean sameOrigin(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = Optional.ofNullable(rc.request().getHeader("X-Forwarded-Host")).orElse(rc.request().getHeader("Host"));
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
