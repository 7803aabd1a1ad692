package org.ncii.notifier.partner.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The module's one {@link Clock} (partners and delivery alike): application-scoped so a test can swap in a
 * fixed clock with {@code QuarkusMock.installMockForType(clock, Clock.class)} for one test only.
 */
public class ClockProducer {
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
