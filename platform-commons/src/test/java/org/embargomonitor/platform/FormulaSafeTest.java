package org.embargomonitor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaSafeTest {

    @Test
    void shouldPrefixTextASpreadsheetWouldRunAsAFormula() {
        assertThat(FormulaSafe.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaSafe.cell("-12")).isEqualTo("'-12");
        assertThat(FormulaSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaSafe.cell("\t=1+1")).isEqualTo("'\t=1+1");
    }

    @Test
    void shouldLeaveOrdinaryTextAndNumbersAsTheyAre() {
        assertThat(FormulaSafe.cell("KT 1O4523")).isEqualTo("KT 1O4523");
        assertThat(FormulaSafe.cell((Object) 12)).isEqualTo(12);
        assertThat(FormulaSafe.cell((String) null)).isNull();
    }
}
