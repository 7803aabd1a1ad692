package org.ncii.hashing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Every hash a victim shares for one file, in the shape of a report's {@code hashes} (and of the events'
 * {@code ContentHash}): the PDQ hash and its seven dihedral variants (marked) when the file is an image,
 * then MD5 and SHA-256 of the bytes. PDQ hashes under quality 50 are set apart, not shared.
 */
public final class ContentHashes {

    /** One hash; {@code quality} only for PDQ, {@code variant} only for a dihedral variant. */
    public record Entry(String algorithm, String value, Integer quality, String variant) {
    }

    /** {@code shared} goes into the report; {@code withheld} are PDQ hashes too weak to share. */
    public record Result(List<Entry> shared, List<Entry> withheld) {
    }

    private final PdqHasher pdq = new PdqHasher();

    public Result of(Path file) throws IOException {
        List<Entry> shared = new ArrayList<>();
        List<Entry> withheld = new ArrayList<>();
        BufferedImage image = decode(file);
        if (image != null) {
            Map<Dihedral, PdqResult> all = pdq.hashAll(image);
            for (Dihedral d : Dihedral.values()) {
                PdqResult r = all.get(d);
                Entry e = new Entry("PDQ", r.hash().toHex(), r.quality(), d.variantName());
                (r.shareable() ? shared : withheld).add(e);
            }
        }
        FileDigests.Digests digests = FileDigests.of(file);
        shared.add(new Entry("MD5", digests.md5(), null, null));
        shared.add(new Entry("SHA256", digests.sha256(), null, null));
        return new Result(List.copyOf(shared), List.copyOf(withheld));
    }

    /** The decoded image, or null when ImageIO cannot read the file (a video, say: then digests only). */
    private static BufferedImage decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageIO.read(in);
        }
    }
}
