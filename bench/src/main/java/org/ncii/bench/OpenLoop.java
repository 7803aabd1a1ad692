package org.ncii.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load: request i is due at {@code start + i / rate} whatever happened to earlier ones, and its latency
 * counts from that due time, so a stall shows up in the percentiles instead of slowing the load down
 * (no coordinated omission). A request still unanswered when too many are in flight is counted as failed, not
 * delayed.
 */
final class OpenLoop {
    static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final HttpClient http;
    private final int maxInFlight;

    OpenLoop(HttpClient http, int maxInFlight) {
        this.http = http;
        this.maxInFlight = maxInFlight;
    }

    /** The outcome of one constant-rate run. */
    record Run(double offeredRate, double seconds, long sent, long ok, long failed, double achievedRate, Histogram latency,
               java.util.Map<String, Long> failures) {
        double p(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
        }

        double maxMs() {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1e6;
        }
    }

    /**
     * Sends {@code rate} requests per second for {@code duration}; {@code request} makes request i, and
     * {@code onAnswer} (may be null) hears of each 2xx with its index and its due time in {@link System#nanoTime()}.
     */
    Run run(double rate, Duration duration, RequestFactory request, Answer onAnswer) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_LATENCY_NANOS, 3);
        long total = Math.round(rate * duration.toNanos() / 1e9);
        double interval = 1e9 / rate;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.Map<String, Long> failures = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + 20_000_000L;
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * interval);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                failed.incrementAndGet();
                failures.merge("too many in flight", 1L, Long::sum);
                recorder.recordValue(MAX_LATENCY_NANOS);
                done.countDown();
                continue;
            }
            long index = i;
            http.sendAsync(request.make(i, due), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long latency = Math.min(System.nanoTime() - due, MAX_LATENCY_NANOS);
                inFlight.decrementAndGet();
                recorder.recordValue(Math.max(latency, 1));
                if (error == null && response.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                    if (onAnswer != null) {
                        onAnswer.answered(index, due, response.body());
                    }
                } else {
                    failed.incrementAndGet();
                    failures.merge(error != null ? error.getClass().getSimpleName() : "HTTP " + response.statusCode(), 1L, Long::sum);
                }
                done.countDown();
            });
        }
        done.await(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(rate, seconds, total, ok.get(), failed.get(), ok.get() / seconds, recorder.getIntervalHistogram(),
                java.util.Map.copyOf(failures));
    }

    /** Makes request {@code index}, due at {@code dueNanos} ({@link System#nanoTime()}). */
    interface RequestFactory {
        HttpRequest make(long index, long dueNanos);
    }

    /** A 2xx answer to request {@code index}, due at {@code dueNanos}. */
    interface Answer {
        void answered(long index, long dueNanos, String body);
    }
}
