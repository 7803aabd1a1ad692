package org.ncii.notifier.partner.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.ncii.notifier.partner.config.PartnerConfig;

/**
 * Encrypts signing secrets at rest with AES-256-GCM. The key id travels beside the ciphertext so the key can
 * rotate; the partner id is bound in as associated data, so a ciphertext copied to another partner fails.
 */
@ApplicationScoped
public class SecretCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String activeKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    public SecretCipher(PartnerConfig config) {
        this.activeKeyId = config.encryption().keyId();
        keys.put(activeKeyId, keyOf(config.encryption().key()));
        config.encryption().previousKeys().ifPresent(previous -> previous.forEach(entry -> {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("notifier.partners.encryption.previous-keys entries are keyId:base64");
            }
            keys.putIfAbsent(entry.substring(0, colon), keyOf(entry.substring(colon + 1)));
        }));
    }

    /** A ciphertext and the id of the key it was sealed with. */
    public record Sealed(String keyId, String ciphertext) {
    }

    public Sealed seal(String plaintext, String boundTo) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return new Sealed(activeKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String open(Sealed sealed, String boundTo) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no key configured with id " + sealed.keyId());
        }
        byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a signing secret under key " + sealed.keyId(), e);
        }
    }

    private static SecretKeySpec keyOf(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("a secret encryption key must be 32 bytes (base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
