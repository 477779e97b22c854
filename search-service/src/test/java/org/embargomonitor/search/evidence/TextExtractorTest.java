package org.embargomonitor.search.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.embargomonitor.testing.HostileFiles;
import org.embargomonitor.testing.RequiredTool;
import org.junit.jupiter.api.Test;

/** Real Apache Tika on the real documents in ../shared/data/documents, and real Tesseract when installed. */
class TextExtractorTest {

    static final Path DOCUMENTS = Path.of(System.getProperty("embargo.root", "..")).resolve("../shared/data/documents");
    private static final String DOCX = "t4t_unidir_cartridge_identification_planning.docx";
    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final TextExtractor extractor = new TextExtractor(() -> "eng");

    @Test
    void shouldReadTheTextOfAPdf() throws Exception {
        ExtractedText text = extract("t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");

        assertThat(text.method()).isEqualTo(ExtractedText.Method.TEXT);
        assertThat(text.text()).containsIgnoringCase("headstamp");
    }

    @Test
    void shouldReadTheTextOfAWordDocument() throws Exception {
        ExtractedText text = extract(DOCX);

        assertThat(text.method()).isEqualTo(ExtractedText.Method.TEXT);
        assertThat(text.text()).containsIgnoringCase("cartridge");
    }

    @Test
    void shouldSayWhenAFileCannotBeParsed() {
        ExtractedText text = extractor.extract(new ByteArrayInputStream(new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2 }), "broken.pdf");

        assertThat(text.method()).isIn(ExtractedText.Method.FAILED, ExtractedText.Method.NONE);
        assertThat(text.text()).isNull();
    }

    @Test
    void shouldStopAtAZipBombInAWordDocument() throws Exception {
        byte[] bomb = HostileFiles.zipBomb(Files.readAllBytes(DOCUMENTS.resolve(DOCX)), "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WORD + "\"><w:body>",
                "<w:p><w:r><w:t>after the bomb</w:t></w:r></w:p></w:body></w:document>", 500);
        assertThat(bomb.length).as("packed size").isLessThan(2 * 1024 * 1024);

        ExtractedText text = extractor.extract(new ByteArrayInputStream(bomb), "bomb.docx");

        assertThat(text.method()).isEqualTo(ExtractedText.Method.FAILED);
        assertThat(text.text()).isNull();
    }

    @Test
    void shouldNotReadAnExternalEntityDeclaredInAWordDocument() throws Exception {
        byte[] xxe = HostileFiles.withEntry(Files.readAllBytes(DOCUMENTS.resolve(DOCX)), "word/document.xml",
                HostileFiles.externalEntityDoctype("w:document") + "<w:document xmlns:w=\"" + WORD + "\"><w:body><w:p><w:r>"
                        + "<w:t>Rifle &x; found</w:t></w:r></w:p></w:body></w:document>");

        ExtractedText text = extractor.extract(new ByteArrayInputStream(xxe), "entity.docx");

        assertThat(String.valueOf(text.text())).doesNotContain("root:");
    }

    @Test
    void shouldReadAnImageClaimingTenBillionPixelsWithoutDecodingThem() {
        ExtractedText text = extractor.extract(new ByteArrayInputStream(HostileFiles.pngClaiming(100_000, 100_000)), "huge.png");

        assertThat(text.text()).isNull();
    }

    @Test
    void shouldRecogniseTheWordsOfAPhotographedLabelWhenTesseractIsInstalled() throws Exception {
        RequiredTool.require(Files.isExecutable(Path.of("/usr/bin/tesseract")), "tesseract-ocr is not installed");
        BufferedImage image = new BufferedImage(900, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 160);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("AMMUNITION CRATE LOT 47", 30, 100);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        ExtractedText text = extractor.extract(new ByteArrayInputStream(png.toByteArray()), "crate.png");

        assertThat(text.method()).isEqualTo(ExtractedText.Method.OCR);
        assertThat(text.text()).contains("AMMUNITION").contains("CRATE");
    }

    private ExtractedText extract(String file) throws Exception {
        Path path = DOCUMENTS.resolve(file);
        RequiredTool.require(Files.isRegularFile(path), "../shared/data/documents is not beside the repository");
        try (InputStream in = Files.newInputStream(path)) {
            return extractor.extract(in, file);
        }
    }
}
