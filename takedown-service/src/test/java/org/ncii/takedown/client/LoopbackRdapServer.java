package org.ncii.takedown.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real RDAP server (RFC 9082 paths, RFC 9083 JSON) on loopback: domain objects whose registrar entity nests
 * the abuse entity, IP network objects whose registrant organisation nests it (as the RIRs do), records with
 * no abuse entity, 404 for unknown objects, and a programmable run of 503s for fault-tolerance tests.
 */
public final class LoopbackRdapServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();

    private LoopbackRdapServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackRdapServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            LoopbackRdapServer rdap = new LoopbackRdapServer(server);
            server.createContext("/", rdap::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return rdap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** {@code GET /domain/<name>}: registrar "Test Registrar" whose nested abuse entity has this e-mail. */
    public LoopbackRdapServer domain(String name, String abuseEmail) {
        answers.put("domain/" + name.toLowerCase(Locale.ROOT), """
                {"objectClassName":"domain","ldhName":"%s","rdapConformance":["rdap_level_0"],
                 "status":["active"],
                 "entities":[{"objectClassName":"entity","handle":"9999","roles":["registrar"],
                   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Test Registrar, Inc."]]],
                   "entities":[{"objectClassName":"entity","roles":["abuse"],
                     "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse desk"],
                       ["tel",{"type":"voice"},"uri","tel:+1.5555550100"],
                       ["email",{},"text","%s"]]]}]}]}
                """.formatted(name, abuseEmail));
        return this;
    }

    /** A domain object whose registrar lists no abuse entity. */
    public LoopbackRdapServer domainWithoutAbuse(String name) {
        answers.put("domain/" + name.toLowerCase(Locale.ROOT), """
                {"objectClassName":"domain","ldhName":"%s","rdapConformance":["rdap_level_0"],
                 "entities":[{"objectClassName":"entity","handle":"9998","roles":["registrar"],
                   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Quiet Registrar"]]]}]}
                """.formatted(name));
        return this;
    }

    /** {@code GET /ip/<address>}: a network "name" held by "Test Hosting Ltd" whose abuse entity has this e-mail. */
    public LoopbackRdapServer network(String address, String name, String abuseEmail) {
        answers.put("ip/" + address, """
                {"objectClassName":"ip network","handle":"NET-TEST-1","startAddress":"%1$s","endAddress":"%1$s",
                 "ipVersion":"v4","name":"%2$s","type":"ASSIGNMENT","rdapConformance":["rdap_level_0"],
                 "entities":[{"objectClassName":"entity","handle":"THL-1","roles":["registrant"],
                   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Test Hosting Ltd"],
                     ["kind",{},"text","org"]]],
                   "entities":[{"objectClassName":"entity","handle":"ABUSE-THL","roles":["abuse"],
                     "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse"],
                       ["email",{},"text","%3$s"]]]}]}]}
                """.formatted(address, name, abuseEmail));
        return this;
    }

    /** The next {@code count} requests for this path ("domain/x" or "ip/1.2.3.4") answer 503. */
    public LoopbackRdapServer failNext(String path, int count) {
        failuresLeft.put(path, new AtomicInteger(count));
        return this;
    }

    /** Every answer for this path comes after {@code millis} (a registry too slow to wait for). */
    public LoopbackRdapServer delay(String path, long millis) {
        delays.put(path, millis);
        return this;
    }

    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1).toLowerCase(Locale.ROOT);
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Long delay = delays.get(path);
        if (delay != null) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AtomicInteger failures = failuresLeft.get(path);
        if (failures != null && failures.getAndDecrement() > 0) {
            respond(exchange, 503, "{\"errorCode\":503,\"title\":\"Service Unavailable\"}");
            return;
        }
        String answer = answers.get(path);
        if (answer == null) {
            respond(exchange, 404, "{\"errorCode\":404,\"title\":\"Not Found\"}");
        } else {
            respond(exchange, 200, answer);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rdap+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
