package org.embargomonitor.search.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.jboss.logging.Logger;

/**
 * Extracts the text of evidence files with Apache Tika: PDF, Office and OpenDocument, HTML, plain text, and
 * images (and scanned PDF pages) through Tesseract OCR when {@code tesseract} is installed. Text beyond
 * {@link #MAX_CHARACTERS} is cut off, below OpenSearch's highlighting limit.
 */
@ApplicationScoped
public class TextExtractor {

    public static final int MAX_CHARACTERS = 900_000;
    private static final Logger LOG = Logger.getLogger(TextExtractor.class);
    private static final String OCR_PARSER = "TesseractOCRParser";

    private final Parser parser = new AutoDetectParser();
    private final String ocrLanguages;

    TextExtractor(EvidenceConfig config) {
        this.ocrLanguages = installed(config.ocrLanguages());
    }

    /** The configured OCR languages that Tesseract has; missing ones are logged, so OCR still runs with the rest. */
    static String installed(String wanted) {
        Set<String> available;
        try {
            Process list = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            available = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .collect(Collectors.toSet());
            list.waitFor();
        } catch (IOException e) {
            LOG.info("Tesseract is not installed: images and scanned pages are indexed without their text");
            return wanted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return wanted;
        }
        List<String> usable = Arrays.stream(wanted.split("\\+")).filter(available::contains).toList();
        List<String> missing = Arrays.stream(wanted.split("\\+")).filter(l -> !available.contains(l)).toList();
        if (!missing.isEmpty()) {
            LOG.warnf("Tesseract lacks the OCR languages %s (install tesseract-ocr-<language>); using %s", missing, usable);
        }
        return usable.isEmpty() ? "eng" : String.join("+", usable);
    }

    public ExtractedText extract(InputStream content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(ocrLanguages);
        context.set(TesseractOCRConfig.class, ocr);
        boolean truncated = false;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, handler, metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                LOG.warnf("Could not extract text from %s: %s", fileName, e.getMessage());
                return new ExtractedText(null, ExtractedText.Method.FAILED, false);
            }
        }
        String text = handler.toString().strip();
        if (text.isEmpty()) {
            return new ExtractedText(null, ExtractedText.Method.NONE, false);
        }
        boolean recognised = Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)).anyMatch(p -> p.endsWith(OCR_PARSER));
        return new ExtractedText(text, recognised ? ExtractedText.Method.OCR : ExtractedText.Method.TEXT, truncated);
    }

    /** For callers holding a file's bytes as a stream they must close. */
    public ExtractedText extractAndClose(InputStream content, String fileName) throws IOException {
        try (content) {
            return extract(content, fileName);
        }
    }
}
