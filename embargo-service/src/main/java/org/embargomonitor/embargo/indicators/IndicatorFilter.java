package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which records the indicators are computed over, and how they are grouped in time. */
public class IndicatorFilter {

    @Parameter(description = "A regime code: a territorial regime's countries, or the records with a finding under a targeted one")
    @QueryParam("regime")
    @Size(max = 16)
    public String regime;

    @Parameter(description = "ISO 3166-1 alpha-3; repeat for several")
    @QueryParam("country")
    public List<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> country;

    @QueryParam("operation")
    @Size(max = 32)
    public String operation;

    @Parameter(description = "Seizures, and what happened to weapons, on or after this date")
    @QueryParam("from")
    public LocalDate from;

    @Parameter(description = "Seizures, and what happened to weapons, on or before this date")
    @QueryParam("to")
    public LocalDate to;

    @Parameter(description = "month (default), quarter or year")
    @QueryParam("period")
    @DefaultValue("month")
    @Pattern(regexp = "month|quarter|year", message = "must be month, quarter or year")
    public String period;
}
