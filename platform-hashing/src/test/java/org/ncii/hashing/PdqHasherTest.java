package org.ncii.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdqHasherTest {
    /** Measured on the reference images (re-encoded files, so not always zero): 8 at most, far under 31. */
    static final int DIHEDRAL_BOUND = 8;

    private final PdqHasher hasher = new PdqHasher();

    /** Exact: decoding with ImageIO, as the Java reference does, reproduces every published bit (no tolerance). */
    @Test
    void everyReferenceImageHashesToItsPublishedHashExactly() throws Exception {
        for (ReferenceVectors v : ReferenceVectors.all()) {
            PdqResult result = hasher.hash(v.path());
            assertThat(result.hash().toHex()).as(v.file()).isEqualTo(v.hash().toHex());
        }
    }

    @Test
    void everyReferenceImageHasQuality100() throws Exception {
        for (ReferenceVectors v : ReferenceVectors.all()) {
            assertThat(hasher.hash(v.path()).quality()).as(v.file()).isEqualTo(v.quality()).isEqualTo(100);
        }
    }

    @Test
    void theEightHashesOfTheOriginalComputedInOnePassMatchTheTransformedFiles() throws Exception {
        Map<Dihedral, PdqResult> all = hasher.hashAll(ReferenceVectors.named("bridge-1-original.jpg").path());
        assertThat(all).hasSize(8);
        for (ReferenceVectors v : ReferenceVectors.all()) {
            int distance = all.get(v.variant()).hash().distanceTo(v.hash());
            assertThat(distance).as(v.file()).isLessThanOrEqualTo(DIHEDRAL_BOUND);
            for (Dihedral other : Dihedral.values()) {
                if (other != v.variant()) {
                    assertThat(all.get(other).hash().distanceTo(v.hash())).as(v.file() + " vs " + other)
                            .isGreaterThan(31);
                }
            }
        }
    }

    @Test
    void aFlatImageHasQualityZeroAndIsNotShareable() {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                grey.setRGB(x, y, 0x808080);
            }
        }
        PdqResult result = hasher.hash(grey);
        assertThat(result.quality()).isZero();
        assertThat(result.shareable()).isFalse();
    }

    @Test
    void hammingDistanceCountsDifferingBits() {
        PdqHash a = PdqHash.fromHex("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22");
        PdqHash b = PdqHash.fromHex("F8F8F0CCE0F4E84D0E370A22028F67F0B36E2ED596623E1D33E6339C4E9C9B2D");
        assertThat(a.distanceTo(a)).isZero();
        assertThat(a.distanceTo(b)).isEqualTo(4);
        assertThat(b.toHex()).isEqualTo("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b2d");
        assertThat(PdqHash.isHex("xyz")).isFalse();
    }
}
