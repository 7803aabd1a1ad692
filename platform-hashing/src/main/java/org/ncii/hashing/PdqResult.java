package org.ncii.hashing;

/**
 * A PDQ hash and its quality score (0..100). The algorithm's authors recommend discarding hashes with quality
 * under 50: flat or tiny images give hashes that match far too much.
 */
public record PdqResult(PdqHash hash, int quality) {
    public static final int MIN_SHAREABLE_QUALITY = 50;

    public boolean shareable() {
        return quality >= MIN_SHAREABLE_QUALITY;
    }
}
