package org.ncii.notifier.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint on loopback: verifies every request with the Standard Webhooks library (not our
 * code), answers 401 to a bad signature, otherwise what the test scripted, and records what arrived.
 */
final class PartnerReceiver implements AutoCloseable {
    /** One request as it arrived; header names lower-cased. */
    record Received(long atNanos, Map<String, String> headers, String body, boolean verified) {
        String webhookId() {
            return headers.get("webhook-id");
        }

        boolean isType(String type) {
            return body.contains("\"type\":\"" + type + "\"");
        }
    }

    /** A scripted answer: status, headers, and how long to hang first. */
    record Reply(int status, Map<String, String> headers, Duration hang) {
        static Reply status(int status) {
            return new Reply(status, Map.of(), Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile String secret;
    private volatile Function<Received, Reply> script = r -> Reply.status(200);

    PartnerReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/ncii";
    }

    /** The signing secret the partner got at registration. */
    void trust(String signingSecret) {
        this.secret = signingSecret;
    }

    /** How to answer each verified request, given the requests so far (this one included). */
    void answer(Function<Received, Reply> script) {
        this.script = script;
    }

    /** Answers the given statuses in turn, then 200. */
    void answerInTurn(int... statuses) {
        answer(r -> {
            int n = verifiedCount() - 1;
            return Reply.status(n < statuses.length ? statuses[n] : 200);
        });
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> verified() {
        return received.stream().filter(Received::verified).toList();
    }

    int verifiedCount() {
        return (int) received.stream().filter(Received::verified).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new TreeMap<>();
        Map<String, List<String>> forLibrary = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            forLibrary.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values));
        });
        boolean verified;
        try {
            new Webhook(secret).verify(body, forLibrary);
            verified = true;
        } catch (WebhookVerificationException | RuntimeException e) {
            verified = false;
        }
        Received request = new Received(at, Map.copyOf(headers), body, verified);
        received.add(request);
        Reply reply = verified ? script.apply(request) : Reply.status(401);
        if (!reply.hang().isZero()) {
            try {
                closing.await(reply.hang().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
