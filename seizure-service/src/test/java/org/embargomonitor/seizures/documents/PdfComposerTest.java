package org.embargomonitor.seizures.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Documents as PDF readers see them: French and Arabic text drawn with the embedded fonts and read back. */
class PdfComposerTest {

    private static final String ARABIC = "سُلّمت البنادق في بانغي خلال برنامج الحد من العنف";
    private static final String FRENCH = "Fusils d’assaut saisis à Bangassou, près du fleuve : état des marquages « effacé »";

    @Test
    void shouldDrawFrenchAndArabicSoThatTheyReadBackAsWritten() throws Exception {
        byte[] pdf;
        try (PdfComposer document = new PdfComposer("Test", false)) {
            document.heading("Récit");
            document.paragraph(FRENCH);
            document.paragraph(ARABIC);
            document.fields(List.of(Map.entry("Lieu", "Bangassou"), Map.entry("المكان", "بانغي")));
            pdf = document.finish();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains(FRENCH, "Lieu: Bangassou");
            // PDF text extraction returns the vowel marks of right-to-left runs before their letters: the letters, their
            // order and every mark are checked
            String line = text.lines().filter(l -> l.contains("البنادق")).findFirst().orElseThrow();
            assertThat(withoutMarks(line)).isEqualTo(withoutMarks(ARABIC));
            assertThat(marks(line)).isEqualTo(marks(ARABIC));
            Path page = Path.of("target", "arabic-and-french.png");
            Files.createDirectories(page.getParent());
            ImageIO.write(new PDFRenderer(read).renderImageWithDPI(0, 110), "png", page.toFile());
        }
    }

    private static String withoutMarks(String text) {
        return text.replaceAll("[\\u064B-\\u0652]", "").strip();
    }

    private static String marks(String text) {
        return text.replaceAll("[^\\u064B-\\u0652]", "").chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
