package org.ncii.hashing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * PDQ, the 256-bit perceptual hash published by Meta (ThreatExchange {@code hashing.pdf}), written here from
 * the algorithm's description: luminance; a tent filter (two box-filter passes per axis, each window about
 * half the down-sampling ratio) against aliasing; decimation to 64x64; a 2-D DCT of which the 16x16 lowest
 * frequencies after the constant term are kept; one bit per coefficient, set when it exceeds the median. The
 * quality score measures how much gradient the 64x64 image holds. Mirroring or rotating the image only
 * permutes and negates DCT coefficients, so all eight dihedral hashes come from one DCT.
 */
public final class PdqHasher {
    private static final int SIDE = 64;
    private static final int KEPT = 16;
    private static final int TENT_PASSES = 2;
    private static final float[][] DCT = dctMatrix();

    /** Hash of an image file ImageIO can decode (JPEG, PNG, GIF, BMP). */
    public PdqResult hash(Path file) throws IOException {
        return hash(read(file));
    }

    public PdqResult hash(BufferedImage image) {
        return hashAll(image).get(Dihedral.ORIGINAL);
    }

    /** The eight dihedral hashes of one image, computed in one pass. All share the original's quality. */
    public Map<Dihedral, PdqResult> hashAll(Path file) throws IOException {
        return hashAll(read(file));
    }

    public Map<Dihedral, PdqResult> hashAll(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        return hashAll(luma(image), rows, cols);
    }

    /** From a row-major luminance plane (0..255), for callers that decode images themselves. */
    public Map<Dihedral, PdqResult> hashAll(float[] luma, int rows, int cols) {
        if (rows < 1 || cols < 1 || luma.length != rows * cols) {
            throw new IllegalArgumentException("luma plane does not match " + rows + "x" + cols);
        }
        float[] plane = luma.clone();
        // The published reference hashes come out only with each axis's box sized from the OTHER axis's
        // length (the box along a row is sized from the number of rows): measured on the reference images.
        int rowWindow = windowSize(rows);
        int colWindow = windowSize(cols);
        float[] scratch = new float[plane.length];
        for (int pass = 0; pass < TENT_PASSES; pass++) {
            boxAlongRows(plane, scratch, rows, cols, rowWindow);
            boxAlongColumns(scratch, plane, rows, cols, colWindow);
        }
        float[][] small = decimate(plane, rows, cols);
        int quality = quality(small);
        float[][] dct = dct16(small);
        Map<Dihedral, PdqResult> out = new EnumMap<>(Dihedral.class);
        for (Dihedral d : Dihedral.values()) {
            out.put(d, new PdqResult(bits(transform(dct, d)), quality));
        }
        return out;
    }

    public static BufferedImage read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IOException("not an image this tool can read (JPEG, PNG, GIF or BMP)");
            }
            return image;
        }
    }

    private static float[] luma(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        int[] rgb = image.getRGB(0, 0, cols, rows, null, 0, cols);
        float[] out = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            out[i] = 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
        }
        return out;
    }

    /** Box width for one axis: half the down-sampling ratio to 64, rounded up. */
    private static int windowSize(int length) {
        return (length + 2 * SIDE - 1) / (2 * SIDE);
    }

    private static void boxAlongRows(float[] in, float[] out, int rows, int cols, int window) {
        for (int r = 0; r < rows; r++) {
            box(in, out, r * cols, 1, cols, window);
        }
    }

    private static void boxAlongColumns(float[] in, float[] out, int rows, int cols, int window) {
        for (int c = 0; c < cols; c++) {
            box(in, out, c, cols, rows, window);
        }
    }

    /**
     * Mean over a window of {@code window} samples around each sample (one more ahead than behind when the
     * window is even), shrunk at the edges to the samples that exist.
     */
    private static void box(float[] in, float[] out, int start, int stride, int length, int window) {
        int ahead = window / 2;
        int behind = window - 1 - ahead;
        float sum = 0;
        int lo = 0;
        int hi = -1;
        for (int k = 0; k < length; k++) {
            int wantHi = Math.min(length - 1, k + ahead);
            int wantLo = Math.max(0, k - behind);
            while (hi < wantHi) {
                hi++;
                sum += in[start + hi * stride];
            }
            while (lo < wantLo) {
                sum -= in[start + lo * stride];
                lo++;
            }
            out[start + k * stride] = sum / (hi - lo + 1);
        }
    }

    private static float[][] decimate(float[] plane, int rows, int cols) {
        float[][] out = new float[SIDE][SIDE];
        for (int i = 0; i < SIDE; i++) {
            int r = (int) ((i + 0.5) * rows / SIDE);
            for (int j = 0; j < SIDE; j++) {
                int c = (int) ((j + 0.5) * cols / SIDE);
                out[i][j] = plane[r * cols + c];
            }
        }
        return out;
    }

    /** Sum of absolute neighbour differences in percent of full scale, 90 per point of quality, capped at 100. */
    private static int quality(float[][] small) {
        long gradient = 0;
        for (int i = 0; i < SIDE - 1; i++) {
            for (int j = 0; j < SIDE; j++) {
                gradient += Math.abs((int) ((small[i][j] - small[i + 1][j]) * 100 / 255));
            }
        }
        for (int i = 0; i < SIDE; i++) {
            for (int j = 0; j < SIDE - 1; j++) {
                gradient += Math.abs((int) ((small[i][j] - small[i][j + 1]) * 100 / 255));
            }
        }
        return (int) Math.min(100, gradient / 90);
    }

    /** Rows 1..16 of the orthonormal DCT-II basis of length 64 (row 0, the constant term, carries no shape). */
    private static float[][] dctMatrix() {
        float[][] m = new float[KEPT][SIDE];
        double scale = Math.sqrt(2.0 / SIDE);
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < SIDE; x++) {
                m[u][x] = (float) (scale * Math.cos(Math.PI / (2 * SIDE) * (u + 1) * (2 * x + 1)));
            }
        }
        return m;
    }

    /** D * A * D^T: vertical frequency by row, horizontal frequency by column. */
    private static float[][] dct16(float[][] a) {
        float[][] half = new float[KEPT][SIDE];
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < SIDE; x++) {
                float s = 0;
                for (int y = 0; y < SIDE; y++) {
                    s += DCT[u][y] * a[y][x];
                }
                half[u][x] = s;
            }
        }
        float[][] out = new float[KEPT][KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                float s = 0;
                for (int x = 0; x < SIDE; x++) {
                    s += half[u][x] * DCT[v][x];
                }
                out[u][v] = s;
            }
        }
        return out;
    }

    /**
     * The DCT of a mirrored or rotated image, from the original's: reversing the rows negates the odd-indexed
     * vertical frequencies (basis u+1 is odd for even u), reversing the columns likewise horizontally, and
     * transposing the image transposes the coefficients.
     */
    static float[][] transform(float[][] b, Dihedral d) {
        float[][] out = new float[KEPT][KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                float rowSign = (u % 2 == 0) ? -1 : 1;
                float colSign = (v % 2 == 0) ? -1 : 1;
                out[u][v] = switch (d) {
                    case ORIGINAL -> b[u][v];
                    case FLIP_X -> rowSign * b[u][v];
                    case FLIP_Y -> colSign * b[u][v];
                    case ROTATE_180 -> rowSign * colSign * b[u][v];
                    case FLIP_PLUS_1 -> b[v][u];
                    case FLIP_MINUS_1 -> rowSign * colSign * b[v][u];
                    case ROTATE_90 -> rowSign * b[v][u];
                    case ROTATE_270 -> colSign * b[v][u];
                };
            }
        }
        return out;
    }

    /**
     * One bit per coefficient, set when above the median. Row u of the coefficients is the 16-bit group u
     * counted from the end of the hex form, coefficient v its bit v.
     */
    private static PdqHash bits(float[][] b) {
        float[] flat = new float[KEPT * KEPT];
        for (int u = 0; u < KEPT; u++) {
            System.arraycopy(b[u], 0, flat, u * KEPT, KEPT);
        }
        float[] sorted = flat.clone();
        Arrays.sort(sorted);
        float median = sorted[flat.length / 2 - 1];
        long[] words = new long[4];
        for (int u = 0; u < KEPT; u++) {
            long group = 0;
            for (int v = 0; v < KEPT; v++) {
                if (b[u][v] > median) {
                    group |= 1L << v;
                }
            }
            int fromStart = KEPT - 1 - u;
            words[fromStart / 4] |= group << (48 - 16 * (fromStart % 4));
        }
        return PdqHash.ofWords(words[0], words[1], words[2], words[3]);
    }
}
