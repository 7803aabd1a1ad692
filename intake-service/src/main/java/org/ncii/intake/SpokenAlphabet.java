package org.ncii.intake;

import java.security.SecureRandom;

/**
 * Thirty-two symbols that cannot be confused when read aloud or typed from a phone call: no 0/O and no 1/I.
 * Each symbol carries exactly five bits, so a random string of n symbols holds 5n bits of entropy.
 */
final class SpokenAlphabet {
    static final String SYMBOLS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SpokenAlphabet() {
    }

    static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
        }
        return out.toString();
    }
}
