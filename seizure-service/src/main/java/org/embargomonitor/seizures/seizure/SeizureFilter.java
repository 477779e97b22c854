package org.embargomonitor.seizures.seizure;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which of the seizures a caller may read a list shows; every filter left out means any. */
public class SeizureFilter {

    @Parameter(description = "Peace operation, such as MINUSCA")
    @QueryParam("operation")
    @Size(max = 32)
    @Pattern(regexp = "[A-Z][A-Z0-9-]{1,31}", message = "must be an operation code such as MINUSCA")
    public String operation;

    @Parameter(description = "Country of seizure, ISO 3166-1 alpha-3")
    @QueryParam("country")
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
    public String country;

    @Parameter(description = "Seized on or after this date (UTC)")
    @QueryParam("from")
    public LocalDate from;

    @Parameter(description = "Seized on or before this date (UTC)")
    @QueryParam("to")
    public LocalDate to;

    @Parameter(description = "The start of the mission's reference, such as MINUSCA-2026-")
    @QueryParam("reference")
    @Size(max = 64)
    public String reference;
}
