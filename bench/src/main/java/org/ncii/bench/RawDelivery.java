package org.ncii.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.standardwebhooks.Webhook;

/**
 * Scenario 3's machine limit: a bare HTTP client (the JDK's, as the notifier uses) signing and posting the same
 * webhook body to the same receiver, {@code concurrency} requests in flight (the notifier's per-partner bulkhead),
 * as fast as the receiver answers.
 */
final class RawDelivery {
    private RawDelivery() {
    }

    record Result(int concurrency, double seconds, long delivered, double perSecond) {
    }

    static Result measure(Receiver receiver, String secret, String body, int concurrency, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Webhook signer = new Webhook(secret);
        AtomicLong ids = new AtomicLong();
        AtomicLong delivered = new AtomicLong();
        run(http, signer, receiver.url(), body, concurrency, 2, ids, new AtomicLong()); // warm-up
        long t0 = System.nanoTime();
        run(http, signer, receiver.url(), body, concurrency, seconds, ids, delivered);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return new Result(concurrency, elapsed, delivered.get(), delivered.get() / elapsed);
    }

    private static void run(HttpClient http, Webhook signer, String url, String body, int concurrency, int seconds,
                            AtomicLong ids, AtomicLong delivered) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            post(http, signer, url, body, ids, delivered, stop, done);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await(30, TimeUnit.SECONDS);
    }

    private static void post(HttpClient http, Webhook signer, String url, String body, AtomicLong ids, AtomicLong delivered,
                             AtomicBoolean stop, CountDownLatch done) {
        if (stop.get()) {
            done.countDown();
            return;
        }
        String id = "raw-" + ids.incrementAndGet();
        long timestamp = Instant.now().getEpochSecond();
        String signature;
        try {
            signature = signer.sign(id, timestamp, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("content-type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
            }
            post(http, signer, url, body, ids, delivered, stop, done);
        });
    }
}
