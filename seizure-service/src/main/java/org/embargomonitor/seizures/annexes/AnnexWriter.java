package org.embargomonitor.seizures.annexes;

import static org.embargomonitor.seizures.documents.Fields.entry;
import static org.embargomonitor.seizures.documents.Fields.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.embargomonitor.seizures.documents.DocumentComposer;
import org.embargomonitor.seizures.documents.Wording;
import org.embargomonitor.seizures.documents.WrittenDocument;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.tracing.TracingRequestView;
import org.embargomonitor.seizures.tracing.letters.TracingLetterView;

/**
 * Writes an annex the way panels' reports present evidence: a table of contents, then one numbered section per record
 * with its facts, items, photos of the markings, the findings with their explanation and citation, and the tracing
 * correspondence with its outcome. A PDF is laid out twice so that its contents give each section's page. Blocking.
 */
final class AnnexWriter {

    private AnnexWriter() {
    }

    static WrittenDocument write(AnnexContent content) {
        DocumentComposer.Format format = content.annex().formatOrDefault();
        Wording words = new Wording("annexes.annex", content.annex().language());
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            Seizure seizure = content.sections().get(i).seizure();
            headings.add(words.text("section", Map.of("number", i + 1, "reference", seizure.reference,
                    "place", join(seizure.placeName, words.country(seizure.countryCode)), "date", words.date(seizure.occurredAt.toLocalDate()))));
        }
        List<Integer> pages = null;
        if (format == DocumentComposer.Format.PDF) {
            try (DocumentComposer firstPass = DocumentComposer.of(format, content.annex().title(), false)) {
                compose(firstPass, content, words, headings, null);
                pages = firstPass.headingPages();
            }
        }
        try (DocumentComposer document = DocumentComposer.of(format, content.annex().title(), false)) {
            compose(document, content, words, headings, pages);
            String fileName = content.annex().title().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-|-$", "") + "." + format.extension;
            return new WrittenDocument(document.finish(), format.mediaType, fileName, document.imageCount());
        }
    }

    private static void compose(DocumentComposer document, AnnexContent content, Wording words, List<String> headings, List<Integer> pages) {
        document.title(content.annex().title());
        document.contents(words.text("contents"), headings, pages);
        for (int i = 0; i < content.sections().size(); i++) {
            section(document, content.sections().get(i), i + 1, headings.get(i), words);
        }
    }

    private static void section(DocumentComposer document, AnnexContent.Section section, int number, String heading, Wording words) {
        Seizure seizure = section.seizure();
        document.heading(heading);
        document.subheading(words.text("facts"));
        document.fields(List.of(entry(words.text("fact.reference"), seizure.reference), entry(words.text("fact.operation"), seizure.operation),
                entry(words.text("fact.unit"), seizure.reportingUnit), entry(words.text("fact.date"), words.date(seizure.occurredAt.toLocalDate())),
                entry(words.text("fact.place"), join(seizure.placeName, seizure.adminArea)), entry(words.text("fact.country"), words.country(seizure.countryCode)),
                entry(words.text("fact.coordinates"), seizure.latitude == null ? null : seizure.latitude + ", " + seizure.longitude),
                entry(words.text("fact.circumstance"), words.term(seizure.circumstance)),
                entry(words.text("fact.possessor"), join(words.term(seizure.possessorKind), seizure.possessorDescription))));
        if (seizure.narrative != null && !seizure.narrative.isBlank()) {
            document.paragraph(words.text("fact.narrative") + ": " + seizure.narrative);
        }

        document.subheading(words.text("items"));
        for (Item item : section.items()) {
            document.paragraph(words.text("item", Map.of("number", item.position, "type", words.term(item.category))));
            document.fields(List.of(entry(words.text("item.make"), item.make), entry(words.text("item.model"), item.model),
                    entry(words.text("item.calibre"), item.calibre), entry(words.text("item.serial"), item.serialNumber),
                    entry(words.text("item.lot"), item.lotNumber), entry(words.text("item.headstamp"), item.headstamp),
                    entry(words.text("item.markings"), item.markings), entry(words.text("item.markingState"), words.term(item.markingState)),
                    entry(words.text("item.countryOfManufacture"), words.country(item.countryOfManufacture)),
                    entry(words.text("item.year"), item.yearOfManufacture == null ? null : item.yearOfManufacture.toString()),
                    entry(words.text("item.quantity"), String.valueOf(item.quantity))));
        }

        document.subheading(words.text("photos"));
        if (section.photos().isEmpty()) {
            document.paragraph(words.text("none"));
        }
        for (int p = 0; p < section.photos().size(); p++) {
            AnnexContent.Photo photo = section.photos().get(p);
            String description = photo.evidence().description == null ? String.valueOf(photo.evidence().fileName) : photo.evidence().description;
            Map<String, Object> caption = Map.of("number", number, "index", p + 1, "description", description, "sha256", photo.evidence().sha256);
            if (document.photo(photo.bytes(), words.text("photo", caption))) {
                document.small(words.text("photo.hash", Map.of("file", String.valueOf(photo.evidence().fileName), "sha256", photo.evidence().sha256,
                        "taken", photo.evidence().takenAt == null ? "–" : words.date(photo.evidence().takenAt.toLocalDate()))));
            } else {
                document.small(words.text("photo.notShown", caption));
            }
        }

        document.subheading(words.text("findings"));
        if (section.findings().isEmpty()) {
            document.paragraph(words.text("none"));
        }
        for (int f = 0; f < section.findings().size(); f++) {
            RecordFinding finding = section.findings().get(f);
            document.paragraph(words.text("finding", Map.of("number", number, "index", f + 1, "rule", finding.rule(),
                    "status", finding.label() == null ? finding.status() : finding.label())));
            document.fields(List.of(entry(words.text("finding.regime"), finding.regimeCode()), entry(words.text("finding.citation"), finding.citation()),
                    entry(words.text("finding.confidence"), finding.confidence()), entry(words.text("finding.explanation"), finding.explanation()),
                    entry(words.text("finding.decision"), finding.decisions() == null ? null : finding.decisions().stream()
                            .map(d -> d.decision() + " – " + d.reason() + " (" + d.decidedBy() + ")").collect(Collectors.joining("; ")))));
        }

        document.subheading(words.text("tracing"));
        if (section.tracing().isEmpty() && section.letters().isEmpty()) {
            document.paragraph(words.text("none"));
        }
        for (TracingLetterView letter : section.letters()) {
            document.paragraph(words.text("tracing.letter", Map.of("file", letter.fileName(), "sent", words.date(letter.sentOn()), "sha256", letter.sha256())));
        }
        for (TracingRequestView request : section.tracing()) {
            document.paragraph(words.text("tracing.request", Map.of("state", words.country(request.stateCode()), "sent", words.date(request.sentOn()),
                    "due", words.date(request.dueOn()))));
            document.fields(List.of(entry(words.text("tracing.reminders"), request.reminders().stream().map(words::date).collect(Collectors.joining(", "))),
                    entry(words.text("tracing.outcome"), request.outcome() == null ? words.text("tracing.open") : request.outcome().name()),
                    entry(words.text("tracing.received"), words.date(request.responseReceivedOn())),
                    entry(words.text("tracing.summary"), request.responseSummary()),
                    entry(words.text("tracing.lastLegalOwner"), request.lastLegalOwner()),
                    entry(words.text("tracing.exportLicence"), request.exportLicence()),
                    entry(words.text("tracing.diversionDate"), words.date(request.diversionDate()))));
        }
    }
}
