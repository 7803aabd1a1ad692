package org.ncii.http;

import java.util.List;

/**
 * A refusal the service decided on (not found, conflict, rate limited...), answered as problem+json with its
 * status. Services throw it, or return it failed in a Uni, instead of building responses by hand.
 */
public class ProblemException extends RuntimeException {
    private final Problem problem;
    private final java.util.Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, java.util.Map.of());
    }

    public ProblemException(Problem problem, java.util.Map<String, String> headers) {
        super(problem.title(), null, false, false);
        this.problem = problem;
        this.headers = java.util.Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict with the current state", detail));
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.validation(422, message, List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(400, message, List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds, String detail) {
        return new ProblemException(Problem.of(429, "too-many-requests", "Too many requests", detail),
                java.util.Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public Problem problem() {
        return problem;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }
}
