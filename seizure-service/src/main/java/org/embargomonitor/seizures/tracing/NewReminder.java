package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NewReminder")
public record NewReminder(@NotNull @PastOrPresent LocalDate sentOn) {
}
