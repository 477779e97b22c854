package org.embargomonitor.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.embargomonitor.embargo.parties.ConsolidatedListReader;

/**
 * A synthetic set of seizures as missions record them, for the pipeline benchmark (issue 15), the same for a given seed:
 * places of the peace operations and panels, categories and calibres in the proportions seizure reports give, serial
 * and lot formats with the characters field officers misread, possessors drawn from names on and off the Consolidated
 * List, narratives in English, French and Arabic, and shipments spread over many seizures and countries (one lot,
 * consecutive serials), as a panel would trace them.
 */
public final class SyntheticSeizures {

    /** One item: a weapon, or rounds counted together. */
    public record Item(String category, String make, String model, String calibre, String serialNumber, int quantity,
            String countryOfManufacture, Integer yearOfManufacture, String headstamp, String lotNumber, String markingState) {

        /** The same item with serial and lot marked by the run, so that the items of two runs are never linked. */
        Item inRun(String marker) {
            return new Item(category, make, model, calibre, serialNumber == null ? null : marker + serialNumber, quantity,
                    countryOfManufacture, yearOfManufacture, headstamp, lotNumber == null ? null : marker + "-" + lotNumber, markingState);
        }
    }

    /** One seizure and its items; {@code photos}: how many photos of markings the harness uploads with it. */
    public record Seizure(String reference, String operation, String reportingUnit, OffsetDateTime occurredAt, String countryCode,
            String adminArea, String placeName, double latitude, double longitude, String circumstance, String possessorKind,
            String possessorDescription, String narrative, int photos, List<Item> items) {

        /**
         * The same seizure as a run of its own sends it, so that a dataset can be sent to one platform again as new data: its
         * reference prefixed by the run, its items' serials and lots by letters of the run (the checks link a run's items
         * among themselves, never with an earlier run's copies of them).
         */
        public Seizure inRun(String run) {
            String marker = lettersOf(run);
            return new Seizure(run + "-" + reference, operation, reportingUnit, occurredAt, countryCode, adminArea, placeName, latitude,
                    longitude, circumstance, possessorKind, possessorDescription, narrative, photos,
                    items.stream().map(item -> item.inRun(marker)).toList());
        }

        /**
         * Four letters of the run's own: none that marks are read as digits by (O, Q, I, L, S, Z, B), which would join the
         * serial's number.
         */
        private static String lettersOf(String run) {
            String alphabet = "ACDEFGHJKMNPRTUVWXY";
            int code = Math.floorMod(run.hashCode(), alphabet.length() * alphabet.length() * alphabet.length() * alphabet.length());
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < 4; i++, code /= alphabet.length()) {
                letters.append(alphabet.charAt(code % alphabet.length()));
            }
            return letters.toString();
        }
    }

    private record Place(String operation, String countryCode, String adminArea, String placeName, double latitude, double longitude,
            int utcOffset) {
    }

    private record Weapon(String category, String make, String model, String calibre, String country, int weight) {
    }

    /** A shipment: one lot, or one run of serials, whose items turn up in many seizures. */
    private record Shipment(Weapon weapon, String lot, String prefix, int firstSerial, int year) {
    }

    /** The columns of the bulk import (docs/bulk-import.md), one row per item. */
    public static final List<String> COLUMNS = List.of("reference", "operation", "reporting_unit", "occurred_at", "country_code",
            "admin_area", "place_name", "latitude", "longitude", "circumstance", "possessor_kind", "possessor_description", "narrative",
            "category", "make", "model", "calibre", "serial_number", "quantity", "country_of_manufacture", "year_of_manufacture",
            "headstamp", "lot_number", "marking_state");

    private static final List<Place> PLACES = List.of(
            new Place("MINUSCA", "CAF", "Haute-Kotto", "Bria", 6.54, 21.99, 1),
            new Place("MINUSCA", "CAF", "Nana-Grébizi", "Kaga-Bandoro", 6.99, 19.19, 1),
            new Place("MINUSCA", "CAF", "Bangui", "Bangui", 4.39, 18.56, 1),
            new Place("MONUSCO", "COD", "North Kivu", "Beni", 0.49, 29.47, 2),
            new Place("MONUSCO", "COD", "Ituri", "Bunia", 1.56, 30.25, 2),
            new Place("UNMISS", "SSD", "Upper Nile", "Malakal", 9.53, 31.66, 2),
            new Place("UNMISS", "SSD", "Central Equatoria", "Juba", 4.85, 31.58, 2),
            new Place("UNIFIL", "LBN", "South Lebanon", "Naqoura", 33.12, 35.14, 2),
            new Place("UNSOM", "SOM", "Banadir", "Mogadishu", 2.05, 45.32, 3),
            new Place("UNSOM", "SOM", "Lower Juba", "Kismayo", -0.36, 42.55, 3),
            new Place("UNSMIL", "LBY", "Tripoli", "Tripoli", 32.89, 13.19, 2),
            new Place("PANEL-YEMEN", "YEM", "Al Hudaydah", "Al Hudaydah", 14.80, 42.95, 3),
            new Place("PANEL-SUDAN", "SDN", "North Darfur", "El Fasher", 13.63, 25.35, 2),
            new Place("BINUH", "HTI", "Ouest", "Port-au-Prince", 18.54, -72.34, -5));

    private static final List<Weapon> WEAPONS = List.of(
            new Weapon("ASSAULT_RIFLE", "Kalashnikov", "AKM", "7.62x39mm", "RUS", 18),
            new Weapon("ASSAULT_RIFLE", "Norinco", "Type 56-1", "7.62x39mm", "CHN", 14),
            new Weapon("ASSAULT_RIFLE", "Zastava", "M70", "7.62x39mm", "SRB", 6),
            new Weapon("RIFLE_CARBINE", "Mauser", "98k", "7.92x57mm", "DEU", 3),
            new Weapon("PISTOL_REVOLVER", "Makarov", "PM", "9x18mm", "RUS", 5),
            new Weapon("PISTOL_REVOLVER", "Beretta", "92", "9x19mm", "ITA", 3),
            new Weapon("LIGHT_MACHINE_GUN", "Kalashnikov", "PKM", "7.62x54mmR", "RUS", 5),
            new Weapon("HEAVY_MACHINE_GUN", "Degtyaryov", "DShKM", "12.7x108mm", "RUS", 2),
            new Weapon("GRENADE_LAUNCHER", "Bazalt", "RPG-7", "40mm", "RUS", 4),
            new Weapon("MORTAR", "Norinco", "Type 63", "60mm", "CHN", 1),
            new Weapon("AMMUNITION", "Tula", "M43", "7.62x39mm", "RUS", 22),
            new Weapon("AMMUNITION", "Norinco", "Type 56", "7.62x39mm", "CHN", 10),
            new Weapon("AMMUNITION", "Sellier & Bellot", "M1908/30", "7.62x54mmR", "CZE", 4),
            new Weapon("AMMUNITION", "Poongsan", "M33", "12.7x99mm", "KOR", 2),
            new Weapon("EXPLOSIVE", "unknown", "TNT block", null, null, 1));

    private static final String[] FACTORIES = { "539", "71", "61", "17", "10", "3", "188", "711" };
    private static final String[] OFF_LIST = { "ex-Seleka faction", "Anti-balaka group", "clan militia", "local self-defence group",
            "unidentified armed men", "smuggling network", "Mai-Mai fighters", "cattle raiders", "gang members", "vigilante group" };
    private static final String[] UNIT = { "Force Provost Marshal", "JMAC", "Sector East", "Sector West", "DDR section", "UNPOL" };
    private static final String[] NARRATIVE_EN = { "Weapons found in a cache near %s after a tip from residents.",
            "Seized at a checkpoint outside %s from a vehicle heading north.", "Surrendered at the DDR site of %s.",
            "Recovered after an exchange of fire near %s; markings photographed on site." };
    private static final String[] NARRATIVE_FR = { "Armes découvertes dans une cache près de %s sur indication des habitants.",
            "Saisies à un poste de contrôle à la sortie de %s sur un véhicule en route vers le nord.",
            "Remises au site de DDR de %s." };
    private static final String[] NARRATIVE_AR = { "ضبطت أسلحة في مخبأ قرب %s بعد بلاغ من السكان.",
            "ضبطت عند نقطة تفتيش خارج %s في مركبة متجهة شمالا.", "سلمت في موقع نزع السلاح في %s." };
    /** Characters read one for another on worn markings. */
    private static final String[][] MISREAD = { { "0", "O" }, { "1", "I" }, { "5", "S" }, { "8", "B" }, { "2", "Z" } };

    static final long SEED = 20261203;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DAY.toEpochDay());

    private final SplittableRandom random;
    private final List<String> listedNames;
    private final List<Shipment> shipments = new ArrayList<>();

    private SyntheticSeizures(long seed, List<String> listedNames) {
        this.random = new SplittableRandom(seed);
        this.listedNames = List.copyOf(listedNames);
    }

    /**
     * Writes a dataset for the bulk import: {@code bench/dataset [items] [file]} (100,000 items into
     * bench/target/seizures-100000.csv by default), possessors drawn from the real Consolidated List.
     */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Path.of("bench/target/seizures-" + items + ".csv");
        List<Seizure> seizures = generate(items, SEED, listedNames());
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            writeCsv(seizures, out);
        }
        System.out.printf(Locale.ROOT, "%,d seizures of %,d items written to %s%n", seizures.size(), items, file);
    }

    /** The Consolidated List the possessors' names are drawn from (../shared/data, or {@code embargo.consolidated-list}). */
    public static Path consolidatedList() {
        return Path.of(System.getProperty("embargo.consolidated-list", "../shared/data/un-consolidated-list/un_consolidated_2026-05-08.xml"));
    }

    /** The name of every party of the Consolidated List. */
    public static List<String> listedNames() throws IOException, ConsolidatedListReader.UnreadableListException {
        List<String> listed = new ArrayList<>();
        try (InputStream xml = Files.newInputStream(consolidatedList())) {
            ConsolidatedListReader.read(xml, party -> listed.add(party.name()));
        }
        return listed;
    }

    /**
     * Seizures holding {@code items} items in all: one to twelve each, a tenth of them from one of a few hundred
     * shipments; a fifth of the armed groups named as a party of the Consolidated List ({@code listedNames}).
     */
    public static List<Seizure> generate(int items, long seed, List<String> listedNames) {
        return new SyntheticSeizures(seed, listedNames).seizures(items);
    }

    private List<Seizure> seizures(int items) {
        for (int i = 0; i < Math.max(1, items / 300); i++) {
            Weapon weapon = weighted();
            shipments.add(new Shipment(weapon, String.format(Locale.ROOT, "%02d-%04d", 80 + random.nextInt(20), random.nextInt(10_000)),
                    String.valueOf((char) ('A' + random.nextInt(26))) + (char) ('A' + random.nextInt(26)), 100_000 + random.nextInt(800_000),
                    1985 + random.nextInt(38)));
        }
        List<Seizure> seizures = new ArrayList<>();
        int left = items;
        while (left > 0) {
            int count = Math.min(left, 1 + (random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(3)));
            seizures.add(seizure(seizures.size() + 1, count));
            left -= count;
        }
        return seizures;
    }

    private Seizure seizure(int number, int count) {
        Place place = PLACES.get(random.nextInt(PLACES.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        OffsetDateTime occurredAt = OffsetDateTime.of(day, LocalTime.of(random.nextInt(24), random.nextInt(60)), ZoneOffset.ofHours(place.utcOffset()));
        String[] kinds = { "ARMED_GROUP", "ARMED_GROUP", "ARMED_GROUP", "INDIVIDUAL", "INDIVIDUAL", "UNKNOWN", "UNKNOWN", "GOVERNMENT_FORCES",
                "PEACE_OPERATION", "PRIVATE_SECURITY" };
        String kind = kinds[random.nextInt(kinds.length)];
        String description = switch (kind) {
            case "ARMED_GROUP" -> !listedNames.isEmpty() && random.nextInt(5) == 0 ? listedNames.get(random.nextInt(listedNames.size()))
                    : OFF_LIST[random.nextInt(OFF_LIST.length)];
            case "INDIVIDUAL" -> "civilian, " + (20 + random.nextInt(40)) + " years old";
            case "GOVERNMENT_FORCES" -> "national army unit";
            case "PEACE_OPERATION" -> place.operation() + " contingent";
            case "PRIVATE_SECURITY" -> "licensed security company";
            default -> null;
        };
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(random.nextInt(10) == 0 ? fromShipment(shipments.get(random.nextInt(shipments.size()))) : item(weighted()));
        }
        String[] circumstances = { "SEIZED", "FOUND", "SURRENDERED", "CAPTURED" };
        return new Seizure(String.format(Locale.ROOT, "%s-%d-%07d", place.operation(), day.getYear(), number), place.operation(),
                UNIT[random.nextInt(UNIT.length)], occurredAt, place.countryCode(), place.adminArea(), place.placeName(),
                round(place.latitude() + random.nextDouble(-0.5, 0.5)), round(place.longitude() + random.nextDouble(-0.5, 0.5)),
                circumstances[random.nextInt(circumstances.length)], kind, description, narrative(place), random.nextInt(20) == 0 ? 1 + random.nextInt(3) : 0,
                List.copyOf(items));
    }

    private Item item(Weapon weapon) {
        boolean rounds = weapon.category().equals("AMMUNITION");
        int year = 1960 + random.nextInt(64);
        String headstamp = rounds ? FACTORIES[random.nextInt(FACTORIES.length)] + " " + String.format(Locale.ROOT, "%02d", year % 100) : null;
        String serial = rounds || weapon.category().equals("EXPLOSIVE") ? null : serial(weapon, random.nextInt(1_000_000));
        return new Item(weapon.category(), weapon.make(), weapon.model(), weapon.calibre(), serial, rounds ? 10 + random.nextInt(1_990) : 1,
                weapon.country(), random.nextInt(3) == 0 ? null : year, headstamp, rounds && random.nextInt(3) == 0 ? lot() : null, marking());
    }

    /** An item of a shipment: its lot for rounds, the next serials of its run for weapons. */
    private Item fromShipment(Shipment shipment) {
        Weapon weapon = shipment.weapon();
        boolean rounds = weapon.category().equals("AMMUNITION");
        String serial = rounds ? null : misread(shipment.prefix() + " " + (shipment.firstSerial() + random.nextInt(400)));
        return new Item(weapon.category(), weapon.make(), weapon.model(), weapon.calibre(), serial, rounds ? 20 + random.nextInt(980) : 1,
                weapon.country(), shipment.year(), rounds ? FACTORIES[0] + " " + String.format(Locale.ROOT, "%02d", shipment.year() % 100) : null,
                rounds ? shipment.lot() : null, marking());
    }

    private String serial(Weapon weapon, int number) {
        String serial = switch (weapon.country() == null ? "" : weapon.country()) {
            case "CHN" -> String.format(Locale.ROOT, "%d%07d", 56 + random.nextInt(3), number);
            case "RUS" -> String.format(Locale.ROOT, "%s %06d", random.nextBoolean() ? "KE" : "TZ", number);
            default -> String.format(Locale.ROOT, "%c%06d", (char) ('A' + random.nextInt(26)), number);
        };
        return misread(serial);
    }

    /** One serial in twenty as a field officer reads a worn marking: one character for another. */
    private String misread(String serial) {
        if (random.nextInt(20) != 0) {
            return serial;
        }
        String[] swap = MISREAD[random.nextInt(MISREAD.length)];
        return serial.contains(swap[0]) ? serial.replaceFirst(swap[0], swap[1]) : serial;
    }

    private String lot() {
        return String.format(Locale.ROOT, "%02d-%04d", random.nextInt(100), random.nextInt(10_000));
    }

    private String marking() {
        int roll = random.nextInt(20);
        return roll < 15 ? "INTACT" : roll < 18 ? "PARTLY_OBLITERATED" : roll < 19 ? "OBLITERATED" : "ABSENT";
    }

    private String narrative(Place place) {
        int language = random.nextInt(10);
        String[] templates = language < 6 ? NARRATIVE_EN : language < 9 ? NARRATIVE_FR : NARRATIVE_AR;
        return String.format(Locale.ROOT, templates[random.nextInt(templates.length)], place.placeName());
    }

    private Weapon weighted() {
        int total = WEAPONS.stream().mapToInt(Weapon::weight).sum();
        int roll = random.nextInt(total);
        for (Weapon weapon : WEAPONS) {
            roll -= weapon.weight();
            if (roll < 0) {
                return weapon;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /** Writes the seizures as a CSV file of the bulk import's layout. */
    public static void writeCsv(List<Seizure> seizures, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        for (Seizure s : seizures) {
            for (Item i : s.items()) {
                List<Object> cells = List.of(s.reference(), s.operation(), s.reportingUnit(), s.occurredAt(), s.countryCode(), s.adminArea(),
                        s.placeName(), s.latitude(), s.longitude(), s.circumstance(), s.possessorKind(), text(s.possessorDescription()),
                        s.narrative(), i.category(), i.make(), i.model(), text(i.calibre()), text(i.serialNumber()), i.quantity(),
                        text(i.countryOfManufacture()), i.yearOfManufacture() == null ? "" : i.yearOfManufacture(), text(i.headstamp()),
                        text(i.lotNumber()), i.markingState());
                StringBuilder row = new StringBuilder();
                for (Object cell : cells) {
                    if (!row.isEmpty()) {
                        row.append(',');
                    }
                    row.append(quoted(cell.toString()));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
