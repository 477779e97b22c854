package org.embargomonitor.seizures.evidence.similar;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The 64-bit perceptual hash (pHash) of a photo: the signs of the lowest frequencies of its 32 x 32 grey-scale
 * discrete cosine transform against their median. Resizing, recompressing, mild cropping and colour shifts move
 * a few bits; another scene moves about half. The usual Java library for this, JImageHash, needs JavaFX at run
 * time, so the transform is written out here; it is small and pure.
 */
public final class PerceptualHash {

    private static final int SIZE = 32;
    private static final int KEPT = 8;
    private static final double[][] COSINES = new double[SIZE][SIZE];

    static {
        for (int frequency = 0; frequency < SIZE; frequency++) {
            for (int x = 0; x < SIZE; x++) {
                COSINES[frequency][x] = Math.cos((2 * x + 1) * frequency * Math.PI / (2 * SIZE));
            }
        }
    }

    private PerceptualHash() {
    }

    /** Share of each side cut off by the centred crops hashed besides the whole picture. */
    private static final double[] CENTRED_CROPS = { 0.05, 0.10, 0.15 };
    /** Share of each side kept by the corner crops. */
    private static final double CORNER_CROP = 0.90;

    /**
     * The hashes of the whole picture (first), of centred crops and of corner crops: a photo cropped from another
     * matches one of the other's crops closely, though its own whole-picture hash moved far.
     */
    public static long[] variants(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        long[] hashes = new long[1 + CENTRED_CROPS.length + 4];
        hashes[0] = of(image);
        for (int i = 0; i < CENTRED_CROPS.length; i++) {
            int dx = (int) (width * CENTRED_CROPS[i]);
            int dy = (int) (height * CENTRED_CROPS[i]);
            hashes[1 + i] = of(image.getSubimage(dx, dy, width - 2 * dx, height - 2 * dy));
        }
        int w = (int) (width * CORNER_CROP);
        int h = (int) (height * CORNER_CROP);
        int[][] corners = { { 0, 0 }, { width - w, 0 }, { 0, height - h }, { width - w, height - h } };
        for (int i = 0; i < corners.length; i++) {
            hashes[1 + CENTRED_CROPS.length + i] = of(image.getSubimage(corners[i][0], corners[i][1], w, h));
        }
        return hashes;
    }

    /**
     * How far apart two photos are: the fewest differing bits between the whole of one and any variant of the other.
     */
    public static int distance(long[] a, long[] b) {
        int closest = distance(a[0], b[0]);
        for (int i = 1; i < b.length; i++) {
            closest = Math.min(closest, distance(a[0], b[i]));
        }
        for (int i = 1; i < a.length; i++) {
            closest = Math.min(closest, distance(a[i], b[0]));
        }
        return closest;
    }

    public static long of(BufferedImage image) {
        double[][] grey = greyScale(image);
        double[] low = new double[KEPT * KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    for (int y = 0; y < SIZE; y++) {
                        sum += grey[x][y] * COSINES[u][x] * COSINES[v][y];
                    }
                }
                low[u * KEPT + v] = sum;
            }
        }
        // the first coefficient is the mean brightness: left out of the median, as it dwarfs the others
        double[] sorted = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(sorted);
        double median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    /** How many of the 64 bits differ: 0 for the same picture, about 32 for unrelated ones. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static double[][] greyScale(BufferedImage image) {
        BufferedImage small = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image.getScaledInstance(SIZE, SIZE, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        double[][] grey = new double[SIZE][SIZE];
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                int rgb = small.getRGB(x, y);
                grey[x][y] = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return grey;
    }
}
