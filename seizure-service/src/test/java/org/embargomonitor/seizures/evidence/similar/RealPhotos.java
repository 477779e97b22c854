package org.embargomonitor.seizures.evidence.similar;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Real photographs of cartridge headstamps, taken from the headstamp annotation guide in ../shared/data/documents,
 * and the variants a photo goes through when it is passed on: resized, recompressed, cropped.
 */
final class RealPhotos {

    static final Path GUIDE = Path.of(System.getProperty("embargo.shared.dir", "../../shared"), "data", "documents",
            "t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");

    private RealPhotos() {
    }

    /** The guide's pictures larger than 200 x 150 pixels, in page order: two photos, then two screenshots around one. */
    static List<BufferedImage> fromGuide() {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument guide = Loader.loadPDF(GUIDE.toFile())) {
            for (PDPage page : guide.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image && image.getWidth() > 200 && image.getHeight() > 150) {
                        pictures.add(rgb(image.getImage()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pictures;
    }

    static BufferedImage resized(BufferedImage image, double factor) {
        int width = (int) (image.getWidth() * factor);
        int height = (int) (image.getHeight() * factor);
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return smaller;
    }

    /** Cuts {@code share} of each side off. */
    static BufferedImage croppedCentre(BufferedImage image, double share) {
        int dx = (int) (image.getWidth() * share);
        int dy = (int) (image.getHeight() * share);
        return image.getSubimage(dx, dy, image.getWidth() - 2 * dx, image.getHeight() - 2 * dy);
    }

    /** Keeps the top left corner, cutting {@code share} off the right and the bottom. */
    static BufferedImage croppedToCorner(BufferedImage image, double share) {
        return image.getSubimage(0, 0, (int) (image.getWidth() * (1 - share)), (int) (image.getHeight() * (1 - share)));
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(new MemoryCacheImageOutputStream(out));
            writer.write(null, new IIOImage(rgb(image), null, null), param);
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decoded(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
