package org.ncii.intake.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * What the server under test received in each request that carried a body, as the HTTP layer saw it (path and
 * declared length), so a browser test can show that a picked file never reached the server. Test-only.
 */
@ApplicationScoped
public class RequestBodySizes {
    /** One request with a body. */
    public record Received(String path, String contentType, long length) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    void record(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpMethod method = context.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                String length = context.request().getHeader("Content-Length");
                RECEIVED.add(new Received(context.request().path(), context.request().getHeader("Content-Type"),
                        length == null ? -1 : Long.parseLong(length)));
            }
            context.next();
        });
    }

    /** Every request with a body since the service started. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }
}
