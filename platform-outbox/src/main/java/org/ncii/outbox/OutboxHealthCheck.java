package org.ncii.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox backlog and whether publishing to Kafka is failing. It stays UP while Kafka is down on
 * purpose: the outbox exists so that the service keeps accepting work then; the broker's own health check
 * (and an alert on a growing backlog) tells operators about the outage.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements AsyncHealthCheck {
    private final OutboxPublisher publisher;

    public OutboxHealthCheck(OutboxPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return publisher.backlog().map(backlog -> HealthCheckResponse.named("outbox")
                .up()
                .withData("backlog", backlog)
                .withData("publishing", publisher.recentlyFailed() ? "failing" : "ok")
                .build());
    }
}
