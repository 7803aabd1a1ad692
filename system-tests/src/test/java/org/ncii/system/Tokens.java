package org.ncii.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * The identity provider of the system tests: a key pair made for this run, its public key handed to the
 * services as their JWT verification key, and staff and admin tokens signed with the private key.
 */
public final class Tokens {
    public static final String ISSUER = "https://helpline.example/system-tests";
    /** The audience both staff services require ({@code TAKEDOWN_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "ncii-takedown";

    private final KeyPair keys;
    private final Path publicKeyFile;

    private Tokens(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    static Tokens create(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path pem = dir.resolve("jwt-public.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return new Tokens(keys, pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    public String staff() {
        return sign("caseworker@helpline.example", Set.of("staff"));
    }

    public String admin() {
        return sign("admin@helpline.example", Set.of("staff", "admin"));
    }

    /** An administrator who manages partners but is no caseworker (group {@code admin} only). */
    public String adminOnly() {
        return sign("partners@helpline.example", Set.of("admin"));
    }

    /** A staff and admin token that expired ten minutes ago, well past the services' 60 s grace. */
    public String expired() {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).upn("former@helpline.example").groups(Set.of("staff", "admin")).audience(AUDIENCE)
                .issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(600)).sign(keys.getPrivate());
    }

    /** Signed with the run's key, but issued in the name of another issuer. */
    public String foreignIssuer() {
        return Jwt.issuer("https://attacker.example/realms/helpline").upn("intruder@attacker.example")
                .groups(Set.of("staff", "admin")).audience(AUDIENCE).expiresIn(3600).sign(keys.getPrivate());
    }

    /** From the right issuer and key, but for another application of the same identity provider. */
    public String wrongAudience() {
        return Jwt.issuer(ISSUER).upn("caseworker@helpline.example").groups(Set.of("staff", "admin"))
                .audience("helpline-wiki").expiresIn(3600).sign(keys.getPrivate());
    }

    /** Right issuer, audience and groups, signed with a key the services never trusted. */
    public String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).upn("intruder@attacker.example").groups(Set.of("staff", "admin")).audience(AUDIENCE)
                    .expiresIn(3600).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String user, Set<String> groups) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(groups).audience(AUDIENCE)
                .expiresIn(3600).sign(keys.getPrivate());
    }
}
