package org.embargomonitor.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextParametersTest {

    @Test
    void shouldDecodePercentEncodedUtf8InAnyScript() {
        assertThat(SafeTextParameters.decodedStrictly("%D8%B3%D9%84%D8%A7%D8%AD%20AK")).isEqualTo("سلاح AK");
        assertThat(SafeTextParameters.decodedStrictly("plain")).isEqualTo("plain");
        assertThat(SafeTextParameters.decodedStrictly("100%")).isEqualTo("100%");
    }

    @Test
    void shouldFindBytesThatAreNotUtf8() {
        assertThat(SafeTextParameters.decodedStrictly("a%FFb")).isNull();
        assertThat(SafeTextParameters.decodedStrictly("a%ED%A0%80b")).as("an encoded lone surrogate").isNull();
        assertThat(SafeTextParameters.decodedStrictly("%C3")).as("a sequence cut short").isNull();
    }
}
