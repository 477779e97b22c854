package org.embargomonitor.seizures.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays out a document on A4 pages with PDFBox, top to bottom: titles, headings, wrapped paragraphs, label-value
 * lines and photos, breaking pages as needed and numbering them. Fonts are embedded (subsets of DejaVu Sans), so
 * any Latin or Arabic text shows as written; a right-to-left document is aligned right. Blocking work.
 */
public final class PdfComposer implements DocumentComposer {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;
    private static final float PHOTO_WIDTH = 260;
    private static final float PHOTO_HEIGHT = 200;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final boolean rightToLeft;
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private final List<String> outline = new ArrayList<>();
    private final List<Integer> pagesOfHeadings = new ArrayList<>();
    private PDPageContentStream page;
    private float y;
    private int images;

    /** A new document, titled for its metadata; {@code rightToLeft} for Arabic. */
    public PdfComposer(String title, boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        try {
            regular = font(DocumentFonts.REGULAR);
            bold = font(DocumentFonts.BOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("The document fonts are missing from the class path", e);
        }
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setCreator("Embargo Monitor");
    }

    @Override
    public void title(String text) {
        write(text, bold, 15, 6);
    }

    @Override
    public void heading(String text) {
        space(6);
        room(12 * LEADING * 3);
        write(text, bold, 12, 4);
        outline.add(text);
        pagesOfHeadings.add(document.getNumberOfPages());
    }

    @Override
    public void contents(String title, List<String> headings, List<Integer> pages) {
        write(title, bold, 12, 4);
        for (int i = 0; i < headings.size(); i++) {
            String page = pages == null || i >= pages.size() ? "…" : String.valueOf(pages.get(i));
            write(headings.get(i) + "  ·  " + page, regular, BODY, 1);
        }
        space(6);
    }

    @Override
    public List<Integer> headingPages() {
        return List.copyOf(pagesOfHeadings);
    }

    @Override
    public void subheading(String text) {
        space(3);
        write(text, bold, BODY, 2);
    }

    @Override
    public void paragraph(String text) {
        write(text, regular, BODY, 5);
    }

    @Override
    public void small(String text) {
        write(text, regular, 8.5f, 3);
    }

    /** One "label: value" line per pair with a value; empty values are left out. */
    @Override
    public void fields(List<Map.Entry<String, String>> pairs) {
        for (Map.Entry<String, String> pair : pairs) {
            if (pair.getValue() != null && !pair.getValue().isBlank()) {
                write(pair.getKey() + ": " + pair.getValue(), regular, BODY, 1);
            }
        }
        space(4);
    }

    /**
     * Draws a photo, scaled to fit, with its caption. Answers false, drawing only the caption and why, when the
     * bytes are not an image a PDF can hold (WebP or HEIC, say).
     */
    @Override
    public boolean photo(byte[] bytes, String caption) {
        PDImageXObject image = imageOf(bytes);
        if (image == null) {
            small(caption);
            return false;
        }
        float scale = Math.min(1, Math.min(PHOTO_WIDTH / image.getWidth(), PHOTO_HEIGHT / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        room(height + 20);
        try {
            float x = rightToLeft ? PDRectangle.A4.getWidth() - MARGIN - width : MARGIN;
            page.drawImage(image, x, y - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 4;
        images++;
        small(caption);
        return true;
    }

    @Override
    public void space() {
        space(BODY * LEADING);
    }

    private void space(float points) {
        y -= points;
    }

    @Override
    public int imageCount() {
        return images;
    }

    /** Closes the last page, numbers every page and answers the PDF's bytes. */
    @Override
    public byte[] finish() {
        try {
            if (page != null) {
                page.close();
            }
            bookmarks();
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String number = (i + 1) + " / " + total;
                    footer.beginText();
                    footer.setFont(regular, 8);
                    footer.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - regular.getStringWidth(number) / 1000 * 4, MARGIN / 2);
                    footer.showText(number);
                    footer.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headings as the PDF's outline (bookmarks), each opening its page. */
    private void bookmarks() {
        PDDocumentOutline bookmarks = new PDDocumentOutline();
        for (int i = 0; i < outline.size(); i++) {
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(pagesOfHeadings.get(i) - 1));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(outline.get(i));
            item.setDestination(destination);
            bookmarks.addLast(item);
        }
        document.getDocumentCatalog().setDocumentOutline(bookmarks);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text, PDType0Font font, float size, float after) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String paragraph : text.split("\\R")) {
            for (String line : wrap(drawableText(font, paragraph), font, size, width)) {
                room(size * LEADING);
                y -= size * LEADING;
                String visual = VisualText.of(line, rightToLeft);
                try {
                    float x = rightToLeft ? PDRectangle.A4.getWidth() - MARGIN - measure(visual, font, size) : MARGIN;
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(x, y);
                    page.showText(visual);
                    page.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        y -= after;
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float measure(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(VisualText.of(text, rightToLeft)) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }

    /** The text with each character the font has no glyph for replaced by a question mark. */
    private String drawableText(PDType0Font font, String text) {
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean ok = c == ' ' || known.computeIfAbsent(c, code -> {
                try {
                    font.encode(new String(Character.toChars(code)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.appendCodePoint(ok ? c : '?');
        });
        return out.toString();
    }

    private void room(float needed) {
        if (page == null || y - needed < MARGIN) {
            try {
                if (page != null) {
                    page.close();
                }
                PDPage next = new PDPage(PDRectangle.A4);
                document.addPage(next);
                page = new PDPageContentStream(document, next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    private PDImageXObject imageOf(byte[] bytes) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded == null) {
                return null;
            }
            boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            return jpeg ? JPEGFactory.createFromByteArray(document, bytes) : LosslessFactory.createFromImage(document, decoded);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfComposer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
