package org.embargomonitor.seizures.reference;

import java.util.Locale;

import org.embargomonitor.platform.MarkNormaliser;

/** The kinds of reference data, each with the key under which typed text is matched. */
public enum ReferenceKind {

    /** "7,62 x 39 mm", "7.62x39" and "M43" are one calibre: case, spaces, decimal comma and "mm" do not count. */
    CALIBRE {
        @Override
        public String keyOf(String text) {
            String key = text.toLowerCase(Locale.ROOT).replace(',', '.').replace('×', 'x').replaceAll("[\\s\\-_]", "");
            key = key.startsWith("cal.") ? key.substring(4) : key;
            return key.endsWith("mm") ? key.substring(0, key.length() - 2) : key;
        }
    },
    /** Names compare on letters and digits only. */
    MANUFACTURER {
        @Override
        public String keyOf(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        }
    },
    /** Headstamp codes are marks: matched like serial numbers, look-alike characters folded. */
    HEADSTAMP {
        @Override
        public String keyOf(String text) {
            String normalised = MarkNormaliser.normalise(text);
            return normalised == null ? text.strip() : normalised;
        }
    };

    public abstract String keyOf(String text);

    /** The kind named in a URL: "calibres", "manufacturers", "headstamps". */
    public static ReferenceKind ofPlural(String plural) {
        for (ReferenceKind kind : values()) {
            if ((kind.name().toLowerCase(Locale.ROOT) + "s").equals(plural)) {
                return kind;
            }
        }
        return null;
    }
}
