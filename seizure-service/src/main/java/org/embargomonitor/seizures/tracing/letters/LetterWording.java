package org.embargomonitor.seizures.tracing.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The words of a tracing letter in one language (resources letters/letter_xx and letters/terms_xx). */
final class LetterWording {

    private final ResourceBundle words;
    private final ResourceBundle terms;
    private final Locale locale;

    LetterWording(LetterLanguage language) {
        this.locale = language.locale;
        this.words = ResourceBundle.getBundle("letters.letter", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.terms = ResourceBundle.getBundle("letters.terms", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text under {@code key} with each {name} replaced by its value. */
    String text(String key, Map<String, ?> values) {
        String text = words.getString(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    String text(String key) {
        return words.getString(key);
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    /** A record's code (category, marking state, circumstance) in words; the code itself when it has none. */
    String term(Enum<?> code) {
        return code == null ? null : terms.containsKey(code.name()) ? terms.getString(code.name()) : code.name();
    }

    String date(LocalDate day) {
        return day == null ? null : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A country's name in the letter's language, from its ISO alpha-3 code. */
    String country(String alpha3) {
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
