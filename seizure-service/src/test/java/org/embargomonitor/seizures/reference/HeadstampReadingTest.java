package org.embargomonitor.seizures.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class HeadstampReadingTest {

    private static final ReferenceEntry TULA = entry("539", "Tula Cartridge Works");
    private static final ReferenceEntry BARNAUL = entry("17", "Barnaul Cartridge Plant");
    private static final ReferenceEntry ARSENAL = entry("10", "Arsenal AD");
    private static final Map<String, ReferenceEntry> CODES = Map.of("539", TULA, "17", BARNAUL, "10", ARSENAL);
    private static final Function<String, Optional<ReferenceEntry>> CATALOGUE = code -> Optional.ofNullable(CODES.get(code));

    @Test
    void shouldReadTheFactoryAndATwoDigitYearInEitherCentury() {
        assertThat(HeadstampReading.of("539 85", CATALOGUE, 2026)).isEqualTo(new HeadstampReading(TULA, 1985));
        assertThat(HeadstampReading.of("10 ◎ 19", CATALOGUE, 2026)).isEqualTo(new HeadstampReading(ARSENAL, 2019));
        assertThat(HeadstampReading.of("17-26", CATALOGUE, 2026).year()).isEqualTo(2026);
        assertThat(HeadstampReading.of("17-27", CATALOGUE, 2026).year()).isEqualTo(1927);
    }

    @Test
    void shouldTakeTheFirstCodeAsTheFactoryAndAnotherCodeAsTheYear() {
        assertThat(HeadstampReading.of("539 17", CATALOGUE, 2026)).isEqualTo(new HeadstampReading(TULA, 2017));
        assertThat(HeadstampReading.of("17 539", CATALOGUE, 2026).factory()).isEqualTo(BARNAUL);
    }

    @Test
    void shouldReadAFourDigitYearButNotOneInTheFuture() {
        assertThat(HeadstampReading.of("539 1978", CATALOGUE, 2026).year()).isEqualTo(1978);
        assertThat(HeadstampReading.of("539 2031", CATALOGUE, 2026).year()).isNull();
    }

    @Test
    void shouldReadNoYearWithoutAKnownCodeOrWhenTwoNumbersCouldBeIt() {
        assertThat(HeadstampReading.of("999 85", CATALOGUE, 2026)).isEqualTo(HeadstampReading.NONE);
        assertThat(HeadstampReading.of("539 85 86", CATALOGUE, 2026)).isEqualTo(new HeadstampReading(TULA, null));
        assertThat(HeadstampReading.of("  ", CATALOGUE, 2026)).isEqualTo(HeadstampReading.NONE);
        assertThat(HeadstampReading.of(null, CATALOGUE, 2026)).isEqualTo(HeadstampReading.NONE);
        assertThat(HeadstampReading.of("539 7.62x39", CATALOGUE, 2026).year()).isNull();
    }

    private static ReferenceEntry entry(String code, String factory) {
        return new ReferenceEntry(ReferenceKind.HEADSTAMP, code, List.of(), "RUS", factory, null, "test", false, null);
    }
}
