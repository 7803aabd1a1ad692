package org.ncii.devstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; used only to wait for processes to come up. */
final class Await {
    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition, Process process) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s");
    }
}
