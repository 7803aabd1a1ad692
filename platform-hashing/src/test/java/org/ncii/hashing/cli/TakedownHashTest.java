package org.ncii.hashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TakedownHashTest {

    private static Path vector(String name) throws Exception {
        URI uri = TakedownHashTest.class.getResource("/pdq-vectors/" + name).toURI();
        return Path.of(uri);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TakedownHash.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void printsThePublishedHashOfEveryReferenceImageAndSaysTheImageStaysOnTheDevice() throws Exception {
        List<String> lines = Files.readAllLines(vector("expected.csv")).stream().skip(1).filter(l -> !l.isBlank()).toList();
        String[] args = lines.stream().map(l -> l.split(",")[0]).map(f -> {
            try {
                return vector(f).toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
        String[] result = run(args);
        assertThat(result[0]).isEqualTo("0");
        for (String line : lines) {
            String[] cols = line.split(",");
            assertThat(result[1]).contains("\"file\": \"" + cols[0] + "\"")
                    .contains("{\"algorithm\": \"PDQ\", \"value\": \"" + cols[1] + "\", \"quality\": 100}");
        }
        assertThat(result[1]).contains("\"statement\": \"Computed on this device. The image does not leave it");
        assertThat(result[2]).contains("The image does not leave it");
    }

    @Test
    void givesTheSevenDihedralVariantsMarkedAndBothFileDigests() throws Exception {
        String out = run(vector("bridge-1-original.jpg").toString())[1];
        for (String variant : List.of("ROTATE_90", "ROTATE_180", "ROTATE_270", "FLIP_X", "FLIP_Y", "FLIP_PLUS_1",
                "FLIP_MINUS_1")) {
            assertThat(out).containsOnlyOnce("\"variant\": \"" + variant + "\"");
        }
        assertThat(out).contains("{\"algorithm\": \"MD5\", \"value\": \"d35c785545392755e7e4164457657269\"}")
                .contains("{\"algorithm\": \"SHA256\", \"value\": \"b5b0799616df52d475a3968dc7e54f1d0724c912244ffa6175bc786375dd7298\"}")
                .contains("\"notShared\": []");
    }

    @Test
    void flatImageHashesAreSetApartAsNotSharedAndNonImagesGetDigestsOnly(@TempDir Path dir) throws Exception {
        Path flat = dir.resolve("flat.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(100, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", flat.toFile());
        Path video = Files.writeString(dir.resolve("clip.mp4"), "not an image");
        String out = run(flat.toString(), video.toString())[1];
        String flatPart = out.substring(out.indexOf("flat.png"), out.indexOf("clip.mp4"));
        assertThat(flatPart.substring(flatPart.indexOf("\"notShared\""))).contains("\"quality\": 0");
        assertThat(flatPart.substring(0, flatPart.indexOf("\"notShared\""))).doesNotContain("PDQ");
        String videoPart = out.substring(out.indexOf("clip.mp4"));
        assertThat(videoPart).doesNotContain("PDQ").contains("MD5").contains("SHA256");
    }

    @Test
    void aMissingFileIsReportedAndTheExitStatusSaysSo() {
        String[] result = run("/no/such/file.jpg");
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).contains("not a readable file");
    }
}
