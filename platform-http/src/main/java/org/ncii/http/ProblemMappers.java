package org.ncii.http;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json: validation and unreadable bodies into 400 naming the field, HTTP
 * refusals (404, 405, 413, 415...) into their status, anything unexpected into a 500 that reveals nothing.
 * Messages never echo submitted values, so no personal data reaches a response or a log through an error.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.problem().status()).type(Problem.MEDIA_TYPE).entity(e.problem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are not valid";
        return Problem.validation(400, detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = pathOf(e);
        return Problem.validation(400, "unknown field: " + field,
                List.of(new Problem.Violation(field, "is not a known field"))).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        String field = pathOf(e);
        return Problem.validation(400, field + " has the wrong type or format",
                List.of(new Problem.Violation(field, "has the wrong type or format"))).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return Problem.of(400, "malformed-body", "The body is not valid JSON for this request", "the body could not be read")
                    .toResponse();
        }
        return Problem.validation(400, field + " has the wrong type",
                List.of(new Problem.Violation(field, "has the wrong type"))).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        String field = pathOf(e);
        return Problem.validation(400, "the body could not be read" + (field.isEmpty() ? "" : " at " + field),
                List.of(new Problem.Violation(field.isEmpty() ? "body" : field, "could not be read"))).toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return Problem.of(400, "malformed-body", "The body is not valid JSON", "the body is not well-formed JSON").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("request failed: %s", e.getClass().getName());
            return Problem.of(status, "server-error", "The service could not complete the request", null).toResponse();
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return malformed(parse);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (cause instanceof JsonMappingException mapping) {
            return unreadable(mapping);
        }
        Response.StatusType reason = e.getResponse().getStatusInfo();
        String slug = reason.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Problem.of(status, slug, reason.getReasonPhrase(), null).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.errorf("unexpected failure: %s", e.getClass().getName());
        LOG.debug("unexpected failure", e);
        return Problem.of(500, "server-error", "The service could not complete the request", null).toResponse();
    }

    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
