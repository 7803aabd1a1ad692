package org.ncii.notifier.partner.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mints the two secrets a partner holds and checks API keys. An API key is {@code npk_<keyId>_<secret>}: the key
 * id finds the row, the SHA-256 of the whole key is compared in constant time (the key has 256 random bits, so a
 * plain hash suffices). A signing secret is {@code whsec_} + base64 of 32 random bytes (Standard Webhooks).
 */
@ApplicationScoped
public class PartnerCredentials {
    private static final String API_KEY_PREFIX = "npk_";
    private static final String SIGNING_PREFIX = "whsec_";

    private final SecureRandom random = new SecureRandom();

    /** A fresh API key with its lookup id and hash; only the hash and id are ever stored. */
    public record ApiKey(String keyId, String key, String hash) {
    }

    public ApiKey newApiKey() {
        String keyId = HexFormat.of().formatHex(bytes(8));
        String key = API_KEY_PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        return new ApiKey(keyId, key, hash(key));
    }

    public String newSigningSecret() {
        return SIGNING_PREFIX + Base64.getEncoder().encodeToString(bytes(32));
    }

    /** The key id of a presented API key, if it has the right shape. */
    public Optional<String> keyIdOf(String presented) {
        if (presented == null || !presented.startsWith(API_KEY_PREFIX)) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', API_KEY_PREFIX.length());
        return end < 0 ? Optional.empty() : Optional.of(presented.substring(API_KEY_PREFIX.length(), end));
    }

    /** Constant-time comparison of a presented key with a stored hash. */
    public boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
