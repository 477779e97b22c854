package org.embargomonitor.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A value the JSON parser refuses is named by the field that holds it. */
class JsonFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldNameTheFieldHoldingAValueThatIsNotJson() {
        assertThat(fieldOf("{\"latitude\": NaN}")).isEqualTo("latitude");
        assertThat(fieldOf("{\"items\": [{\"quantity\": 1}, {\"quantity\": -Infinity}]}")).isEqualTo("items[1].quantity");
        assertThat(fieldOf("{\"terms\": {\"targets\": {\"citation\": nope}}}")).isEqualTo("terms.targets.citation");
        assertThat(fieldOf("[{\"category\": x}]")).isEqualTo("[0].category");
    }

    @Test
    void shouldNameTheBodyOutsideAnyField() {
        assertThat(fieldOf("nope")).isEqualTo("body");
    }

    private static String fieldOf(String json) {
        JsonParseException refused = catchThrowableOfType(JsonParseException.class, () -> JSON.readTree(json));
        return ProblemExceptionMappers.fieldOf(((JsonParser) refused.getProcessor()).getParsingContext());
    }
}
