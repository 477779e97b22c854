package org.embargomonitor.seizures.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.embargomonitor.seizures.seizure.Circumstance;
import org.embargomonitor.seizures.seizure.LocationType;
import org.embargomonitor.seizures.seizure.CommitteeNotification;
import org.embargomonitor.seizures.seizure.Destination;
import org.embargomonitor.seizures.seizure.ItemCategory;
import org.embargomonitor.seizures.seizure.MarkingState;
import org.embargomonitor.seizures.seizure.NewItem;
import org.embargomonitor.seizures.seizure.NewSeizure;
import org.embargomonitor.seizures.seizure.Possessor;
import org.embargomonitor.seizures.seizure.PossessorKind;

/**
 * The column layout of bulk imports (docs/bulk-import.md): one row per item, the seizure's columns repeated on
 * each of its rows, consecutive rows with the same reference forming one seizure.
 */
public final class ImportColumns {

    /** A cell that could not be read, by row and column. */
    public record CellError(int row, String column, String message) {
    }

    /** A seizure read from its rows, or the reasons it could not be. */
    public record Parsed(NewSeizure seizure, List<CellError> errors) {
    }

    /** Request fields by the column they come from, where the name is not simply the field in snake case. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "possessor.kind", "possessor_kind",
            "possessor.description", "possessor_description",
            "possessor.designatedPartyRef", "designated_party_ref",
            "possessor.committeeNotification", "committee_notification",
            "possessor.actingFor", "acting_for",
            "destination.countryCode", "destination_country",
            "destination.recipient", "intended_recipient",
            "destination.recipientKind", "intended_recipient_kind",
            "printed3d", "printed_3d");

    private ImportColumns() {
    }

    public static Parsed parse(List<SheetRow> rows) {
        List<CellError> errors = new ArrayList<>();
        SheetRow first = rows.get(0);
        Cells s = new Cells(first, errors);
        List<NewItem> items = new ArrayList<>();
        for (SheetRow row : rows) {
            Cells c = new Cells(row, errors);
            if (row.get("category") == null) {
                continue;
            }
            items.add(new NewItem(c.enumOf("category", ItemCategory.class), row.get("make"), row.get("model"), row.get("calibre"),
                    row.get("serial_number"), c.number("quantity", Integer::valueOf), row.get("manufacturer"),
                    upper(row.get("country_of_manufacture")), c.number("year_of_manufacture", Integer::valueOf),
                    row.get("import_mark"), row.get("headstamp"), row.get("lot_number"),
                    c.enumOf("marking_state", MarkingState.class), c.yesNo("craft_produced"), c.yesNo("printed_3d"),
                    c.yesNo("polymer"), row.get("markings")));
        }
        PossessorKind possessorKind = s.enumOf("possessor_kind", PossessorKind.class);
        Possessor possessor = possessorKind == null ? null
                : new Possessor(possessorKind, first.get("possessor_description"), first.get("designated_party_ref"),
                        s.enumOf("committee_notification", CommitteeNotification.class), first.get("acting_for"));
        Destination destination = first.get("destination_country") == null && first.get("intended_recipient") == null
                && first.get("intended_recipient_kind") == null && first.get("destination_basis") == null ? null
                : new Destination(upper(first.get("destination_country")), first.get("intended_recipient"),
                        s.enumOf("intended_recipient_kind", PossessorKind.class), first.get("destination_basis"));
        NewSeizure seizure = new NewSeizure(first.get("reference"), first.get("operation"), first.get("reporting_unit"),
                s.dateTime("occurred_at"), upper(first.get("country_code")), first.get("admin_area"), first.get("place_name"),
                s.number("latitude", Double::valueOf), s.number("longitude", Double::valueOf),
                s.enumOf("location_type", LocationType.class), s.enumOf("circumstance", Circumstance.class), first.get("narrative"), possessor, destination, null, items);
        return new Parsed(seizure, errors);
    }

    /** The column a request field (such as {@code items[2].quantity}) was read from, and the row it came from. */
    public static CellError locate(String field, String message, List<SheetRow> rows) {
        int row = rows.get(0).number();
        String path = field;
        if (field.startsWith("items[")) {
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            List<SheetRow> itemRows = rows.stream().filter(r -> r.get("category") != null).toList();
            row = index < itemRows.size() ? itemRows.get(index).number() : row;
            path = field.substring(field.indexOf(']') + 2);
        }
        return new CellError(row, COLUMN_OF_FIELD.getOrDefault(path, snakeCase(path)), message);
    }

    static String snakeCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Typed reads of one row's cells; what cannot be read becomes a {@link CellError} and null. */
    private record Cells(SheetRow row, List<CellError> errors) {

        <T> T number(String column, Function<String, T> parse) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(new CellError(row.number(), column, "is not a number: " + value));
                return null;
            }
        }

        <E extends Enum<E>> E enumOf(String column, Class<E> type) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-/]+", "_"));
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(row.number(), column, "must be one of " + List.of(type.getEnumConstants())));
                return null;
            }
        }

        Boolean yesNo(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "oui" -> true;
                case "no", "n", "false", "0", "non" -> false;
                default -> {
                    errors.add(new CellError(row.number(), column, "must be yes or no"));
                    yield null;
                }
            };
        }

        OffsetDateTime dateTime(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException notWithTime) {
                try {
                    return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    errors.add(new CellError(row.number(), column,
                            "must be a date (2026-03-14) or a date and time with offset (2026-03-14T09:30:00+01:00)"));
                    return null;
                }
            }
        }
    }
}
