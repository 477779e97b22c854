package org.embargomonitor.seizures.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a headstamp says, read with the catalogue's factory codes: the first code on it names the factory, and the one
 * other number of two or four digits is the year of manufacture ("539 85": Tula, 1985; "10 81" in a double circle:
 * Arsenal, 1981). No year is read from a headstamp without a known code, nor when two numbers could be the year.
 */
public record HeadstampReading(ReferenceEntry factory, Integer year) {

    public static final HeadstampReading NONE = new HeadstampReading(null, null);

    /**
     * @param codes       the catalogue entry of a headstamp code, if any
     * @param currentYear two-digit years above this year's last two digits are of the last century
     */
    public static HeadstampReading of(String headstamp, Function<String, Optional<ReferenceEntry>> codes, int currentYear) {
        if (headstamp == null || headstamp.isBlank()) {
            return NONE;
        }
        ReferenceEntry factory = null;
        List<Integer> years = new ArrayList<>();
        for (String token : headstamp.strip().split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Optional<ReferenceEntry> code = factory == null ? codes.apply(token) : Optional.empty();
            if (code.isPresent()) {
                factory = code.get();
            } else if (token.matches("\\d{2}")) {
                int twoDigits = Integer.parseInt(token);
                years.add(twoDigits > currentYear % 100 ? 1900 + twoDigits : 2000 + twoDigits);
            } else if (token.matches("\\d{4}") && Integer.parseInt(token) >= 1900 && Integer.parseInt(token) <= currentYear) {
                years.add(Integer.parseInt(token));
            }
        }
        return new HeadstampReading(factory, factory != null && years.size() == 1 ? years.get(0) : null);
    }
}
