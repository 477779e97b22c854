package org.embargomonitor.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a search asks for: text, marks, filters, order and page. */
public class SearchParameters {

    @Parameter(description = "Text in the safe syntax: \"phrase\", + (and), | (or), - (not), prefix*", example = "\"AK-pattern\" Bria")
    @QueryParam("q")
    @Size(max = 500)
    public String q;

    @Parameter(description = "A serial or lot number as read; one misread character is tolerated, ? stands for an "
            + "unreadable character and * for any run of them", example = "KT10?523")
    @QueryParam("mark")
    @Size(max = 100)
    public String mark;

    @Parameter(description = "ISO 3166-1 alpha-3; repeat for several")
    @QueryParam("country")
    public List<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries;

    @QueryParam("operation")
    public List<@Size(max = 32) String> operations;

    @QueryParam("category")
    public List<@Size(max = 32) String> categories;

    @QueryParam("calibre")
    public List<@Size(max = 100) String> calibres;

    @QueryParam("manufacturer")
    public List<@Size(max = 200) String> manufacturers;

    @QueryParam("circumstance")
    public List<@Size(max = 16) String> circumstances;

    @QueryParam("markingState")
    public List<@Size(max = 24) String> markingStates;

    @Parameter(description = "Records with a finding under this regime (CAR, DRC, ...); panel experts and admins")
    @QueryParam("regime")
    public List<@Size(max = 16) String> regime;

    @Parameter(description = "Records with a finding in this state; panel experts and admins")
    @QueryParam("findingStatus")
    public List<@Pattern(regexp = "OPEN|CONFIRMED|DISMISSED|WITHDRAWN", message = "must be OPEN, CONFIRMED, DISMISSED or WITHDRAWN") String> findingStatus;

    @Parameter(description = "Seizures on or after this date")
    @QueryParam("from")
    public LocalDate from;

    @Parameter(description = "Seizures on or before this date")
    @QueryParam("to")
    public LocalDate to;

    @Parameter(description = "Map box: north latitude")
    @QueryParam("north")
    @DecimalMin("-90") @DecimalMax("90")
    public Double north;

    @QueryParam("south")
    @DecimalMin("-90") @DecimalMax("90")
    public Double south;

    @QueryParam("east")
    @DecimalMin("-180") @DecimalMax("180")
    public Double east;

    @QueryParam("west")
    @DecimalMin("-180") @DecimalMax("180")
    public Double west;

    @Parameter(description = "relevance (default) or newest")
    @QueryParam("sort")
    @DefaultValue("relevance")
    @Pattern(regexp = "relevance|newest", message = "must be relevance or newest")
    public String sort;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1) @Max(100)
    public int size;

    @Parameter(description = "The nextCursor of the previous page")
    @QueryParam("cursor")
    @Size(max = 1000)
    public String cursor;

    /** Whether any filter narrows the records, so that a search without text may list them. */
    public boolean hasFilters() {
        return Stream.of(countries, operations, categories, calibres, manufacturers, circumstances, markingStates, regime, findingStatus)
                .anyMatch(values -> values != null && !values.isEmpty()) || from != null || to != null || hasBox();
    }

    boolean hasBox() {
        return north != null || south != null || east != null || west != null;
    }
}
