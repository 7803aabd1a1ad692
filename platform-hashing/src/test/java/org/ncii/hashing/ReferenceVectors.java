package org.ncii.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The eight published bridge images and their reference PDQ hashes, from this module's test resources. */
record ReferenceVectors(String file, PdqHash hash, int quality) {

    static List<ReferenceVectors> all() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream("/pdq-vectors/expected.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(cols -> new ReferenceVectors(cols[0], PdqHash.fromHex(cols[1]), Integer.parseInt(cols[2])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceVectors named(String file) {
        return all().stream().filter(v -> v.file.equals(file)).findFirst().orElseThrow();
    }

    Path path() {
        try {
            return Path.of(ReferenceVectors.class.getResource("/pdq-vectors/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dihedral variant the file name says the image is, relative to bridge-1-original.jpg. */
    Dihedral variant() {
        String name = file.replaceFirst("^bridge-\\d-", "").replace(".jpg", "");
        return switch (name) {
            case "original" -> Dihedral.ORIGINAL;
            case "rotate-90" -> Dihedral.ROTATE_90;
            case "rotate-180" -> Dihedral.ROTATE_180;
            case "rotate-270" -> Dihedral.ROTATE_270;
            case "flipx" -> Dihedral.FLIP_X;
            case "flipy" -> Dihedral.FLIP_Y;
            case "flip-plus-1" -> Dihedral.FLIP_PLUS_1;
            case "flip-minus-1" -> Dihedral.FLIP_MINUS_1;
            default -> throw new IllegalArgumentException(file);
        };
    }
}
