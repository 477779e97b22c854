package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Seizures linked by lot and serials, sent to the real Kafka, form supply chains in the real PostgreSQL. */
@QuarkusTest
class SupplyChainsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    /** PostgreSQL orders uuids by their bytes as unsigned numbers, which {@code UUID.compareTo} does not. */
    private static final Comparator<UUID> BY_DATABASE_ORDER = Comparator.comparing(UUID::toString);

    @Inject
    ComplianceService compliance;

    @Inject
    SeizureRecords records;

    SeizureEvents events;

    @BeforeEach
    void connect() {
        events = new SeizureEvents(bootstrapServers, seizureTopic);
    }

    @Test
    void shouldGroupAShipmentSpreadOverManySeizuresIntoOneChainWithOneFindingPerRecord() throws Exception {
        String lot = lot();
        List<Map<String, Object>> seizures = IntStream.range(0, 12)
                .mapToObj(n -> withLot(SeizureEvents.seizure(n % 2 == 0 ? "CAF" : "CMR", "2024-0" + (1 + n % 6) + "-1" + n % 10,
                        "ARMED_GROUP", null), lot, 3))
                .toList();

        events.send(UUID.randomUUID().toString(), seizures);
        List<Map<String, Object>> last = findingsOf(seizures.get(11), "COMMON_SUPPLY_CHAIN", 1);

        String chain = last.get(0).get("subject").toString();
        for (Map<String, Object> seizure : seizures.subList(1, 12)) {
            assertThat(findingsOf(seizure, "COMMON_SUPPLY_CHAIN", 1)).as("one finding per record for its three items of the lot")
                    .singleElement().satisfies(f -> assertThat(f).containsEntry("subject", chain));
        }
        JsonPath view = as(ADMIN).get("/api/embargo/supply-chains/" + chain).then().statusCode(200).extract().jsonPath();
        assertThat(view.getLong("items")).isEqualTo(36);
        assertThat(view.getLong("seizures")).isEqualTo(12);
        assertThat(view.getList("countries.countryCode", String.class)).containsExactlyInAnyOrder("CAF", "CMR");
        assertThat(view.getList("lots.lot", String.class)).containsExactly(lot);
        assertThat(view.getList("members.lot", String.class)).containsOnly(lot);
        assertThat(view.getList("regimes", String.class)).containsExactly("CAR");
        assertThat(view.getList("members.seizureReference", String.class)).hasSize(36);
        assertThat(as(ADMIN).queryParam("seizureId", seizures.get(0).get("id")).get("/api/embargo/supply-chains").then().statusCode(200)
                .extract().<List<String>> path("id")).containsExactly(chain);
    }

    @Test
    void shouldRaiseFindingsInProportionToTheRecordsNotToThePairsOfThem() throws Exception {
        int serial = 100_000 + (int) (Math.random() * 800_000);
        List<Map<String, Object>> seizures = IntStream.range(0, 60)
                .mapToObj(n -> withSerial(SeizureEvents.seizure(n % 3 == 0 ? "CAF" : "TCD", "2024-05-" + (10 + n % 20), "ARMED_GROUP", null),
                        serial + n))
                .toList();

        events.send(UUID.randomUUID().toString(), seizures);
        findingsOf(seizures.get(59), "COMMON_SUPPLY_CHAIN", 1);

        List<String> chains = seizures.subList(1, 60).stream()
                .flatMap(seizure -> findingsOf(seizure, "COMMON_SUPPLY_CHAIN", 1).stream().map(f -> f.get("subject").toString()))
                .distinct().toList();
        assertThat(chains).as("59 findings, one per record after the first, every serial within 50 of many others").hasSize(1);
        JsonPath chain = as(ADMIN).get("/api/embargo/supply-chains/" + chains.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(chain.getLong("items")).isEqualTo(60);
        assertThat(chain.getString("serials[0].prefix") + chain.getLong("serials[0].lowest")).isEqualTo("M70" + serial);
        assertThat(chain.getList("members.serial", String.class)).as("as read").contains("M70-" + serial, "M70-" + (serial + 59));
        assertThat(chain.getLong("serials[0].highest") - chain.getLong("serials[0].lowest")).isEqualTo(59);
    }

    @Test
    void shouldLinkRecordsOfOneLotCheckedAtTheSameMoment() throws Exception {
        String lot = lot();
        List<Map<String, Object>> seizures = IntStream.range(0, 8)
                .mapToObj(n -> withLot(SeizureEvents.seizure("CAF", "2024-06-0" + (1 + n), "ARMED_GROUP", null), lot, 1)).toList();

        for (Map<String, Object> seizure : seizures) {
            events.send(seizure.get("id").toString(), List.of(seizure));
        }

        List<Map<String, Object>> links = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> seizures.stream().flatMap(seizure -> as(ADMIN).queryParam("seizureId", seizure.get("id"))
                        .queryParam("rule", "COMMON_SUPPLY_CHAIN").get("/api/embargo/findings").then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>> getList("$").stream()).toList(), found -> found.size() == 7);
        assertThat(links).extracting(f -> f.get("subject")).as("one chain, whichever record was checked first").containsOnly(
                links.get(0).get("subject"));
    }

    @Test
    void shouldLinkRecordsCheckedAgainTogetherByTheEmbargoEachNowFallsUnder() throws Throwable {
        String lot = lot();
        List<Map<String, Object>> seizures = IntStream.range(0, 3)
                .mapToObj(n -> withLot(SeizureEvents.seizure("CAF", "2024-07-0" + (1 + n), "ARMED_GROUP", null), lot, 2)).toList();
        events.send(UUID.randomUUID().toString(), seizures);
        findingsOf(seizures.get(2), "COMMON_SUPPLY_CHAIN", 1);
        findingsOf(seizures.get(1), "COMMON_SUPPLY_CHAIN", 1);
        assertThat(findingsOf(seizures.get(0), "COMMON_SUPPLY_CHAIN", 0)).as("checked before the others existed").isEmpty();
        // as if the embargo had been added after they were checked: their marks show none
        execute("update item_mark set embargo_regime = null, embargo_version_id = null, embargo_citation = null"
                + " where lot_normalised = '" + lot + "'");

        List<UUID> ids = seizures.stream().map(seizure -> UUID.fromString(seizure.get("id").toString())).sorted(BY_DATABASE_ORDER).toList();
        List<SeizureFacts> asHibernateReadsThem = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache
                .getSession().flatMap(session -> session.createSelectionQuery("select facts from SeizureRecord where id in :ids order by id",
                        SeizureFacts.class).setParameter("ids", ids).getResultList())));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> records.factsOf(ids))))
                .as("the facts read as text").isEqualTo(asHibernateReadsThem);
        int raised = VertxContextSupport.subscribeAndAwait(() -> compliance.evaluateAgain(ids));

        assertThat(raised).as("the first record's link, as each record checked together sees the others' new embargo").isEqualTo(1);
        List<Object> chains = seizures.stream().flatMap(seizure -> findingsOf(seizure, "COMMON_SUPPLY_CHAIN", 1).stream())
                .map(finding -> finding.get("subject")).distinct().toList();
        assertThat(chains).hasSize(1);
        assertThat(VertxContextSupport.<Long> subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select count(*) from ItemMark where lotNormalised = :lot and embargoRegime = 'CAR' and chainId = :chain",
                        Long.class).setParameter("lot", lot).setParameter("chain", UUID.fromString(chains.get(0).toString())).getSingleResult()))))
                .as("every item's mark under the embargo again, in the chain").isEqualTo(6);
        assertThat(VertxContextSupport.<Integer> subscribeAndAwait(() -> compliance.evaluateAgain(ids))).as("nothing new when nothing changed").isZero();
    }

    @Test
    void shouldMergeTwoChainsWhenALaterItemLinksBothAndAnswerTheOlderForEither() throws Exception {
        String lot = lot();
        int serial = 100_000 + (int) (Math.random() * 800_000);
        Map<String, Object> first = withLot(SeizureEvents.seizure("CAF", "2024-03-01", "ARMED_GROUP", null), lot, 1);
        Map<String, Object> firstAgain = withLot(SeizureEvents.seizure("CAF", "2024-03-02", "ARMED_GROUP", null), lot, 1);
        Map<String, Object> second = withSerial(SeizureEvents.seizure("CAF", "2024-03-03", "ARMED_GROUP", null), serial);
        Map<String, Object> secondAgain = withSerial(SeizureEvents.seizure("CAF", "2024-03-04", "ARMED_GROUP", null), serial + 2);
        String key = UUID.randomUUID().toString();
        events.send(key, List.of(first, firstAgain, second, secondAgain));
        String older = findingsOf(firstAgain, "COMMON_SUPPLY_CHAIN", 1).get(0).get("subject").toString();
        String newer = findingsOf(secondAgain, "COMMON_SUPPLY_CHAIN", 1).get(0).get("subject").toString();
        assertThat(newer).isNotEqualTo(older);

        Map<String, Object> bridge = withSerial(SeizureEvents.seizure("CAF", "2024-03-05", "ARMED_GROUP", null), serial + 4);
        items(bridge).get(0).putAll(Map.of("lotNumber", lot, "lotNumberNormalised", lot));
        events.send(key, List.of(bridge));

        assertThat(findingsOf(bridge, "COMMON_SUPPLY_CHAIN", 1)).singleElement().satisfies(f -> assertThat(f).containsEntry("subject", older));
        as(ADMIN).get("/api/embargo/supply-chains/" + newer).then().statusCode(200).body("id", equalTo(older))
                .body("items", equalTo(5)).body("mergedFrom", equalTo(List.of(newer)));
    }

    /**
     * Checks that share no lock (one reaches the item by its lot, the other by its serial) run side by side in one
     * poll: each waits for the other on the item's mark, so both join one chain rather than start two.
     */
    @Test
    void shouldPutRecordsReachingOneItemByItsLotAndByItsSerialAtTheSameMomentInOneChain() throws Throwable {
        int serial = 100_000 + (int) (Math.random() * 700_000);
        List<Map<String, Object>> hubs = new ArrayList<>();
        List<Map<String, Object>> byLot = new ArrayList<>();
        List<Map<String, Object>> bySerial = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            String lot = lot();
            Map<String, Object> hub = withSerial(SeizureEvents.seizure("CAF", "2024-08-01", "ARMED_GROUP", null), serial + 1_000 * n);
            items(hub).get(0).putAll(Map.of("lotNumber", lot, "lotNumberNormalised", lot));
            hubs.add(hub);
            byLot.add(withLot(SeizureEvents.seizure("CAF", "2024-08-02", "ARMED_GROUP", null), lot, 1));
            bySerial.add(withSerial(SeizureEvents.seizure("CAF", "2024-08-03", "ARMED_GROUP", null), serial + 1_000 * n + 1));
        }
        String key = UUID.randomUUID().toString();
        events.send(key, hubs);
        List<UUID> hubIds = hubs.stream().map(hub -> UUID.fromString(hub.get("id").toString())).toList();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(marksOf(hubIds)).as("hubs checked").isEqualTo(hubs.size()));
        List<Map<String, Object>> together = new ArrayList<>(byLot);
        together.addAll(bySerial);
        events.send(key, together);

        for (int n = 0; n < hubs.size(); n++) {
            Object viaLot = findingsOf(byLot.get(n), "COMMON_SUPPLY_CHAIN", 1).get(0).get("subject");
            assertThat(findingsOf(bySerial.get(n), "COMMON_SUPPLY_CHAIN", 1)).as("hub %d", n).singleElement()
                    .satisfies(f -> assertThat(f).containsEntry("subject", viaLot));
        }
    }

    @Test
    void shouldShowAPanelOnlyTheItemsOfItsCountriesAndRefuseOtherRoles() throws Exception {
        String lot = lot();
        Map<String, Object> central = withLot(SeizureEvents.seizure("CAF", "2024-04-01", "ARMED_GROUP", null), lot, 1);
        Map<String, Object> somali = withLot(SeizureEvents.seizure("SOM", "2024-04-02", "ARMED_GROUP", null), lot, 1);
        Map<String, Object> yemeni = withLot(SeizureEvents.seizure("YEM", "2024-04-03", "UNKNOWN", null), lot, 2);
        events.send(UUID.randomUUID().toString(), List.of(central, somali, yemeni));
        String chain = findingsOf(somali, "COMMON_SUPPLY_CHAIN", 1).get(0).get("subject").toString();
        String onlyAbroad = lot();
        Map<String, Object> a = withLot(SeizureEvents.seizure("SOM", "2024-04-04", "ARMED_GROUP", null), onlyAbroad, 1);
        Map<String, Object> b = withLot(SeizureEvents.seizure("YEM", "2024-04-05", "ARMED_GROUP", null), onlyAbroad, 1);
        events.send(UUID.randomUUID().toString(), List.of(a, b));
        String abroad = findingsOf(b, "COMMON_SUPPLY_CHAIN", 1).get(0).get("subject").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> as(ADMIN).get("/api/embargo/supply-chains/" + chain).then().extract()
                .jsonPath().getLong("items") == 4);

        JsonPath asPanel = as(PANEL_EXPERT).get("/api/embargo/supply-chains/" + chain).then().statusCode(200).extract().jsonPath();
        assertThat(asPanel.getList("members.seizureReference", String.class)).containsExactly(central.get("reference").toString());
        assertThat(asPanel.getLong("itemsOutsideScope")).isEqualTo(3);
        assertThat(asPanel.getLong("items")).isEqualTo(4);
        assertThat(asPanel.prettify()).doesNotContain(somali.get("reference").toString(), yemeni.get("reference").toString());
        as(PANEL_EXPERT).get("/api/embargo/supply-chains/" + abroad).then().statusCode(404).contentType("application/problem+json");
        assertThat(as(PANEL_EXPERT).queryParam("seizureId", central.get("id")).get("/api/embargo/supply-chains").then().statusCode(200)
                .extract().<List<String>> path("id")).containsExactly(chain);
        assertThat(as(PANEL_EXPERT).queryParam("seizureId", a.get("id")).get("/api/embargo/supply-chains").then().statusCode(200)
                .extract().<List<String>> path("id")).isEmpty();
        assertThat(as(PANEL_EXPERT).get("/api/embargo/supply-chains").then().statusCode(200).extract().<List<String>> path("id"))
                .doesNotContain(abroad);
        for (DemoUser refused : List.of(MISSION_OFFICER, COMMITTEE_MEMBER)) {
            as(refused).get("/api/embargo/supply-chains/" + chain).then().statusCode(403);
            as(refused).get("/api/embargo/supply-chains").then().statusCode(403);
        }
        given().get("/api/embargo/supply-chains/" + chain).then().statusCode(401);
        as(ADMIN).get("/api/embargo/supply-chains/not-a-uuid").then().statusCode(404);
    }

    private static String lot() {
        return "LOT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The seizure with this many items of ammunition of one lot in place of its rifle. */
    private static Map<String, Object> withLot(Map<String, Object> seizure, String lot, int items) {
        Map<String, Object> template = items(seizure).get(0);
        items(seizure).clear();
        for (int n = 1; n <= items; n++) {
            Map<String, Object> item = new HashMap<>(template);
            item.putAll(Map.of("id", UUID.randomUUID().toString(), "position", n, "category", "AMMUNITION", "quantity", 100,
                    "lotNumber", lot, "lotNumberNormalised", lot));
            items(seizure).add(item);
        }
        return seizure;
    }

    /** The seizure's rifle with this serial. */
    private static Map<String, Object> withSerial(Map<String, Object> seizure, int serial) {
        items(seizure).get(0).putAll(Map.of("make", "Zastava", "model", "M70", "serialNumber", "M70-" + serial,
                "serialNumberNormalised", "M70" + serial));
        return seizure;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> seizure) {
        return (List<Map<String, Object>>) seizure.get("items");
    }

    private static List<Map<String, Object>> findingsOf(Map<String, Object> seizure, String rule, int expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(ADMIN).queryParam("seizureId", seizure.get("id")).queryParam("rule", rule).get("/api/embargo/findings")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("$"),
                        list -> list.size() == expected);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json").log().ifValidationFails();
    }

    private static long marksOf(List<UUID> seizures) throws Throwable {
        return VertxContextSupport.<Long> subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select count(*) from ItemMark where seizureId in :ids", Long.class).setParameter("ids", seizures)
                .getSingleResult())));
    }

    private static void execute(String sql) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

}
