package org.ncii.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The secret that lets a victim back into their case: 26 symbols of the spoken alphabet (130 random bits), shown
 * once in groups of four. Only its SHA-256 is stored; a salt or slow hash adds nothing for a random secret this
 * long. Input is compared case- and dash-insensitively, in constant time.
 */
public final class AccessCode {
    private static final int SYMBOLS = 26;

    private AccessCode() {
    }

    /** A new code formatted for reading, e.g. {@code K7QM-2XPD-...}. */
    public static String next() {
        String raw = SpokenAlphabet.random(SYMBOLS);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < raw.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(raw, i, Math.min(raw.length(), i + 4));
        }
        return grouped.toString();
    }

    public static byte[] hash(String code) {
        String canonical = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String presented, byte[] storedHash) {
        return MessageDigest.isEqual(hash(presented), storedHash);
    }
}
