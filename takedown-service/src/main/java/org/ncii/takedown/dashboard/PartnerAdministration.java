package org.ncii.takedown.dashboard;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ncii.http.Problem;
import org.ncii.http.ProblemException;

/**
 * Partner administration from the dashboard: each call goes to notifier-service with a two-minute admin token in the
 * signed-in admin's own name, so notifier's log and checks stay the same as for a direct API call.
 */
@ApplicationScoped
public class PartnerAdministration {
    private final NotifierPartnerApi api;
    private final DashboardConfig config;

    public PartnerAdministration(@RestClient NotifierPartnerApi api, DashboardConfig config) {
        this.api = api;
        this.config = config;
    }

    /** Whether the dashboard can sign tokens notifier accepts. */
    public boolean available() {
        return config.notifier().signingKeyLocation().filter(s -> !s.isBlank()).isPresent();
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 4, delay = 10_000)
    @CircuitBreakerName("notifier-partners")
    public Uni<NotifierPartnerApi.Registered> register(String admin, String name, String platforms, String webhookUrl,
                                                       String email) {
        List<String> ids = Arrays.stream(platforms == null ? new String[0] : platforms.split("[,\\s]+"))
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return call(admin, token -> api.register(token, new NotifierPartnerApi.NewPartner(blankToNull(name), ids,
                blankToNull(webhookUrl), blankToNull(email))));
    }

    @Timeout(5000)
    public Uni<NotifierPartnerApi.Partner> partner(String admin, String id) {
        return call(admin, token -> api.get(token, id));
    }

    @Timeout(5000)
    public Uni<List<NotifierPartnerApi.Delivery>> deliveries(String admin, String id) {
        return call(admin, token -> api.deliveries(token, id, 50));
    }

    @Timeout(5000)
    public Uni<NotifierPartnerApi.NewSigningSecret> rotateSigningSecret(String admin, String id) {
        return call(admin, token -> api.rotateSigningSecret(token, id));
    }

    @Timeout(5000)
    public Uni<Void> webhook(String admin, String id, boolean enabled) {
        return call(admin, token -> enabled ? api.enableWebhook(token, id) : api.disableWebhook(token, id));
    }

    /** Replays the partner's failed deliveries created at {@code createdAt} (notifier replays by creation time). */
    @Timeout(5000)
    public Uni<Integer> replay(String admin, Instant createdAt) {
        return call(admin, token -> api.replay(token, new NotifierPartnerApi.Replay(createdAt, createdAt.plusMillis(1))))
                .map(NotifierPartnerApi.Replayed::replayed);
    }

    private <T> Uni<T> call(String admin, Function<String, Uni<T>> request) {
        if (!available()) {
            return Uni.createFrom().failure(new ProblemException(Problem.of(503, "partners-unavailable",
                    "Partner administration is not set up", "The dashboard has no key to call notifier-service.")));
        }
        String token = "Bearer " + Jwt.issuer(config.notifier().issuer()).upn(admin).subject(admin)
                .groups(Set.of("staff", "admin")).audience(config.notifier().audience()).expiresIn(120)
                .sign(config.notifier().signingKeyLocation().get());
        return request.apply(token).onFailure(WebApplicationException.class).transform(PartnerAdministration::explain);
    }

    private static Throwable explain(Throwable failure) {
        int status = ((WebApplicationException) failure).getResponse().getStatus();
        String detail;
        try {
            detail = ((WebApplicationException) failure).getResponse().readEntity(Problem.class).detail();
        } catch (RuntimeException e) {
            detail = null;
        }
        if (status == 404) {
            return ProblemException.notFound("notifier-service knows no such partner.");
        }
        return new ProblemException(Problem.of(status >= 500 ? 502 : status, "notifier-refused", "notifier-service refused",
                detail == null ? "notifier-service answered " + status + "." : detail));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
