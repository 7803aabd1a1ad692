package org.ncii.hashing;

/**
 * The eight symmetries of a square image: the original, three rotations and four mirrorings. A copy
 * re-uploaded rotated or mirrored has the PDQ hash of the matching variant of the original, so victims send
 * all eight. Names follow the published reference images ({@code bridge-2-rotate-90.jpg} and so on).
 */
public enum Dihedral {
    ORIGINAL,
    ROTATE_90,
    ROTATE_180,
    ROTATE_270,
    /** Mirrored about the horizontal (x) axis: top and bottom swap. */
    FLIP_X,
    /** Mirrored about the vertical (y) axis: left and right swap. */
    FLIP_Y,
    /** Mirrored about the main diagonal (transposed). */
    FLIP_PLUS_1,
    /** Mirrored about the anti-diagonal. */
    FLIP_MINUS_1;

    /** The variant name carried beside a hash in reports and events; null for the original. */
    public String variantName() {
        return this == ORIGINAL ? null : name();
    }
}
