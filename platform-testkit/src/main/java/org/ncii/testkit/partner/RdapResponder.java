package org.ncii.testkit.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An RDAP server (RFC 9082/9083) on loopback that knows the abuse contact of the domains it is told about:
 * {@code GET /domain/<name>} answers a domain object whose registrar entity holds an {@code abuse} entity with
 * that e-mail in its vCard; unknown names answer 404 as RDAP servers do.
 */
public final class RdapResponder implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> abuseByDomain = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    private RdapResponder(HttpServer server) {
        this.server = server;
    }

    public static RdapResponder start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            RdapResponder responder = new RdapResponder(server);
            server.createContext("/", responder::handle);
            server.start();
            return responder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure as the RDAP server (ends with a slash, as bootstrap URLs do). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public RdapResponder abuseContact(String domain, String email) {
        abuseByDomain.put(domain.toLowerCase(java.util.Locale.ROOT), email);
        return this;
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String domain = path.startsWith("/domain/") ? path.substring("/domain/".length()).toLowerCase(java.util.Locale.ROOT) : null;
        String email = domain == null ? null : abuseByDomain.get(domain);
        byte[] body;
        int status;
        if (email == null) {
            status = 404;
            body = "{\"errorCode\":404,\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            status = 200;
            body = domainObject(domain, email).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/rdap+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String domainObject(String domain, String email) {
        return """
                {"objectClassName":"domain","ldhName":"%s","rdapConformance":["rdap_level_0"],
                 "entities":[{"objectClassName":"entity","handle":"R-1","roles":["registrar"],
                   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Example Registrar"]]],
                   "entities":[{"objectClassName":"entity","handle":"R-1-ABUSE","roles":["abuse"],
                     "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse desk"],
                       ["email",{},"text","%s"]]]}]}]}
                """.formatted(domain, email);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
