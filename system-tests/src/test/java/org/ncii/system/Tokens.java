package org.ncii.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * The identity provider of the system tests: a key pair made for this run, its public key handed to the
 * services as their JWT verification key, and staff and admin tokens signed with the private key.
 */
final class Tokens {
    static final String ISSUER = "https://helpline.example/system-tests";

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

    String staff() {
        return sign("caseworker@helpline.example", Set.of("staff"));
    }

    String admin() {
        return sign("admin@helpline.example", Set.of("staff", "admin"));
    }

    private String sign(String user, Set<String> groups) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(groups).audience("takedown-platform")
                .expiresIn(3600).sign(keys.getPrivate());
    }
}
