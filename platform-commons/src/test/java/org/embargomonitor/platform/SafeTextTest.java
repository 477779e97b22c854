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

    @Test
    void shouldAcceptAFileNameInAnyScript() {
        assertThat(SafeText.fileNameProblemOf("صورة البندقية — KT104523.jpg")).isNull();
        assertThat(SafeText.fileNameProblemOf(null)).isNull();
    }

    @Test
    void shouldRefuseAFileNameThatShowsOtherThanItIs() {
        assertThat(SafeText.fileNameProblemOf("photo\u202Egpj.exe")).contains("U+202E");
        assertThat(SafeText.fileNameProblemOf("photo\u2067x.jpg")).contains("U+2067");
        assertThat(SafeText.fileNameProblemOf("report\n.pdf")).contains("U+000A");
        assertThat(SafeText.fileNameProblemOf("../../etc/passwd")).contains("folders");
        assertThat(SafeText.fileNameProblemOf("C:\\fakepath\\photo.jpg")).contains("folders");
        assertThat(SafeText.fileNameProblemOf("n".repeat(301))).contains("300");
        assertThat(SafeText.fileNameProblemOf("a\u0000.jpg")).contains("U+0000");
    }
}
