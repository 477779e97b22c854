package org.embargomonitor.seizures.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * The same document as {@link PdfComposer}, as a Word file (Apache POI) a panel can still edit: headings use Word's
 * heading styles, photos are embedded at the same size; right-to-left paragraphs are marked so, and Word shapes
 * Arabic itself. Blocking work.
 */
public final class DocxComposer implements DocumentComposer {

    private static final double PHOTO_WIDTH = 260;
    private static final double PHOTO_HEIGHT = 200;

    private final XWPFDocument document = new XWPFDocument();
    private final boolean rightToLeft;
    private int images;

    public DocxComposer(String title, boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("Embargo Monitor");
    }

    @Override
    public void title(String text) {
        run(paragraph(), text, true, 15);
    }

    @Override
    public void heading(String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setStyle("Heading1");
        paragraph.setSpacingBefore(160);
        paragraph.setPageBreak(false);
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewOutlineLvl().setVal(BigInteger.ZERO);
        run(paragraph, text, true, 12);
    }

    @Override
    public void contents(String title, List<String> headings, List<Integer> pages) {
        run(paragraph(), title, true, 12);
        for (String heading : headings) {
            XWPFParagraph entry = paragraph();
            entry.setSpacingAfter(0);
            run(entry, heading, false, 10.5);
        }
        paragraph();
    }

    @Override
    public List<Integer> headingPages() {
        return List.of();
    }

    @Override
    public void subheading(String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setSpacingBefore(120);
        run(paragraph, text, true, 10.5);
    }

    @Override
    public void paragraph(String text) {
        String[] lines = text.split("\\R");
        XWPFParagraph paragraph = paragraph();
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], false, 10.5);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    @Override
    public void small(String text) {
        run(paragraph(), text, false, 8.5);
    }

    @Override
    public void fields(List<Map.Entry<String, String>> pairs) {
        for (Map.Entry<String, String> pair : pairs) {
            if (pair.getValue() != null && !pair.getValue().isBlank()) {
                XWPFParagraph paragraph = paragraph();
                paragraph.setSpacingAfter(0);
                run(paragraph, pair.getKey() + ": ", true, 10.5);
                run(paragraph, pair.getValue(), false, 10.5);
            }
        }
    }

    /** Embeds a photo scaled to fit, with its caption; false (caption only) when Word cannot hold its type. */
    @Override
    public boolean photo(byte[] bytes, String caption) {
        PictureType type = typeOf(bytes);
        BufferedImage decoded = decode(bytes);
        if (type == null || decoded == null) {
            small(caption);
            return false;
        }
        double scale = Math.min(1, Math.min(PHOTO_WIDTH / decoded.getWidth(), PHOTO_HEIGHT / decoded.getHeight()));
        try {
            paragraph().createRun().addPicture(new ByteArrayInputStream(bytes), type, caption,
                    Units.toEMU(decoded.getWidth() * scale), Units.toEMU(decoded.getHeight() * scale));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            small(caption);
            return false;
        }
        images++;
        small(caption);
        return true;
    }

    @Override
    public void space() {
        paragraph();
    }

    @Override
    public int imageCount() {
        return images;
    }

    @Override
    public byte[] finish() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph() {
        XWPFParagraph paragraph = document.createParagraph();
        if (rightToLeft) {
            CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            properties.addNewBidi().setVal(true);
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        return paragraph;
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, double size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(DocumentFonts.FAMILY);
        if (rightToLeft || VisualText.hasRightToLeft(text)) {
            run.getCTR().addNewRPr().addNewRtl().setVal(true);
        }
        return run;
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static PictureType typeOf(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return PictureType.JPEG;
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PictureType.PNG;
        }
        if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
            return PictureType.GIF;
        }
        return null;
    }
}
