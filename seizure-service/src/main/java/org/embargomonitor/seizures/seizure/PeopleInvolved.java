package org.embargomonitor.seizures.seizure;

import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People involved, disaggregated by sex and age where known (left out where not). */
@Schema(name = "PeopleInvolved")
public record PeopleInvolved(@Min(0) Integer men, @Min(0) Integer women, @Min(0) Integer boys, @Min(0) Integer girls) {
}
