package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.embargo.parties.ListImportsForTests;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Seizure events sent to the real Kafka become findings in the real PostgreSQL. */
@QuarkusTest
class FindingsFromSeizureEventsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @ConfigProperty(name = "embargo.compliance.finding-topic")
    String findingTopic;

    SeizureEvents events;

    @BeforeEach
    void connect() {
        events = new SeizureEvents(bootstrapServers, seizureTopic);
    }

    @Test
    void shouldRaiseExactlyOneFindingWithItsCitationForAnItemInAnEmbargoedTerritoryEvenWhenTheEventComesTwice() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2020-03-01", "ARMED_GROUP", "Unidentified armed men");
        String key = seizure.get("id").toString();

        events.send(key, List.of(seizure, seizure));
        Map<String, Object> marker = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        events.send(key, List.of(marker));
        findingsOf(marker, 1);

        List<Map<String, Object>> findings = findingsOf(seizure, 1);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("rule", "EMBARGOED_TERRITORY").containsEntry("regimeCode", "CAR")
                    .containsEntry("citation", "S/RES/2127 (2013), para. 54").containsEntry("status", "OPEN")
                    .containsEntry("itemId", SeizureEvents.itemIdOf(seizure));
            assertThat(f.get("explanation").toString()).contains("CAF", "2020-03-01");
        });
    }

    @Test
    void shouldRaiseNothingBeforeTheRegimeStartedOrAfterItWasLiftedForTheHolder() throws Exception {
        Map<String, Object> before = SeizureEvents.seizure("CAF", "2013-11-30", "ARMED_GROUP", null);
        Map<String, Object> lifted = SeizureEvents.seizure("CAF", "2025-02-01", "GOVERNMENT_FORCES", "FACA");
        Map<String, Object> withoutItems = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        withoutItems.put("items", List.of());
        Map<String, Object> marker = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        String key = UUID.randomUUID().toString();

        events.send(key, List.of(before, lifted, withoutItems, marker));

        findingsOf(marker, 1);
        assertThat(findingsOf(before, 0)).isEmpty();
        assertThat(findingsOf(lifted, 0)).isEmpty();
        assertThat(findingsOf(withoutItems, 0)).isEmpty();
    }

    @Test
    void shouldJudgeASeizureByTheDateWhereItHappenedAsItsOffsetSays() throws Exception {
        Map<String, Object> firstHourInBangui = SeizureEvents.seizure("CAF", "2013-12-05", "ARMED_GROUP", null);
        firstHourInBangui.put("occurredAt", "2013-12-05T00:30:00+01:00");
        Map<String, Object> lastHourOfTheDayBefore = SeizureEvents.seizure("CAF", "2013-12-04", "ARMED_GROUP", null);
        lastHourOfTheDayBefore.put("occurredAt", "2013-12-04T23:30:00-01:00");
        Map<String, Object> marker = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        String key = UUID.randomUUID().toString();

        events.send(key, List.of(firstHourInBangui, lastHourOfTheDayBefore, marker));

        findingsOf(marker, 1);
        assertThat(findingsOf(firstHourInBangui, 1)).as("5 December in Bangui, the 4th in UTC").singleElement()
                .satisfies(f -> assertThat(f.get("explanation").toString()).contains("2013-12-05"));
        assertThat(findingsOf(lastHourOfTheDayBefore, 0)).as("4 December where it happened, the 5th in UTC").isEmpty();
    }

    @Test
    void shouldMatchAlShababWithTheListedEntityAndRememberADismissal() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();
        Map<String, Object> seizure = SeizureEvents.seizure("KEN", "2024-06-01", "ARMED_GROUP", "Al Shabab");
        events.send(seizure);

        Map<String, Object> finding = findingsOf(seizure, 1).get(0);
        assertThat(finding).containsEntry("rule", "DESIGNATED_PARTY").containsEntry("subject", "SOe.001")
                .containsEntry("regimeCode", "SOMALIA").containsEntry("citation", "S/RES/2713 (2023)");
        assertThat(finding.get("facts").toString()).contains("AL-SHABAB");

        as(ADMIN).body(Map.of("decision", "DISMISS", "reason", "The group calls itself Al Shabab but is a local youth militia."))
                .post("/api/embargo/findings/" + finding.get("id") + "/decision").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("decisions", hasSize(1));

        Map<String, Object> again = new HashMap<>(seizure);
        again.put("version", 1);
        Map<String, Object> sameName = SeizureEvents.seizure("KEN", "2024-07-01", "ARMED_GROUP", "AL-SHABAB");
        Map<String, Object> marker = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        events.send(seizure.get("id").toString(), List.of(again, sameName, marker));
        findingsOf(marker, 1);

        assertThat(findingsOf(seizure, 1)).singleElement().satisfies(f -> assertThat(f).containsEntry("status", "DISMISSED"));
        assertThat(findingsOf(sameName, 0)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldReachForcesReportedToActForAListedPartyWhereTheRegimeSaysSo() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();
        Map<String, Object> byName = SeizureEvents.seizure("YEM", "2016-05-01", "ARMED_GROUP", "Coastal defence unit");
        ((Map<String, Object>) byName.get("possessor")).put("actingFor", "Abdulmalik al-Houthi");
        Map<String, Object> byReference = SeizureEvents.seizure("YEM", "2016-05-02", "ARMED_GROUP", "Coastal defence unit");
        ((Map<String, Object>) byReference.get("possessor")).put("actingFor", "YEi.004");
        Map<String, Object> beforeTheEmbargo = SeizureEvents.seizure("YEM", "2015-04-13", "ARMED_GROUP", "Coastal defence unit");
        ((Map<String, Object>) beforeTheEmbargo.get("possessor")).put("actingFor", "Abdulmalik al-Houthi");

        events.send(byName.get("id").toString(), List.of(beforeTheEmbargo, byName, byReference));

        for (Map<String, Object> seizure : List.of(byName, byReference)) {
            assertThat(findingsOf(seizure, 1)).singleElement().satisfies(f -> {
                assertThat(f).containsEntry("rule", "DESIGNATED_PARTY").containsEntry("citation", "S/RES/2216 (2015), para. 14")
                        .containsEntry("subject", "YEi.004");
                assertThat(f.get("explanation").toString()).contains("reported to act for or at the direction of");
            });
        }
        assertThat(findingsOf(beforeTheEmbargo, 0)).isEmpty();
    }

    @Test
    void shouldJudgeAShipmentSeizedAtSeaByItsDestination() throws Exception {
        Map<String, Object> forTheArmy = SeizureEvents.seizure("OMN", "2024-03-10", "INDIVIDUAL", "dhow crew");
        forTheArmy.put("destination", Map.of("countryCode", "SOM", "recipient", "Somali National Army", "recipientKind", "GOVERNMENT_FORCES",
                "basis", "end-user certificate"));
        Map<String, Object> dhow = SeizureEvents.seizure("OMN", "2024-03-10", "INDIVIDUAL", "dhow crew");
        dhow.put("destination", Map.of("countryCode", "SOM", "basis", "cargo manifest"));

        events.send(dhow.get("id").toString(), List.of(forTheArmy, dhow));

        assertThat(findingsOf(dhow, 1)).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("rule", "EMBARGOED_TERRITORY").containsEntry("regimeCode", "SOMALIA")
                    .containsEntry("confidence", "MEDIUM");
            assertThat(f.get("explanation").toString()).contains("on its way to SOM (cargo manifest)");
        });
        assertThat(findingsOf(forTheArmy, 0)).as("bound for the Federal Government's forces, exempt under 2714").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDateAmmunitionByTheYearItsHeadstampReads() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("SOM", "2021-06-01", "ARMED_GROUP", null);
        ((List<Map<String, Object>>) seizure.get("items")).get(0).putAll(Map.of("category", "AMMUNITION", "quantity", 300,
                "headstamp", "539 19", "headstampNormalised", "53919", "headstampFactory", "Tula Cartridge Works", "headstampYear", 2019));

        events.send(seizure);

        assertThat(findingsOf(seizure, 2)).filteredOn(f -> "SUPPLY_AFTER_EMBARGO".equals(f.get("rule"))).singleElement()
                .satisfies(f -> {
                    assertThat(f).containsEntry("confidence", "MEDIUM");
                    assertThat(f.get("explanation").toString()).contains("Made in 2019 (as its headstamp 539 19 reads)");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldLinkTheSameLotAndCloseSerialsToAnEarlierSeizureUnderAnEmbargo() throws Exception {
        String lot = "LOT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int serial = 100_000 + (int) (Math.random() * 800_000);
        Map<String, Object> somali = SeizureEvents.seizure("SOM", "2024-02-01", "ARMED_GROUP", null);
        Map<String, Object> rounds = ((List<Map<String, Object>>) somali.get("items")).get(0);
        rounds.putAll(Map.of("category", "AMMUNITION", "lotNumber", lot, "lotNumberNormalised", lot));
        Map<String, Object> rifle = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "position", 2, "category", "ASSAULT_RIFLE",
                "make", "Zastava", "model", "M70", "serialNumber", "M70-" + serial, "serialNumberNormalised", "M70" + serial,
                "quantity", 1, "markingState", "INTACT", "status", "RECORDED"));
        ((List<Map<String, Object>>) somali.get("items")).add(rifle);
        Map<String, Object> kenyan = SeizureEvents.seizure("KEN", "2024-05-01", "UNKNOWN", null);
        List<Map<String, Object>> kenyanItems = (List<Map<String, Object>>) kenyan.get("items");
        kenyanItems.get(0).putAll(Map.of("category", "AMMUNITION", "lotNumber", lot.toLowerCase(), "lotNumberNormalised", lot));
        kenyanItems.add(new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "position", 2, "category", "ASSAULT_RIFLE",
                "make", "Zastava", "model", "M-70", "serialNumber", "M70 " + (serial + 3), "serialNumberNormalised", "M70" + (serial + 3),
                "quantity", 1, "markingState", "INTACT", "status", "RECORDED")));

        events.send(somali.get("id").toString(), List.of(somali, kenyan));

        List<Map<String, Object>> findings = findingsOf(kenyan, 2);
        assertThat(findings).allSatisfy(f -> assertThat(f).containsEntry("rule", "COMMON_SUPPLY_CHAIN").containsEntry("regimeCode", "SOMALIA"));
        assertThat(findings).extracting(f -> ((Map<String, Object>) f.get("facts")).get("link"))
                .containsExactlyInAnyOrder("SAME_LOT", "CLOSE_SERIALS");
        assertThat(findings).extracting(f -> f.get("explanation").toString())
                .anySatisfy(text -> assertThat(text).contains("Same lot " + lot.toLowerCase(), somali.get("reference").toString()))
                .anySatisfy(text -> assertThat(text).contains("is close to serial M70" + serial + " (Zastava M-70)"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldShowAPanelALinkToARecordOutsideItsScopeWithoutNamingThatRecord() throws Exception {
        String lot = "LOT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> congolese = SeizureEvents.seizure("COD", "2024-02-01", "ARMED_GROUP", null);
        Map<String, Object> central = SeizureEvents.seizure("CAF", "2024-05-01", "ARMED_GROUP", null);
        for (Map<String, Object> seizure : List.of(congolese, central)) {
            ((List<Map<String, Object>>) seizure.get("items")).get(0)
                    .putAll(Map.of("category", "AMMUNITION", "lotNumber", lot, "lotNumberNormalised", lot));
        }
        String hidden = congolese.get("reference").toString();

        events.send(congolese.get("id").toString(), List.of(congolese, central));

        Map<String, Object> asAdmin = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> linkOf(ADMIN, central), Objects::nonNull);
        assertThat(asAdmin.get("explanation").toString()).contains(hidden);
        Map<String, Object> asCarPanel = linkOf(PANEL_EXPERT, central);
        assertThat(asCarPanel.get("explanation").toString()).doesNotContain(hidden).contains("outside your scope (COD)", lot);
        assertThat((Map<String, Object>) asCarPanel.get("facts")).containsEntry("link", "SAME_LOT")
                .containsEntry("otherSeizures", List.of(Map.of("country", "COD", "seizure", "outside your scope")));
        assertThat(asCarPanel.get("subject")).as("the supply chain, whose page shows the panel only what its scope covers")
                .isEqualTo(asAdmin.get("subject"));
        assertThat(findingEvent(asAdmin.get("id").toString(), "FINDING_RAISED").prettify()).doesNotContain(hidden);
    }

    /** The seizure's finding that links it to another record, as the user sees it, or null while there is none. */
    private static Map<String, Object> linkOf(DemoUser user, Map<String, Object> seizure) {
        List<Map<String, Object>> links = as(user).queryParam("seizureId", seizure.get("id")).queryParam("rule", "COMMON_SUPPLY_CHAIN")
                .get("/api/embargo/findings").then().statusCode(200).extract().jsonPath().getList("$");
        return links.isEmpty() ? null : links.get(0);
    }

    @Test
    void shouldLetAPanelExpertConfirmAFindingOnceWithAnAuditedReason() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2021-05-05", "ARMED_GROUP", null);
        events.send(seizure);
        String id = findingsOf(seizure, 1).get(0).get("id").toString();

        as(PANEL_EXPERT).body(Map.of("decision", "CONFIRM", "reason", "short")).post("/api/embargo/findings/" + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("reason"));
        as(PANEL_EXPERT).get("/api/embargo/findings/" + id).then().body("status", equalTo("OPEN"))
                .body("label", equalTo("possible breach, not reviewed"));

        as(PANEL_EXPERT).body(Map.of("decision", "CONFIRM", "reason", "Inspected in Bria; serial traced to a 2019 transfer."))
                .post("/api/embargo/findings/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("label", equalTo("confirmed violation"))
                .body("decisions[0].decidedBy", equalTo("panel.expert"));
        as(PANEL_EXPERT).body(Map.of("decision", "DISMISS", "reason", "Changed my mind about this one."))
                .post("/api/embargo/findings/" + id + "/decision").then().statusCode(409).contentType(PROBLEM_JSON);

        as(COMMITTEE_MEMBER).queryParam("seizureId", seizure.get("id")).get("/api/embargo/findings").then().statusCode(200)
                .body("id", hasItem(id));
        as(COMMITTEE_MEMBER).body(Map.of("decision", "DISMISS", "reason", "Committee members do not decide."))
                .post("/api/embargo/findings/" + id + "/decision").then().statusCode(403);
        as(MISSION_OFFICER).get("/api/embargo/findings").then().statusCode(403).contentType(PROBLEM_JSON);
        as(PANEL_EXPERT).queryParam("seizureId", "not-a-uuid").get("/api/embargo/findings").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("seizureId"));

        JsonPath event = findingEvent(id, "FINDING_REVIEWED");
        assertThat(event.getString("finding.status")).isEqualTo("CONFIRMED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListFindingsAPageAtATimeNewestChangeFirst() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2021-06-01", "ARMED_GROUP", null);
        List<Map<String, Object>> items = (List<Map<String, Object>>) seizure.get("items");
        for (int position = 2; position <= 3; position++) {
            Map<String, Object> item = new HashMap<>(items.get(0));
            item.put("id", UUID.randomUUID().toString());
            item.put("position", position);
            items.add(item);
        }
        events.send(seizure);
        List<String> all = findingsOf(seizure, 3).stream().map(f -> f.get("id").toString()).toList();

        List<String> first = as(ADMIN).queryParam("seizureId", seizure.get("id")).queryParam("size", 2).get("/api/embargo/findings")
                .then().statusCode(200).extract().path("id");
        List<String> second = as(ADMIN).queryParam("seizureId", seizure.get("id")).queryParam("size", 2).queryParam("page", 1)
                .get("/api/embargo/findings").then().statusCode(200).extract().path("id");
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(Stream.concat(first.stream(), second.stream()).toList()).isEqualTo(all);
        as(ADMIN).queryParam("size", 0).get("/api/embargo/findings").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("size"));
        as(ADMIN).queryParam("page", -1).get("/api/embargo/findings").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void shouldRefuseADecisionOnAFindingThatARecheckChangedSinceTheExpertReadIt() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2021-06-01", "ARMED_GROUP", null);
        events.send(seizure);
        Map<String, Object> read = findingsOf(seizure, 1).get(0);
        int versionRead = ((Number) read.get("version")).intValue();

        Map<String, Object> corrected = new HashMap<>(seizure);
        corrected.put("version", 1);
        corrected.put("occurredAt", "2021-06-03T09:30:00+01:00");
        events.send(seizure.get("id").toString(), List.of(corrected));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(ADMIN).get("/api/embargo/findings/" + read.get("id")).then()
                .extract().jsonPath().getInt("version") > versionRead);

        as(PANEL_EXPERT).body(Map.of("decision", "CONFIRM", "reason", "Seen in the inspection report.", "version", versionRead))
                .post("/api/embargo/findings/" + read.get("id") + "/decision").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("version"));
        int current = as(PANEL_EXPERT).get("/api/embargo/findings/" + read.get("id")).then().extract().jsonPath().getInt("version");
        as(PANEL_EXPERT).body(Map.of("decision", "CONFIRM", "reason", "Seen in the inspection report.", "version", current))
                .post("/api/embargo/findings/" + read.get("id") + "/decision").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldShowCommitteeMembersOnlyConfirmedFindingsAndPanelsOnlyTheirCountries() throws Exception {
        Map<String, Object> somali = SeizureEvents.seizure("SOM", "2021-05-05", "ARMED_GROUP", null);
        events.send(somali);
        String id = findingsOf(somali, 1).get(0).get("id").toString();

        as(PANEL_EXPERT).get("/api/embargo/findings/" + id).then().statusCode(404);
        as(PANEL_EXPERT).get("/api/embargo/findings").then().statusCode(200).body("countryCode", everyItem(equalTo("CAF")));
        as(ADMIN).get("/api/embargo/findings").then().statusCode(200).body("id", hasItem(id));
        as(PANEL_EXPERT).queryParam("seizureId", somali.get("id")).get("/api/embargo/findings").then().body("$", hasSize(0));
        as(COMMITTEE_MEMBER).get("/api/embargo/findings/" + id).then().statusCode(404);
        as(COMMITTEE_MEMBER).queryParam("status", "OPEN").get("/api/embargo/findings").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldEvaluateStoredRecordsAgainWhenARegimeVersionIsAddedAndReportProgress() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("ZZZ", "2024-03-01", "ARMED_GROUP", null);
        Map<String, Object> marker = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        events.send(seizure.get("id").toString(), List.of(seizure, marker));
        findingsOf(marker, 1);
        assertThat(findingsOf(seizure, 0)).isEmpty();

        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);

        List<Map<String, Object>> findings = findingsOf(seizure, 1);
        assertThat(findings.get(0)).containsEntry("regimeCode", code).containsEntry("citation", "S/RES/9999 (2020), para. 1");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(ADMIN).get("/api/embargo/evaluations").then().extract().jsonPath()
                .getString("find { it.reason.contains('" + code + "') }.status").equals("DONE"));
        JsonPath done = as(ADMIN).get("/api/embargo/evaluations").then().extract().jsonPath();
        assertThat(done.getInt("find { it.reason.contains('" + code + "') }.percentDone")).isEqualTo(100);
        assertThat(done.getInt("find { it.reason.contains('" + code + "') }.recordsDone")).isPositive();
    }

    /** Waits until the seizure has exactly the expected number of findings, and answers them (admin's view). */
    private List<Map<String, Object>> findingsOf(Map<String, Object> seizure, int expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(ADMIN).queryParam("seizureId", seizure.get("id")).get("/api/embargo/findings")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("$"),
                        list -> list.size() == expected);
    }

    /** The event of the finding, read from the last minutes of the topic (other tests fill it with thousands). */
    private JsonPath findingEvent(String findingId, String type) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(findingTopic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            long since = Instant.now().minusSeconds(120).toEpochMilli();
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, since));
            consumer.offsetsForTimes(times).forEach((partition, offset) -> {
                if (offset == null) {
                    consumer.seekToEnd(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            });
            AtomicReference<JsonPath> found = new AtomicReference<>();
            await("the " + type + " event of finding " + findingId).atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonPath event = record.value().contains(findingId) ? new JsonPath(record.value()) : null;
                    if (event != null && findingId.equals(event.getString("finding.id")) && type.equals(event.getString("type"))) {
                        found.set(event);
                    }
                }
                return found.get() != null;
            });
            return found.get();
        }
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json").log().ifValidationFails();
    }

    private static Map<String, Object> regime(String code) {
        return Map.of("code", code, "name", "Test territory", "committee", "Test committee", "establishedBy", "S/RES/9999 (2020)",
                "establishedOn", "2020-01-01", "summary", "A regime for the test.", "source", "https://example.org/test",
                "listTypes", List.of(),
                "versions", List.of(Map.of("effectiveFrom", "2020-01-01", "setBy", "S/RES/9999 (2020), para. 1",
                        "source", "https://example.org/test", "summary", "Territorial.",
                        "terms", Map.of("kind", "TERRITORIAL",
                                "territory", Map.of("countries", List.of("ZZZ"), "citation", "S/RES/9999 (2020), para. 1"),
                                "targets", Map.of("designatedParties", true, "citation", "S/RES/9999 (2020), para. 1"),
                                "materiel", Map.of("description", "Arms", "citation", "S/RES/9999 (2020), para. 1"),
                                "governmentForces", Map.of("treatment", "COVERED", "citation", "S/RES/9999 (2020), para. 1")))));
    }
}
