package org.embargomonitor.seizures.tracing.letters;

import static org.embargomonitor.seizures.documents.Fields.entry;
import static org.embargomonitor.seizures.documents.Fields.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.embargomonitor.seizures.documents.DocumentComposer;
import org.embargomonitor.seizures.documents.Wording;
import org.embargomonitor.seizures.documents.WrittenDocument;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.Seizure;

/**
 * Writes a tracing-request letter with the identifying information the International Tracing Instrument asks for
 * (type, make, model, calibre, serial number, markings and their state, photos of the marks, place and date of the
 * seizure) and the questions asked. Blocking work: run it on a worker thread.
 */
final class TracingLetterWriter {

    private TracingLetterWriter() {
    }

    static WrittenDocument write(LetterContent letter, DocumentComposer.Format format) {
        Wording words = new Wording("letters.letter", letter.language());
        Seizure seizure = letter.seizure();
        Letterhead head = letter.letterhead();
        String state = words.country(letter.stateCode());
        Map<String, Object> facts = Map.of("panel", head.panel(), "addressee", head.addressee(), "state", state,
                "count", letter.items().size(), "country", words.country(seizure.countryCode),
                "date", words.date(seizure.occurredAt.toLocalDate()), "due", words.date(letter.dueOn()));
        try (DocumentComposer document = DocumentComposer.of(format, words.text("title") + " " + seizure.reference, false)) {
            document.title(head.panel());
            document.fields(List.of(entry(words.text("reference"), head.reference()),
                    entry(words.text("date"), join(head.place(), words.date(letter.sentOn()))),
                    entry(words.text("to"), head.addressee())));
            document.paragraph(words.text("subject", facts));
            document.paragraph(words.text("opening", facts));

            document.heading(words.text("circumstances"));
            document.fields(List.of(entry(words.text("seizure.reference"), seizure.reference),
                    entry(words.text("seizure.date"), words.date(seizure.occurredAt.toLocalDate())),
                    entry(words.text("seizure.place"), join(seizure.placeName, seizure.adminArea)),
                    entry(words.text("seizure.country"), words.country(seizure.countryCode)),
                    entry(words.text("seizure.circumstance"), words.term(seizure.circumstance)),
                    entry(words.text("seizure.unit"), seizure.reportingUnit)));
            if (seizure.narrative != null && !seizure.narrative.isBlank()) {
                document.paragraph(words.text("seizure.narrative") + ": " + seizure.narrative);
            }

            document.heading(words.text("items"));
            int photoNumber = 0;
            for (int i = 0; i < letter.items().size(); i++) {
                Item item = letter.items().get(i);
                document.paragraph(words.text("item", Map.of("number", i + 1)));
                document.fields(identification(item, words));
                for (LetterContent.Photo photo : letter.photosOfItems().getOrDefault(item.id, List.of())) {
                    photoNumber++;
                    Map<String, Object> caption = Map.of("number", photoNumber, "description",
                            photo.description() == null ? item.category.name() : photo.description());
                    if (!document.photo(photo.bytes(), words.text("photo", caption))) {
                        document.small(words.text("photo.notShown", caption));
                    }
                }
            }

            document.heading(words.text("questions"));
            List<String> questions = letter.questions() == null || letter.questions().isEmpty() ? usualQuestions(words, facts) : letter.questions();
            for (int i = 0; i < questions.size(); i++) {
                document.paragraph((i + 1) + ". " + questions.get(i));
            }
            document.heading(words.text("answer"));
            document.paragraph(words.text("answerBy", facts));
            document.paragraph(words.text("closing", facts));
            if (head.signatory() != null && !head.signatory().isBlank()) {
                document.space();
                document.paragraph(head.signatory());
            }
            String fileName = "tracing-request-" + seizure.reference.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + letter.stateCode() + "-"
                    + letter.sentOn() + "." + format.extension;
            return new WrittenDocument(document.finish(), format.mediaType, fileName, document.imageCount());
        }
    }

    private static List<Map.Entry<String, String>> identification(Item item, Wording words) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(entry(words.text("item.type"), words.term(item.category)));
        fields.add(entry(words.text("item.make"), item.make));
        fields.add(entry(words.text("item.model"), item.model));
        fields.add(entry(words.text("item.calibre"), item.calibre));
        fields.add(entry(words.text("item.serial"), item.serialNumber));
        fields.add(entry(words.text("item.lot"), item.lotNumber));
        fields.add(entry(words.text("item.headstamp"), item.headstamp));
        fields.add(entry(words.text("item.markings"), item.markings));
        fields.add(entry(words.text("item.markingState"), words.term(item.markingState)));
        fields.add(entry(words.text("item.manufacturer"), item.manufacturer));
        fields.add(entry(words.text("item.countryOfManufacture"), words.country(item.countryOfManufacture)));
        fields.add(entry(words.text("item.year"), item.yearOfManufacture == null ? null : item.yearOfManufacture.toString()));
        fields.add(entry(words.text("item.importMark"), item.importMark));
        fields.add(entry(words.text("item.quantity"), String.valueOf(item.quantity)));
        return fields;
    }

    private static List<String> usualQuestions(Wording words, Map<String, Object> facts) {
        List<String> questions = new ArrayList<>();
        for (int i = 1; words.has("question." + i); i++) {
            questions.add(words.text("question." + i, facts));
        }
        return questions;
    }
}
