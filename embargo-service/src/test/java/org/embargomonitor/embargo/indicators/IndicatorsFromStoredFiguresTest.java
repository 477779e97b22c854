package org.embargomonitor.embargo.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.embargo.compliance.SeizureEvents;
import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * The indicators summed in the database from each record's figures equal those computed in memory from the same
 * records' facts and findings (Indicators, checked by hand in IndicatorsTest), on records with every kind of history,
 * after experts decide on findings, after a record is replaced by a newer version, and after the figures are computed
 * again by the migration; read from the changes not yet folded into the sums by day, and from the sums once folded.
 */
@QuarkusTest
class IndicatorsFromStoredFiguresTest {

    private static final String[] CATEGORIES = { "ASSAULT_RIFLE", "PISTOL_REVOLVER", "MORTAR", "AMMUNITION", "UAV" };
    private static final String[] CIRCUMSTANCES = { "SEIZED", "FOUND", "SURRENDERED", "CAPTURED" };
    private static final String[] LOCATIONS = { "BORDER", "INLAND", "MARITIME", null };
    private static final String[] MARKINGS = { "INTACT", "PARTLY_OBLITERATED", "OBLITERATED", "ABSENT" };
    private static final double[][] PLACES = { { 6.5423, 21.9862 }, { 4.3947, 18.5582 }, { 7.2, 19.1 }, { 5.7623, 20.6719 } };

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String topic;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource database;

    @Inject
    RecordFigureRows figures;

    private final Random random = new Random(1642);

    @Test
    void shouldSumTheStoredFiguresToTheIndicatorsComputedFromTheRecordsFacts() throws Exception {
        String operation = "FIG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Map<String, Object>> seizures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            seizures.add(seizure(operation));
        }
        Map<String, Object> corrected = seizures.get(0);
        armedGroupWithARifle(corrected, "2025-10-01");
        SeizureEvents events = new SeizureEvents(bootstrapServers, topic);
        for (Map<String, Object> seizure : seizures) {
            events.send(seizure);
        }
        awaitIndicatorsOf(operation, seizures);
        List<String> open = openFindingsOf(operation, "true");
        assertThat(open).as("records of armed groups in the Central African Republic raise findings").hasSizeGreaterThan(2);
        decide(openFindingsOf(operation, "f.seizure_id = '" + corrected.get("id") + "'").get(0), "DISMISS");
        decide(openFindingsOf(operation, "f.seizure_id <> '" + corrected.get("id") + "'").get(0), "CONFIRM");
        awaitIndicatorsOf(operation, seizures);

        // corrected to a date before the period: its dismissed finding, raised on the first version, moves with it
        Map<String, Object> replaced = seizure(operation);
        armedGroupWithARifle(replaced, "2025-03-01");
        replaced.put("id", corrected.get("id"));
        replaced.put("version", 1);
        events.send(replaced);
        seizures.set(0, replaced);
        awaitIndicatorsOf(operation, seizures);

        assertThat(dropFiguresOf(operation)).isEqualTo(40);
        try (Connection connection = database.getConnection()) {
            assertThat(MissingFigureRows.fill(connection)).as("the records left without figures").isEqualTo(40);
        }
        assertIndicatorsOf(operation, seizures);
        assertIndicatorsOfFoldedSums(operation, seizures);
    }

    /** The indicators agree as soon as the records are stored, and again once their changes are folded into the sums by day. */
    private void awaitIndicatorsOf(String operation, List<Map<String, Object>> seizures) throws Exception {
        try (AutoCloseable folds = foldsHeldBack()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertIndicatorsOf(operation, seizures));
            assertThat(changesOf(operation)).as("changes not folded").isPositive();
        }
        assertIndicatorsOfFoldedSums(operation, seizures);
    }

    /** The lock that DailySums folds under, held until closed: the folds skip meanwhile. */
    private AutoCloseable foldsHeldBack() throws Exception {
        Connection connection = database.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(hashtext('indicator-sums'))")) {
            lock.execute();
        }
        return () -> {
            try (connection; PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext('indicator-sums'))")) {
                unlock.execute();
            }
        };
    }

    private void assertIndicatorsOfFoldedSums(String operation, List<Map<String, Object>> seizures) throws Exception {
        await("a fold of our own").atMost(Duration.ofSeconds(30)).until(this::foldedByUs);
        assertThat(changesOf(operation)).as("changes not folded").isZero();
        assertThat(changesOf(operation, "figures_by_day")).as("days summed").isPositive();
        assertIndicatorsOf(operation, seizures);
    }

    private boolean foldedByUs() throws Exception {
        return read(figures::fold);
    }

    /**
     * Over every record, the places' totals and the findings by day and status give what the detailed rows give: the
     * places of every record since 1900, the findings of every country (awaited: other tests' records may come in
     * between the two readings).
     */
    private void assertSumsOverEveryRecordAgreeWithTheirDetail() {
        RecordFigureRows.Scope everywhere = new RecordFigureRows.Scope(List.of(), null, null, null, null);
        RecordFigureRows.Scope since1900 = new RecordFigureRows.Scope(List.of(), null, LocalDate.parse("1900-01-01"), null, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RecordFigureRows.Scope everyCountry = new RecordFigureRows.Scope(countries(), null, null, null, null);
            assertThat(read(() -> figures.places(everywhere, IndicatorService.MAX_PLACES)))
                    .isEqualTo(read(() -> figures.places(since1900, IndicatorService.MAX_PLACES)));
            assertThat(read(() -> figures.findings(everywhere, null))).containsExactlyInAnyOrderElementsOf(
                    read(() -> figures.findings(everyCountry, null)));
        });
    }

    private <T> T read(Supplier<Uni<T>> query) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(query));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> countries() throws Exception {
        List<String> countries = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select distinct country_code from record_figures");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                countries.add(rows.getString(1));
            }
        }
        return countries;
    }

    private long changesOf(String operation) throws Exception {
        return changesOf(operation, "figures_change") + changesOf(operation, "steps_change") + changesOf(operation, "findings_change");
    }

    private long changesOf(String operation, String table) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from " + table + " where operation = ?")) {
            select.setString(1, operation);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void assertIndicatorsOf(String operation, List<Map<String, Object>> seizures) throws Exception {
        List<SeizureFacts> records = seizures.stream().map(s -> json.convertValue(s, SeizureFacts.class)).toList();
        List<Indicators.FindingFact> findings = findingsOf(operation);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = LocalDate.parse("2025-07-01");
        LocalDate to = LocalDate.parse("2026-03-31");

        IndicatorReport all = report(Map.of("operation", operation, "period", "quarter"));
        assertThat(all.totals()).isEqualTo(Indicators.of(records, findings, null, null, today, true));
        assertThat(all.places()).isEqualTo(placesOf(records, null));

        IndicatorReport months = report(Map.of("operation", operation, "period", "month", "from", from.toString(), "to", to.toString()));
        assertThat(months.totals()).isEqualTo(Indicators.of(records, findings, from, to, today, true));
        assertThat(months.series().stream().map(IndicatorReport.PeriodReport::figures).toList()).isEqualTo(
                Indicators.byPeriod(records, findings, Indicators.Period.MONTH, from, to, today, true).stream()
                        .map(Indicators.PeriodFigures::figures).toList());
        assertThat(months.places()).isEqualTo(placesOf(records.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
                .toList(), from));
        assertSumsOverEveryRecordAgreeWithTheirDetail();
    }

    private IndicatorReport report(Map<String, String> filter) throws Exception {
        String body = given().auth().oauth2(Tokens.accessToken(ADMIN)).queryParams(filter).get("/api/embargo/indicators").then()
                .statusCode(200).extract().asString();
        return json.readValue(body, IndicatorReport.class);
    }

    /** The places counted in memory: the most seizures first, then the earliest, each where its first record was (by date, then id). */
    private static List<IndicatorReport.Place> placesOf(List<SeizureFacts> records, LocalDate from) {
        Map<String, IndicatorReport.Place> places = new LinkedHashMap<>();
        Map<String, LocalDate> firstDays = new HashMap<>();
        records.stream().filter(r -> r.latitude() != null && (from == null || !r.date().isBefore(from)))
                .sorted((a, b) -> a.date().equals(b.date()) ? a.id().toString().compareTo(b.id().toString()) : a.date().compareTo(b.date()))
                .forEach(r -> {
                    long weapons = r.items().stream().filter(i -> Indicators.WEAPONS.contains(i.category()))
                            .mapToLong(i -> i.quantity() == null ? 1 : i.quantity()).sum();
                    String key = Math.round(r.latitude() * 100) + ":" + Math.round(r.longitude() * 100);
                    firstDays.putIfAbsent(key, r.date());
                    places.merge(key, new IndicatorReport.Place(r.latitude(), r.longitude(), r.placeName(), r.countryCode(), 1, weapons),
                            (held, more) -> new IndicatorReport.Place(held.latitude(), held.longitude(), held.placeName(), held.countryCode(),
                                    held.seizures() + 1, held.items() + more.items()));
                });
        return places.entrySet().stream().sorted(Comparator
                .comparing((Map.Entry<String, IndicatorReport.Place> e) -> -e.getValue().seizures())
                .thenComparing(e -> firstDays.get(e.getKey()))
                .thenComparing(e -> Math.round(e.getValue().latitude() * 100))
                .thenComparing(e -> Math.round(e.getValue().longitude() * 100)))
                .map(Map.Entry::getValue).toList();
    }

    private List<Indicators.FindingFact> findingsOf(String operation) throws Exception {
        List<Indicators.FindingFact> findings = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select r.occurred_on, f.status from finding f join seizure_record r on r.id = f.seizure_id where r.operation = ?")) {
            select.setString(1, operation);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    findings.add(new Indicators.FindingFact(rows.getObject(1, LocalDate.class), rows.getString(2)));
                }
            }
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static void armedGroupWithARifle(Map<String, Object> seizure, String date) {
        seizure.put("occurredAt", date + "T09:30:00+01:00");
        ((Map<String, Object>) seizure.get("possessor")).put("kind", "ARMED_GROUP");
        ((List<Map<String, Object>>) seizure.get("items")).get(0).put("category", "ASSAULT_RIFLE");
    }

    private List<String> openFindingsOf(String operation, String condition) throws Exception {
        List<String> open = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select f.id from finding f where f.operation = ? and f.status = 'OPEN' and " + condition + " order by f.id")) {
            select.setString(1, operation);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    open.add(rows.getString(1));
                }
            }
        }
        return open;
    }

    private static void decide(String finding, String decision) {
        given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/json")
                .body(Map.of("decision", decision, "reason", "Checked against the panel's tracing correspondence."))
                .post("/api/embargo/findings/" + finding + "/decision").then().statusCode(200);
    }

    private int dropFiguresOf(String operation) throws Exception {
        try (Connection connection = database.getConnection()) {
            for (String table : List.of("record_step", "record_overdue")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where operation = ?")) {
                    delete.setString(1, operation);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from record_figures where operation = ?")) {
                delete.setString(1, operation);
                return delete.executeUpdate();
            }
        }
    }

    /** A record of up to four items, each with a history drawn at random: steps, tracing requests and their ends. */
    private Map<String, Object> seizure(String operation) {
        LocalDate date = LocalDate.parse("2025-01-01").plusDays(random.nextInt(700));
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", date.toString(), random.nextBoolean() ? "ARMED_GROUP" : "UNKNOWN", null);
        seizure.put("operation", operation);
        seizure.put("circumstance", CIRCUMSTANCES[random.nextInt(CIRCUMSTANCES.length)]);
        seizure.put("locationType", LOCATIONS[random.nextInt(LOCATIONS.length)]);
        if (random.nextInt(5) > 0) {
            double[] place = PLACES[random.nextInt(PLACES.length)];
            seizure.put("latitude", place[0]);
            seizure.put("longitude", place[1]);
            seizure.put("placeName", "Place " + place[0]);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int position = 1; position <= 1 + random.nextInt(4); position++) {
            Map<String, Object> item = new HashMap<>();
            item.put("id", UUID.randomUUID().toString());
            item.put("position", position);
            item.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            item.put("quantity", 1 + random.nextInt(5));
            item.put("markingState", MARKINGS[random.nextInt(MARKINGS.length)]);
            item.put("history", history(date));
            item.put("status", "RECORDED");
            items.add(item);
        }
        seizure.put("items", items);
        return seizure;
    }

    private List<Map<String, Object>> history(LocalDate seizedOn) {
        List<Map<String, Object>> steps = new ArrayList<>();
        LocalDate day = seizedOn.plusDays(random.nextInt(3));
        steps.add(Map.of("step", "RECORDED", "on", day.toString()));
        int requests = 0;
        for (int i = random.nextInt(5); i > 0; i--) {
            day = day.plusDays(random.nextInt(120));
            String step = switch (random.nextInt(6)) {
                case 0 -> "MARKED";
                case 1, 2 -> "TRACING_REQUESTED";
                case 3 -> requests > 0 ? "TRACING_ANSWERED" : "TRACED";
                case 4 -> requests > 0 ? "TRACING_UNANSWERED" : "MARKED";
                default -> "DESTROYED";
            };
            requests += step.equals("TRACING_REQUESTED") ? 1 : step.startsWith("TRACING_") ? -1 : 0;
            steps.add(Map.of("step", step, "on", day.toString()));
        }
        return steps;
    }
}
