package org.ncii.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * Staff and admin tokens for the local platform only, signed with the dev-profile key committed for that
 * purpose ({@code takedown-service/dev/staff-jwt-private.pem}); production services never trust that key.
 */
final class DevTokens {
    static final String ISSUER = "https://ncii-takedown.org/staff";
    /** The audience takedown and notifier require (their {@code mp.jwt.verify.audiences}). */
    static final String AUDIENCE = "ncii-takedown";

    private DevTokens() {
    }

    /** A token for {@code user} in {@code groups}, valid 12 hours; empty when the dev key is not there. */
    static Optional<String> mint(Path projectRoot, String user, List<String> groups) {
        Path pem = projectRoot.resolve("takedown-service/dev/staff-jwt-private.pem");
        if (!Files.isRegularFile(pem)) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject(user);
            claims.setAudience(AUDIENCE);
            claims.setClaim("upn", user);
            claims.setStringListClaim("groups", groups);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(12 * 60);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(privateKey(pem));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return Optional.of(jws.getCompactSerialization());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static PrivateKey privateKey(Path pem) throws IOException, java.security.GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
