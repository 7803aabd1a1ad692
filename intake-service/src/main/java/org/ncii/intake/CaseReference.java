package org.ncii.intake;

import java.util.regex.Pattern;

/**
 * The case reference a victim quotes, e.g. {@code TD-7KQ2-94XM}: 40 random bits from the spoken alphabet. It is
 * an identifier, not a secret (the access code is), but being unguessable keeps cases from being enumerated.
 */
public final class CaseReference {
    private static final Pattern SHAPE = Pattern.compile("TD-[" + SpokenAlphabet.SYMBOLS + "]{4}-[" + SpokenAlphabet.SYMBOLS + "]{4}");

    private CaseReference() {
    }

    public static String next() {
        String body = SpokenAlphabet.random(8);
        return "TD-" + body.substring(0, 4) + "-" + body.substring(4);
    }

    /** Whether a string can be a case reference at all; anything else is answered like an unknown case. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }
}
