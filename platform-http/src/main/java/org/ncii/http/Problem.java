package org.ncii.http;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer. {@code violations} names each invalid field
 * (a JSON path such as {@code content[2].url}) with what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ncii-takedown.org/problems/";

    /** One invalid field and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, List.of());
    }

    public static Problem validation(int status, String detail, List<Violation> violations) {
        return new Problem(TYPE_BASE + "invalid-request", "The request is not valid", status, detail, null, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
