package org.embargomonitor.seizures.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceKindTest {

    @ParameterizedTest
    @ValueSource(strings = { "7.62x39mm", "7,62 x 39 mm", "7.62X39", "7.62 × 39", "cal. 7.62x39" })
    void shouldMatchTheWaysFieldStaffWriteOneCalibre(String typed) {
        assertThat(ReferenceKind.CALIBRE.keyOf(typed)).isEqualTo(ReferenceKind.CALIBRE.keyOf("7.62x39mm"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Heckler & Koch", "heckler and koch" })
    void shouldMatchManufacturersOnLettersAndDigits(String typed) {
        assertThat(ReferenceKind.MANUFACTURER.keyOf("Heckler & Koch")).isEqualTo("hecklerkoch");
        assertThat(ReferenceKind.MANUFACTURER.keyOf(typed)).startsWith("heckler");
    }
}
