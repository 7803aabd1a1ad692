package org.ncii.system;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every scenario class shares: the platform started once (its start-up time printed on its own), healed
 * before the class runs (whatever an earlier scenario stopped is running again), and the class's duration printed.
 */
public final class Scenario implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Scenario.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        SystemPlatform.get().heal();
        context.getStore(NS).put("start", System.nanoTime());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        long start = context.getStore(NS).get("start", Long.class);
        System.out.printf("[system-tests] scenario %s took %.1f s%n", context.getDisplayName(),
                (System.nanoTime() - start) / 1e9);
    }
}
