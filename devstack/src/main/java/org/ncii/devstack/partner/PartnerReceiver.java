package org.ncii.devstack.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A platform partner's webhook endpoint on loopback: a real HTTP server that verifies every request's Standard
 * Webhooks signature with the {@code com.standardwebhooks} library, records what it received, and can be told
 * to fail, hang or answer 410 Gone to play out a partner outage.
 */
public final class PartnerReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the receiver answers the next requests. */
    public sealed interface Behaviour permits Accept, Fail, Hang {
    }

    /** Answers 204 when the signature verifies, 401 when it does not. */
    public record Accept() implements Behaviour {
    }

    /** Answers {@code status} (with {@code Retry-After} when given) regardless of the request. */
    public record Fail(int status, String retryAfter) implements Behaviour {
    }

    /** Holds each request for {@code duration} before answering as {@link Accept} would. */
    public record Hang(Duration duration) implements Behaviour {
    }

    private final HttpServer server;
    private final String path;
    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(new Accept());
    private final AtomicReference<List<String>> secrets = new AtomicReference<>(List.of());
    private final List<ReceivedWebhook> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<java.util.function.Consumer<ReceivedWebhook>> listener = new AtomicReference<>(r -> { });

    private PartnerReceiver(HttpServer server, String path) {
        this.server = server;
        this.path = path;
    }

    /** Starts a receiver on a free loopback port, serving {@code path} (for example {@code /webhooks/meta}). */
    public static PartnerReceiver start(String path) {
        return start(0, path);
    }

    /** Starts a receiver on a given loopback port (0 for a free one). */
    public static PartnerReceiver start(int port, String path) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            PartnerReceiver receiver = new PartnerReceiver(server, path);
            server.createContext(path, receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The signing secrets ({@code whsec_...}) the partner was given; a request verifying with any is accepted. */
    public void trust(String... signingSecrets) {
        secrets.set(List.of(signingSecrets));
    }

    /** Called with every webhook after it was answered, for example to print it. */
    public void onReceive(java.util.function.Consumer<ReceivedWebhook> next) {
        listener.set(next);
    }

    public void behave(Behaviour next) {
        behaviour.set(next);
    }

    public List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    public List<ReceivedWebhook> received(Predicate<ReceivedWebhook> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Webhooks we answered 2xx to, verified: what the partner accepted as delivered. */
    public List<ReceivedWebhook> accepted() {
        return received(r -> r.verified() && r.answeredStatus() / 100 == 2);
    }

    public void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        boolean verified = verifies(raw, headers);
        JsonNode body = parse(raw);
        Behaviour now = behaviour.get();
        int status;
        if (now instanceof Fail fail) {
            status = fail.status();
            if (fail.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", fail.retryAfter());
            }
        } else {
            if (now instanceof Hang hang) {
                pause(hang.duration());
            }
            status = verified ? 204 : 401;
        }
        ReceivedWebhook webhook = new ReceivedWebhook(first(headers, "webhook-id"), first(headers, "webhook-signature"),
                verified, body == null ? null : body.path("type").asText(null), body, raw, status, at);
        received.add(webhook);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        listener.get().accept(webhook);
    }

    private boolean verifies(String raw, Map<String, List<String>> headers) {
        for (String secret : secrets.get()) {
            try {
                new Webhook(secret).verify(raw, headers);
                return true;
            } catch (WebhookVerificationException e) {
                // try the next secret
            }
        }
        return false;
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
