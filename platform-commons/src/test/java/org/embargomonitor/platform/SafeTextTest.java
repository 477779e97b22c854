package org.embargomonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void shouldAcceptTextInAnyScriptWithLineBreaksTabsAndCharactersBeyondTheBasicPlane() {
        assertThat(SafeText.problemOf("Bria\tHaute-Kotto\r\nبريا — 𝔸 🔫 ש")).isNull();
        assertThat(SafeText.problemOf(null)).isNull();
    }

    @Test
    void shouldRefuseNulAndOtherControlCharactersNamingThem() {
        assertThat(SafeText.problemOf("Bria\u0000")).contains("U+0000");
        assertThat(SafeText.problemOf("Bria\u001b[31m")).contains("U+001B");
    }

    @Test
    void shouldRefuseALoneSurrogateEitherHalf() {
        assertThat(SafeText.problemOf("Bria\ud800")).contains("lone surrogate");
        assertThat(SafeText.problemOf("\udc00Bria")).contains("lone surrogate");
        assertThat(SafeText.problemOf("\ud83d\ud83dx")).contains("U+D83D");
    }

    @Test
    void shouldCleanWhatItRefusesAndKeepEverythingElse() {
        assertThat(SafeText.clean("Br\u0000ia\ud800 🔫\n")).isEqualTo("Bria 🔫\n");
        assertThat(SafeText.clean("Bria")).isEqualTo("Bria");
    }
}
