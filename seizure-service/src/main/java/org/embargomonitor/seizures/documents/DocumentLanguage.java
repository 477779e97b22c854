package org.embargomonitor.seizures.documents;

import org.embargomonitor.seizures.documents.DocumentLanguage;

import java.util.Locale;

/** The languages the platform writes documents in (letters, annexes). */
public enum DocumentLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    public final Locale locale;

    DocumentLanguage(Locale locale) {
        this.locale = locale;
    }
}
