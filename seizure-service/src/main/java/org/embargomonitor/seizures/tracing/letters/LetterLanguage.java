package org.embargomonitor.seizures.tracing.letters;

import java.util.Locale;

/** The languages a tracing letter is written in. */
public enum LetterLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    public final Locale locale;

    LetterLanguage(Locale locale) {
        this.locale = locale;
    }
}
