package org.embargomonitor.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Dates mean one day and one moment, written as such. */
class StrictJsonTest {

    record Dated(LocalDate on, OffsetDateTime at, String text) {
    }

    private static final ObjectMapper JSON = strict();

    @Test
    void shouldReadDatesAndMomentsWrittenInFull() throws Exception {
        Dated dated = JSON.readValue("{\"on\": \"2024-02-29\", \"at\": \"2024-02-29T08:00:00+01:00\", \"text\": \"x\"}", Dated.class);
        assertThat(dated.on()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dated.at()).as("the offset it was given with, not UTC").isEqualTo(OffsetDateTime.parse("2024-02-29T08:00:00+01:00"));
    }

    @Test
    void shouldRefuseADayTheCalendarDoesNotHave() {
        assertThatThrownBy(() -> JSON.readValue("{\"on\": \"2024-02-30\"}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"on\": \"2023-02-29\"}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"at\": \"2024-02-30T08:00:00Z\"}", Dated.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void shouldRefuseANumberForADateOrAMoment() {
        assertThatThrownBy(() -> JSON.readValue("{\"at\": 12}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"at\": 12.5}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"on\": 20240101}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"on\": [2024, 1, 1]}", Dated.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void shouldRefuseANumberOrABooleanForText() {
        assertThatThrownBy(() -> JSON.readValue("{\"text\": 12}", Dated.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"text\": false}", Dated.class)).isInstanceOf(JsonMappingException.class);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }
}
