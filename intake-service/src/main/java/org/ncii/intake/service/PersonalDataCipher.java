package org.ncii.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import org.jboss.logging.Logger;
import org.ncii.intake.Sealed;
import org.ncii.intake.config.IntakeConfig;

/**
 * Seals personal data with AES-256-GCM before it reaches the database. The context (case and field) is bound as
 * associated data, so a ciphertext copied to another row or column no longer opens. Without a configured key the
 * service refuses to start, unless the profile explicitly allows a throwaway key (dev and test).
 */
@Startup
@ApplicationScoped
public class PersonalDataCipher {
    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;

    public PersonalDataCipher(IntakeConfig config) {
        IntakeConfig.Encryption encryption = config.encryption();
        encryption.keys().forEach((id, base64) -> keys.put(id, aesKey(id, base64)));
        if (keys.isEmpty()) {
            if (!encryption.generateIfMissing()) {
                throw new IllegalStateException("no personal-data key configured: set intake.encryption.keys.<id> "
                        + "and intake.encryption.active-key");
            }
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            keys.put("ephemeral", new SecretKeySpec(generated, "AES"));
            LOG.warn("personal data is sealed with a throwaway key made at start: not for production");
        }
        this.activeKeyId = encryption.activeKey().orElseGet(() -> {
            if (keys.size() == 1) {
                return keys.keySet().iterator().next();
            }
            throw new IllegalStateException("several personal-data keys configured: name one in intake.encryption.active-key");
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("intake.encryption.active-key names no configured key: " + activeKeyId);
        }
    }

    /** Seals a value for one field of one case; null stays null. */
    public Sealed seal(String value, String context) {
        if (value == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + body.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(body, 0, stored, NONCE_BYTES, body.length);
            return new Sealed(activeKeyId, stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens a value sealed for the same context with any configured key; null (erased) stays null. */
    public String open(Sealed sealed, String context) {
        if (sealed == null || sealed.ciphertext == null) {
            return null;
        }
        SecretKey key = keys.get(sealed.keyId);
        if (key == null) {
            throw new IllegalStateException("personal data sealed with a key no longer configured: " + sealed.keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.ciphertext, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed.ciphertext, NONCE_BYTES, sealed.ciphertext.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be opened", e);
        }
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("personal-data key " + id + " is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("personal-data key " + id + " must be 256 bits");
        }
        return new SecretKeySpec(raw, "AES");
    }
}
