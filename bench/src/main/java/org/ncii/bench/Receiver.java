package org.ncii.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A lean partner webhook receiver on loopback: it answers 204, counts every webhook-id it accepted (the
 * exactly-once proof) and verifies the signature of every {@code verifyEvery}-th request with the Standard Webhooks
 * library. Devstack's receiver keeps every request in a copy-on-write list, which is too slow for 100,000 of them.
 * It can go down and come back on the same port, as a partner outage does.
 */
final class Receiver implements AutoCloseable {
    private static final Pattern FIRST_URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NOTICE_ID = Pattern.compile("\"noticeId\"\\s*:\\s*\"([^\"]+)\"");

    private final String path;
    private final int verifyEvery;
    private final int port;
    private volatile String secret;
    private volatile String sampleBody;
    private volatile BiConsumer<Arrival, Long> listener = (a, t) -> { };
    private final Map<String, Integer> acceptedById = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong verified = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private HttpServer server;
    private ExecutorService threads;

    /** What the receiver learnt from one accepted webhook. */
    record Arrival(String webhookId, String noticeId, String firstUrl, int timesSeen) {
    }

    private Receiver(String path, int port, int verifyEvery) {
        this.path = path;
        this.port = port;
        this.verifyEvery = verifyEvery;
    }

    static Receiver start(String path, int verifyEvery) {
        Receiver r = new Receiver(path, org.ncii.devstack.Ports.freePort(), verifyEvery);
        r.up();
        return r;
    }

    String url() {
        return "http://127.0.0.1:" + port + path;
    }

    void trust(String signingSecret) {
        this.secret = signingSecret;
    }

    /** Called after each accepted webhook with the arrival and its {@link System#nanoTime()}. */
    void onArrival(BiConsumer<Arrival, Long> next) {
        listener = next;
    }

    synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
            s.createContext(path, this::handle);
            threads = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "receiver");
                t.setDaemon(true);
                return t;
            });
            s.setExecutor(threads);
            s.start();
            server = s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The partner goes away: connections are refused until {@link #up()}. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
            server = null;
        }
    }

    void reset() {
        acceptedById.clear();
        requests.set(0);
    }

    /** The body of the latest webhook accepted: a real payload for the raw-client limit. */
    String sampleBody() {
        return sampleBody;
    }

    long requests() {
        return requests.get();
    }

    long verified() {
        return verified.get();
    }

    long badSignatures() {
        return badSignatures.get();
    }

    /** How many times each webhook-id was accepted. */
    Map<String, Integer> acceptedById() {
        return acceptedById;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        long n = requests.incrementAndGet();
        String body = new String(raw, StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        int status = 204;
        if (id == null) {
            status = 400;
        } else if (n % verifyEvery == 1 || verifyEvery == 1) {
            if (verifies(exchange, body)) {
                verified.incrementAndGet();
            } else {
                badSignatures.incrementAndGet();
                status = 401;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        if (status == 204) {
            sampleBody = body;
            int times = acceptedById.merge(id, 1, Integer::sum);
            listener.accept(new Arrival(id, find(NOTICE_ID, body), find(FIRST_URL, body), times), at);
        }
    }

    private boolean verifies(HttpExchange exchange, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), new ArrayList<>(v)));
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException | RuntimeException e) {
            return false;
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        down();
    }
}
