package org.ncii.takedown.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import org.ncii.takedown.config.SealingConfig;

/**
 * Seals a stored notice and its letter (which name the victim when they chose to share their identity) with
 * AES-256-GCM. The request id and the field are bound as associated data, so a sealed value moved to another row
 * or column does not open. Stored form: {@code sealed:<key id>:<base64 of nonce and ciphertext>}.
 */
@Startup
@ApplicationScoped
public class NoticeSeal {
    private static final String PREFIX = "sealed:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;

    public NoticeSeal(SealingConfig config) {
        config.keys().forEach((id, base64) -> keys.put(id, key(id, base64)));
        this.activeKey = config.activeKey();
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException("takedown.sealing.active-key names no configured key: " + activeKey);
        }
    }

    public String seal(UUID requestId, String field, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context(requestId, field));
            byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + body.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(body, 0, stored, NONCE_BYTES, body.length);
            return PREFIX + activeKey + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public String open(UUID requestId, String field, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("notice sealed with a key no longer configured: " + keyId);
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context(requestId, field));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored notice could not be opened", e);
        }
    }

    private static byte[] context(UUID requestId, String field) {
        return (requestId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey key(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sealing key " + id + " is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("sealing key " + id + " must be 256 bits");
        }
        return new SecretKeySpec(raw, "AES");
    }
}
