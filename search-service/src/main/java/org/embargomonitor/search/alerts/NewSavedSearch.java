package org.embargomonitor.search.alerts;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.embargomonitor.search.query.SearchParameters;

/** A search to keep, by name, with the same text, mark and filters as GET /api/search. */
public record NewSavedSearch(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String q,
        @Size(max = 100) String mark,
        @Size(max = 300) List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries,
        @Size(max = 100) List<@NotNull @Size(max = 32) String> operations,
        @Size(max = 100) List<@NotNull @Size(max = 32) String> categories,
        @Size(max = 100) List<@NotNull @Size(max = 100) String> calibres,
        @Size(max = 100) List<@NotNull @Size(max = 200) String> manufacturers,
        @Size(max = 100) List<@NotNull @Size(max = 16) String> circumstances,
        @Size(max = 100) List<@NotNull @Size(max = 24) String> markingStates,
        LocalDate from,
        LocalDate to) {

    SearchParameters parameters() {
        SearchParameters p = new SearchParameters();
        p.q = q;
        p.mark = mark;
        p.countries = countries;
        p.operations = operations;
        p.categories = categories;
        p.calibres = calibres;
        p.manufacturers = manufacturers;
        p.circumstances = circumstances;
        p.markingStates = markingStates;
        p.from = from;
        p.to = to;
        return p;
    }
}
