package org.embargomonitor.seizures.documents;

import org.embargomonitor.seizures.documents.DocumentLanguage;
import org.embargomonitor.seizures.documents.Wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The words of a document in one language: its own (a resource bundle) and the records' codes (documents/terms_xx). */
public final class Wording {

    private final ResourceBundle words;
    private final ResourceBundle terms;
    private final Locale locale;

    /** The words of bundle {@code bundle} (a resource path such as "letters.letter") in the language. */
    public Wording(String bundle, DocumentLanguage language) {
        this.locale = language.locale;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.words = ResourceBundle.getBundle(bundle, locale, noFallback);
        this.terms = ResourceBundle.getBundle("documents.terms", locale, noFallback);
    }

    /** The text under {@code key} with each {name} replaced by its value. */
    public String text(String key, Map<String, ?> values) {
        String text = words.getString(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    public String text(String key) {
        return words.getString(key);
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** A record's code (category, marking state, circumstance) in words; the code itself when it has none. */
    public String term(Enum<?> code) {
        return code == null ? null : terms.containsKey(code.name()) ? terms.getString(code.name()) : code.name();
    }

    public String date(LocalDate day) {
        return day == null ? null : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A country's name in the letter's language, from its ISO alpha-3 code. */
    public String country(String alpha3) {
        if (alpha3 == null) {
            return null;
        }
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            if (country.getISO3Country().equals(alpha3)) {
                return country.getDisplayCountry(locale);
            }
        }
        return alpha3;
    }
}
