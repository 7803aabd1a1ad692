package org.ncii.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every API answer carries. Case data must never sit in a shared or browser cache (a victim may use
 * a shared computer), content types are never sniffed, and nothing we serve may be framed or run scripts
 * unless a page sets its own, stricter policy.
 */
public class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        headers.putIfAbsent("Referrer-Policy", java.util.List.of("no-referrer"));
        MediaType type = response.getMediaType();
        boolean html = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        if (!html) {
            headers.putIfAbsent("Content-Security-Policy", java.util.List.of(API_POLICY));
        }
    }
}
