package org.ncii.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** The benchmark's own identity provider: a key pair made for the run, its public half given to the services. */
final class StaffTokens {
    static final String ISSUER = "https://bench.ncii-takedown.local/staff";
    static final String AUDIENCE = "ncii-takedown";

    private final KeyPair keys;
    private final Path publicKeyFile;

    private StaffTokens(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    static StaffTokens create(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path pem = dir.resolve("jwt-public.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return new StaffTokens(keys, pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    String admin() {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject("bench-admin@helpline.example");
            claims.setAudience(AUDIENCE);
            claims.setClaim("upn", "bench-admin@helpline.example");
            claims.setStringListClaim("groups", List.of("staff", "admin"));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(12 * 60);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(keys.getPrivate());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
