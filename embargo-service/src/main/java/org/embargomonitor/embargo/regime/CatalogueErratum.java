package org.embargomonitor.embargo.regime;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An erratum the reviewed catalogue ships (catalogue/errata.json): it corrects the version of {@code regime} from
 * {@code corrects} in every database, once, in the file's order.
 */
public record CatalogueErratum(
        @NotBlank @Size(max = 64) String key,
        @NotBlank String regime,
        @NotNull LocalDate corrects,
        @NotNull @Valid NewErratum erratum) {
}
