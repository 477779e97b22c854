package org.embargomonitor.seizures.documents;

import java.util.AbstractMap.SimpleEntry;
import java.util.Map;

/** The label-value lines and joined places that letters and annexes are made of. */
public final class Fields {

    private Fields() {
    }

    public static Map.Entry<String, String> entry(String label, String value) {
        return new SimpleEntry<>(label, value);
    }

    /** "first, second", or whichever of the two is given. */
    public static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }
}
