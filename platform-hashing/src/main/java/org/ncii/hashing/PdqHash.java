package org.ncii.hashing;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 256-bit PDQ hash as four 64-bit words, the first word holding the first 16 hex digits of the usual
 * 64-digit lower-case hex form. Value object: equal bits, equal hashes.
 */
public final class PdqHash {
    public static final int BITS = 256;
    private static final HexFormat HEX = HexFormat.of();

    private final long[] words;

    private PdqHash(long[] words) {
        this.words = words;
    }

    public static PdqHash ofWords(long w0, long w1, long w2, long w3) {
        return new PdqHash(new long[] {w0, w1, w2, w3});
    }

    /** Parses 64 hex digits (either case); anything else is an {@link IllegalArgumentException}. */
    public static PdqHash fromHex(String hex) {
        if (!isHex(hex)) {
            throw new IllegalArgumentException("a PDQ hash is 64 hex digits");
        }
        long[] words = new long[4];
        for (int i = 0; i < 4; i++) {
            words[i] = HEX.fromHexDigitsToLong(hex, i * 16, i * 16 + 16);
        }
        return new PdqHash(words);
    }

    public static boolean isHex(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    public long word(int index) {
        return words[index];
    }

    /** Bits {@code 16*chunk .. 16*chunk+15} counted from the start of the hex form, as an int 0..65535. */
    public int chunk16(int chunk) {
        long word = words[chunk >>> 2];
        int shift = 48 - 16 * (chunk & 3);
        return (int) ((word >>> shift) & 0xFFFF);
    }

    public int distanceTo(PdqHash other) {
        return Long.bitCount(words[0] ^ other.words[0]) + Long.bitCount(words[1] ^ other.words[1])
                + Long.bitCount(words[2] ^ other.words[2]) + Long.bitCount(words[3] ^ other.words[3]);
    }

    public String toHex() {
        StringBuilder out = new StringBuilder(64);
        for (long word : words) {
            out.append(HEX.toHexDigits(word));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdqHash other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
