package org.embargomonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkNormaliserTest {

    @ParameterizedTest(name = "{0} matches as {1}")
    @CsvSource({
            "KT 1O4523, KT104523",
            "kt-104523, KT104523",
            "Il.0O5, 11005",
            "'  ', ",
            "SZB, 528",
            "Ünï 7, UN17" })
    void shouldFoldCaseSeparatorsAndLookAlikeCharacters(String asRead, String expected) {
        assertThat(MarkNormaliser.normalise(asRead)).isEqualTo(expected);
    }
}
