package org.ncii.notifier.partner.service;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.http.Problem;
import org.ncii.http.ProblemException;
import org.ncii.notifier.partner.Partner;

/**
 * Finds the partner behind an {@code Authorization: Bearer <API key>} header. Every failure is the same 401, so
 * a caller learns nothing about which keys exist; the hash comparison runs even for an unknown key id.
 */
@ApplicationScoped
public class PartnerAuthenticator {
    private static final String UNKNOWN_HASH = "0".repeat(64);

    private final PartnerCredentials credentials;

    public PartnerAuthenticator(PartnerCredentials credentials) {
        this.credentials = credentials;
    }

    /** The partner id, or a failed Uni with a 401 problem. */
    public Uni<String> authenticate(String authorization) {
        Optional<String> key = bearer(authorization);
        Optional<String> keyId = key.flatMap(credentials::keyIdOf);
        if (keyId.isEmpty()) {
            return Uni.createFrom().failure(unauthorized());
        }
        return Panache.withSession(() -> Partner.<Partner>find("apiKeyId", keyId.get()).firstResult()).map(partner -> {
            boolean valid = credentials.matches(key.get(), partner == null ? UNKNOWN_HASH : partner.apiKeyHash);
            if (partner == null || !valid) {
                throw unauthorized();
            }
            return partner.partnerId;
        });
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static ProblemException unauthorized() {
        return new ProblemException(Problem.of(401, "unauthorized", "A valid partner API key is required",
                "send Authorization: Bearer <API key>"), Map.of("WWW-Authenticate", "Bearer realm=\"partner\""));
    }
}
