package org.embargomonitor.embargo.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.embargomonitor.embargo.parties.DesignatedParty;
import org.embargomonitor.embargo.parties.PartyKind;
import org.embargomonitor.embargo.parties.PartyMatch;
import org.embargomonitor.embargo.regime.CatalogueForTests;
import org.embargomonitor.embargo.regime.RegimeBook;
import org.embargomonitor.platform.security.ReadScope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule against the shipped regime catalogue: when it fires, and when it must not. */
class ComplianceRulesTest {

    private static final RegimeBook CATALOGUE = CatalogueForTests.book();
    private static final SupplyLinks NO_RELATED = SupplyLinks.NONE;

    @Nested
    class EmbargoedTerritory {

        @Test
        void shouldFireForAnArmedGroupsRifleInsideTheCentralAfricanRepublicIn2020WithTheCitation() {
            List<RaisedFinding> findings = evaluate(seizure("CAF", "2020-03-01", "ARMED_GROUP", rifle()));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.EMBARGOED_TERRITORY);
                assertThat(f.regimeCode()).isEqualTo("CAR");
                assertThat(f.citation()).isEqualTo("S/RES/2127 (2013), para. 54");
                assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
                assertThat(f.facts()).containsEntry("countryCode", "CAF").containsEntry("seizureDate", "2020-03-01");
            });
        }

        @Test
        void shouldNotFireForASeizureBeforeTheRegimeStarted() {
            assertThat(evaluate(seizure("CAF", "2013-12-04", "ARMED_GROUP", rifle()))).isEmpty();
        }

        @Test
        void shouldJudgeASeizureByTheDateWhereItHappenedNotTheDateInUtc() {
            SeizureFacts firstHourInBangui = seizureAt("CAF", OffsetDateTime.parse("2013-12-05T00:30:00+01:00"), "ARMED_GROUP", rifle());
            SeizureFacts lastHourOfTheDayBefore = seizureAt("CAF", OffsetDateTime.parse("2013-12-04T23:30:00-01:00"), "ARMED_GROUP", rifle());

            assertThat(evaluate(firstHourInBangui)).as("5 December in Bangui, still the 4th in UTC").singleElement()
                    .satisfies(f -> assertThat(f.facts()).containsEntry("seizureDate", "2013-12-05"));
            assertThat(evaluate(lastHourOfTheDayBefore)).as("4 December where it happened, already the 5th in UTC").isEmpty();
        }

        @Test
        void shouldNotFireForGovernmentForcesAfterTheEmbargoWasLiftedForThem() {
            assertThat(evaluate(seizure("CAF", "2025-01-15", "GOVERNMENT_FORCES", rifle()))).isEmpty();
            assertThat(evaluate(seizure("SOM", "2024-05-01", "GOVERNMENT_FORCES", rifle()))).isEmpty();
        }

        @Test
        void shouldFireForAnArmedGroupUnderTheTargetedEmbargoThatReplacedTheTerritorialOne() {
            assertThat(evaluate(seizure("CAF", "2025-01-15", "ARMED_GROUP", rifle()))).singleElement().satisfies(f -> {
                assertThat(f.citation()).isEqualTo("S/RES/2745 (2024)");
                assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
            });
        }

        @Test
        void shouldNotFireForMaterielTheRegimeDoesNotCover() {
            SeizureFacts.Item explosive = item("EXPLOSIVE", null, "INTACT", null);

            assertThat(evaluate(seizure("HTI", "2024-02-01", "ARMED_GROUP", explosive))).isEmpty();
            assertThat(evaluate(seizure("HTI", "2024-02-01", "ARMED_GROUP", rifle()))).extracting(RaisedFinding::regimeCode)
                    .containsExactly("HAITI");
        }

        @Test
        void shouldFireOnlyInsideTheAreaOfAnEmbargoLimitedToPartOfACountry() {
            assertThat(evaluate(seizureIn("SDN", "North Darfur"))).singleElement()
                    .extracting(RaisedFinding::confidence).isEqualTo(Confidence.HIGH);
            assertThat(evaluate(seizureIn("SDN", "Khartoum"))).isEmpty();
            assertThat(evaluate(seizureIn("SDN", null))).singleElement()
                    .extracting(RaisedFinding::confidence).isEqualTo(Confidence.LOW);
        }

        @Test
        void shouldNotFireOutsideEveryEmbargoedTerritory() {
            assertThat(evaluate(seizure("KEN", "2024-02-01", "ARMED_GROUP", rifle()))).isEmpty();
        }
    }

    @Nested
    class DesignatedPartyRule {

        @Test
        void shouldFireForItemsSeizedFromAListedPartyOfTheRegime() {
            SeizureFacts seizure = seizure("KEN", "2024-02-01", "ARMED_GROUP", rifle());

            List<RaisedFinding> findings = ComplianceRules.evaluate(seizure, CATALOGUE, matched(shabaab(0.98)), NO_RELATED).findings();

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.DESIGNATED_PARTY);
                assertThat(f.regimeCode()).isEqualTo("SOMALIA");
                assertThat(f.subject()).isEqualTo("SOe.001");
                assertThat(f.citation()).isEqualTo("S/RES/2713 (2023)");
                assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
                assertThat(f.facts()).containsEntry("matchedName", "AL-SHABAB");
            });
        }

        @Test
        void shouldLowerTheConfidenceOfAWeakerMatchOrOfAPartyPossiblyDelistedByThen() {
            SeizureFacts seizure = seizure("KEN", "2024-02-01", "ARMED_GROUP", rifle());
            PartyMatch maybeDelisted = new PartyMatch("SOe.001", "AL-SHABAAB", "Somalia", PartyKind.ENTITY, "AL-SHABAB", "a.k.a.",
                    1.0, List.of(), DesignatedParty.Listing.MAYBE_DELISTED, LocalDate.parse("2010-04-12"), LocalDate.parse("2026-05-08"));

            assertThat(ComplianceRules.evaluate(seizure, CATALOGUE, matched(shabaab(0.88)), NO_RELATED).findings())
                    .extracting(RaisedFinding::confidence).containsExactly(Confidence.LOW);
            assertThat(ComplianceRules.evaluate(seizure, CATALOGUE, matched(maybeDelisted), NO_RELATED).findings())
                    .singleElement().satisfies(f -> assertThat(f.explanation()).contains("may have been de-listed"));
        }

        @Test
        void shouldNotFireForAPartyOfAListWithoutArmsEmbargo() {
            PartyMatch guineaBissau = new PartyMatch("GBi.001", "A NAME", "GB", PartyKind.INDIVIDUAL, "A NAME", "listed name", 1.0,
                    List.of(), DesignatedParty.Listing.LISTED, LocalDate.parse("2012-05-18"), null);

            assertThat(ComplianceRules.evaluate(seizure("KEN", "2024-02-01", "INDIVIDUAL", rifle()), CATALOGUE,
                    matched(guineaBissau), NO_RELATED).findings()).isEmpty();
        }

        @Test
        void shouldFireForAGroupTheRegimeNamesWithoutAListEntry() {
            SeizureFacts seizure = seizureHeldBy("YEM", "2023-03-01", "Houthi fighters");

            assertThat(evaluate(seizure)).singleElement().satisfies(f -> {
                assertThat(f.regimeCode()).isEqualTo("YEMEN");
                assertThat(f.subject()).isEqualTo("group:Houthis");
                assertThat(f.citation()).isEqualTo("S/RES/2624 (2022)");
            });
            assertThat(evaluate(seizureHeldBy("YEM", "2021-03-01", "Houthi fighters"))).isEmpty();
        }

        @Test
        void shouldNotRaiseTheGroupWhenItsListedPartyMatchedOrWasDismissed() {
            SeizureFacts seizure = seizureHeldBy("KEN", "2024-02-01", "Al Shabab");

            assertThat(ComplianceRules.evaluate(seizure, CATALOGUE, matched(shabaab(1.0)), NO_RELATED).findings())
                    .extracting(RaisedFinding::subject).containsExactly("SOe.001");
            assertThat(ComplianceRules.evaluate(seizure, CATALOGUE,
                    new PossessorMatches(List.of(), List.of(shabaab(1.0)), Set.of("SOe.001")), NO_RELATED).findings()).isEmpty();
            assertThat(evaluate(seizure)).extracting(RaisedFinding::subject).containsExactly("group:Al-Shabaab");
        }

        @Test
        void shouldStillRaiseTheGroupWhenAnExpertDismissedAMatchToAnotherPartyOfTheList() {
            SeizureFacts seizure = seizureHeldBy("SOM", "2024-02-01", "Al Shabab fighters led by Ahmed Diriye");
            PartyMatch anotherParty = new PartyMatch("SOi.001", "AHMED DIRIYE", "Somalia", PartyKind.INDIVIDUAL, "AHMED DIRIYE",
                    "listed name", 0.91, List.of(), DesignatedParty.Listing.LISTED, LocalDate.parse("2015-09-24"), null);

            assertThat(ComplianceRules.evaluate(seizure, CATALOGUE,
                    new PossessorMatches(List.of(), List.of(anotherParty), Set.of("SOi.001")), NO_RELATED).findings())
                    .extracting(RaisedFinding::subject).contains("group:Al-Shabaab");
        }
    }

    @Nested
    class SupplyAfterEmbargo {

        @Test
        void shouldFireForRoundsMadeAfterTheEmbargoBegan() {
            SeizureFacts.Item rounds = item("AMMUNITION", 2020, "INTACT", "LOT-17");

            assertThat(evaluate(seizure("SOM", "2021-06-01", "ARMED_GROUP", rounds))).extracting(RaisedFinding::rule)
                    .containsExactlyInAnyOrder(Rule.EMBARGOED_TERRITORY, Rule.SUPPLY_AFTER_EMBARGO);
        }

        @Test
        void shouldNotFireForItemsMadeBeforeTheEmbargoOrOutsideAnyEmbargo() {
            assertThat(evaluate(seizure("SOM", "2021-06-01", "ARMED_GROUP", item("ASSAULT_RIFLE", 1985, "INTACT", null))))
                    .extracting(RaisedFinding::rule).containsExactly(Rule.EMBARGOED_TERRITORY);
            assertThat(evaluate(seizure("KEN", "2021-06-01", "ARMED_GROUP", item("AMMUNITION", 2020, "INTACT", null)))).isEmpty();
        }

        @Test
        void shouldReadTheYearFromTheHeadstampWhenNoneWasRecordedOneStepLessSure() {
            SeizureFacts.Item rounds = new SeizureFacts.Item(UUID.randomUUID(), 1, "AMMUNITION", null, null, "7.62x39mm", null, null, 300,
                    null, null, null, "539 19", "53919", 2019, null, null, "INTACT", "RECORDED", null, null);
            SeizureFacts.Item older = new SeizureFacts.Item(UUID.randomUUID(), 2, "AMMUNITION", null, null, "7.62x39mm", null, null, 300,
                    null, null, null, "539 85", "53985", 1985, null, null, "INTACT", "RECORDED", null, null);

            assertThat(evaluate(seizure("SOM", "2021-06-01", "ARMED_GROUP", rounds))).filteredOn(f -> f.rule() == Rule.SUPPLY_AFTER_EMBARGO)
                    .singleElement().satisfies(f -> {
                        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
                        assertThat(f.explanation()).startsWith("Made in 2019 (as its headstamp 539 19 reads), after the embargo");
                        assertThat(f.facts()).containsEntry("yearReadFrom", "headstamp").containsEntry("yearOfManufacture", 2019);
                    });
            assertThat(evaluate(seizure("SOM", "2021-06-01", "ARMED_GROUP", older))).extracting(RaisedFinding::rule)
                    .doesNotContain(Rule.SUPPLY_AFTER_EMBARGO);
        }
    }

    @Nested
    class MarksObliterated {

        @Test
        void shouldFireForObliteratedMarksUnderAnEmbargo() {
            assertThat(evaluate(seizure("LBY", "2019-06-01", "ARMED_GROUP", item("ASSAULT_RIFLE", null, "OBLITERATED", null))))
                    .filteredOn(f -> f.rule() == Rule.MARKS_OBLITERATED).singleElement()
                    .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.HIGH));
        }

        @Test
        void shouldNotFireForIntactMarksOrOutsideAnyEmbargo() {
            assertThat(evaluate(seizure("LBY", "2019-06-01", "ARMED_GROUP", rifle())))
                    .noneMatch(f -> f.rule() == Rule.MARKS_OBLITERATED);
            assertThat(evaluate(seizure("KEN", "2019-06-01", "ARMED_GROUP", item("ASSAULT_RIFLE", null, "OBLITERATED", null))))
                    .isEmpty();
        }
    }

    @Nested
    class UnnotifiedGovernmentDelivery {

        @Test
        void shouldFireWhenTheRecordSaysADeliveryToGovernmentForcesWasNotNotified() {
            assertThat(evaluate(delivery("CAF", "2020-03-01", "NOT_NOTIFIED"))).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.UNNOTIFIED_GOVERNMENT_DELIVERY);
                assertThat(f.citation()).isEqualTo("S/RES/2488 (2019)");
            });
        }

        @Test
        void shouldNotFireWhenNotifiedOrWhenTheRegimeNoLongerAsksForNotification() {
            assertThat(evaluate(delivery("CAF", "2020-03-01", "NOTIFIED"))).isEmpty();
            assertThat(evaluate(delivery("CAF", "2023-09-01", "NOT_NOTIFIED"))).isEmpty();
            assertThat(evaluate(delivery("COD", "2023-02-01", "NOT_NOTIFIED"))).isEmpty();
        }
    }

    @Nested
    class CommonSupplyChain {

        private final UUID chain = UUID.randomUUID();

        @Test
        void shouldFireForTheSameLotAlreadySeenUnderAnEmbargoCitingTheChain() {
            SeizureFacts.Item rounds = item("AMMUNITION", null, "INTACT", "LOT-17");
            SeizureFacts seizure = seizure("KEN", "2024-02-01", "UNKNOWN", rounds);
            RelatedItem somaliRounds = related(RelatedItem.Link.SAME_LOT, "SOMALIA");

            List<RaisedFinding> findings = ComplianceRules.evaluate(seizure, CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), List.of(somaliRounds)))).findings();

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.COMMON_SUPPLY_CHAIN);
                assertThat(f.regimeCode()).isEqualTo("SOMALIA");
                assertThat(f.subject()).isEqualTo(chain.toString());
                assertThat(f.explanation()).contains("Same lot LOT-17", "SOM-2023-0001 (SOM, 2023-05-01)", chain.toString().substring(0, 8));
                assertThat(f.facts()).containsEntry("supplyChain", chain.toString()).containsEntry("linkedItems", 1L);
            });
        }

        @Test
        void shouldRaiseOneFindingPerChainHoweverManyItemsAndSeizuresItLinks() {
            SeizureFacts.Item rounds = item("AMMUNITION", null, "INTACT", "LOT-17");
            SeizureFacts.Item moreRounds = new SeizureFacts.Item(UUID.randomUUID(), 2, "AMMUNITION", null, null, "7.62x39mm", null, null,
                    500, null, null, null, null, null, null, "LOT-17", "LOT-17", "INTACT", "RECORDED", null, null);
            SeizureFacts seizure = new SeizureFacts(UUID.randomUUID(), "TEST-KEN", "UNMISS", OffsetDateTime.parse("2024-02-01T10:00:00Z"),
                    "KEN", null, null, "SEIZED", new SeizureFacts.Possessor("UNKNOWN", null, null, null, null), List.of(rounds, moreRounds),
                    0, null, null, null);
            List<RelatedItem> others = IntStream.range(0, 40).mapToObj(n -> new RelatedItem(UUID.randomUUID(), UUID.randomUUID(),
                    "SOM-2023-" + (1000 + n), "SOM", LocalDate.parse("2023-05-01").plusDays(n), RelatedItem.Link.SAME_LOT, "lot LOT-17",
                    "SOMALIA", UUID.randomUUID(), "S/RES/733 (1992), para. 5", null)).toList();

            List<RaisedFinding> findings = ComplianceRules.evaluate(seizure, CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), others, moreRounds.id(), others))).findings();

            assertThat(findings).as("one finding for the chain, not one per pair of items").singleElement().satisfies(f -> {
                assertThat(f.itemId()).isEqualTo(rounds.id());
                assertThat(f.explanation()).contains("linked to 40 items of 40 other seizures", "SOM-2023-1000 (SOM, 2023-05-01)",
                        "and 35 more").doesNotContain("SOM-2023-1005");
                assertThat(f.facts()).containsEntry("items", List.of(1, 2)).containsEntry("otherCountries", List.of("SOM"));
            });
        }

        @Test
        void shouldNeverCiteAResolutionAdoptedAfterTheSeizure() {
            SeizureFacts.Item rounds = item("AMMUNITION", null, "INTACT", "LOT-17");
            RelatedItem haitianRounds = new RelatedItem(UUID.randomUUID(), UUID.randomUUID(), "HTI-2024-0001", "HTI",
                    LocalDate.parse("2024-05-01"), RelatedItem.Link.SAME_LOT, "lot LOT-17", "HAITI", UUID.randomUUID(), "S/RES/2699 (2023)", null);

            assertThat(ComplianceRules.evaluate(seizure("DOM", "2021-02-01", "UNKNOWN", rounds), CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), List.of(haitianRounds)))).findings())
                    .as("the Haitian embargo of 2023 was not in force in 2021").isEmpty();
            assertThat(ComplianceRules.evaluate(seizure("DOM", "2024-02-01", "UNKNOWN", rounds), CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), List.of(haitianRounds)))).findings()).singleElement()
                    .satisfies(f -> assertThat(f.citation()).isEqualTo("S/RES/2699 (2023)"));
        }

        @Test
        void shouldNotFireWhenNeitherSeizureIsUnderAnEmbargo() {
            SeizureFacts.Item rounds = item("AMMUNITION", null, "INTACT", "LOT-17");

            assertThat(ComplianceRules.evaluate(seizure("KEN", "2024-02-01", "UNKNOWN", rounds), CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), List.of(related(RelatedItem.Link.SAME_LOT, null))))).findings()).isEmpty();
        }

        @Test
        void shouldHideFromAPanelOnlyTheSeizuresOutsideItsScope() {
            SeizureFacts.Item rounds = item("AMMUNITION", null, "INTACT", "LOT-17");
            RelatedItem inScope = new RelatedItem(UUID.randomUUID(), UUID.randomUUID(), "CAF-2024-0001", "CAF",
                    LocalDate.parse("2024-01-05"), RelatedItem.Link.SAME_LOT, "lot LOT-17", "CAR", UUID.randomUUID(), "S/RES/2693 (2023)", null);
            RelatedItem outside = new RelatedItem(UUID.randomUUID(), UUID.randomUUID(), "SOM-2024-0002", "SOM",
                    LocalDate.parse("2024-01-09"), RelatedItem.Link.SAME_LOT, "lot LOT-17", "SOMALIA", UUID.randomUUID(), "S/RES/2713 (2023)", null);
            RaisedFinding raised = ComplianceRules.evaluate(seizure("CAF", "2024-02-01", "UNKNOWN", rounds), CATALOGUE, PossessorMatches.NONE,
                    inChain(Map.of(rounds.id(), List.of(inScope, outside)))).findings().stream()
                    .filter(f -> f.rule() == Rule.COMMON_SUPPLY_CHAIN).findFirst().orElseThrow();
            Finding finding = new Finding();
            finding.rule = raised.rule();
            finding.explanation = raised.explanation();
            finding.facts = raised.facts();
            finding.subject = raised.subject();
            finding.status = FindingStatus.OPEN;

            FindingView seen = FindingView.of(finding, List.of()).within(new ReadScope(false, Set.of(), Set.of("CAF")));

            assertThat(seen.explanation()).contains("CAF-2024-0001 (CAF, 2024-01-05)", "a seizure outside your scope (SOM)")
                    .doesNotContain("SOM-2024-0002");
            assertThat(seen.facts().get("otherSeizures").toString()).contains("CAF-2024-0001").doesNotContain("SOM-2024-0002");
            assertThat(FindingView.of(finding, List.of()).within(ReadScope.EVERYTHING).explanation()).contains("SOM-2024-0002");
        }

        @Test
        void shouldHideTheRecordAFindingRaisedBeforeSupplyChainsNamedWhenItIsOutsideThePanelsScope() {
            Finding former = new Finding();
            former.rule = Rule.COMMON_SUPPLY_CHAIN;
            former.status = FindingStatus.CONFIRMED;
            former.subject = UUID.randomUUID().toString();
            former.explanation = "Same lot LOT-17 as an item of seizure SOM-2023-0001 (SOM, 2023-05-01) under the embargo on SOMALIA:"
                    + " a possible common supply chain.";
            former.facts = Map.of("link", "SAME_LOT", "otherItem", former.subject, "otherSeizure", "SOM-2023-0001", "otherCountry", "SOM",
                    "otherSeizedOn", "2023-05-01");

            FindingView seen = FindingView.of(former, List.of()).within(new ReadScope(false, Set.of(), Set.of("CAF")));

            assertThat(seen.explanation()).doesNotContain("SOM-2023-0001").contains("outside your scope (SOM)");
            assertThat(seen.facts()).doesNotContainKeys("otherItem", "otherSeizure", "otherSeizedOn").containsEntry("link", "SAME_LOT");
            assertThat(seen.facts().toString()).doesNotContain("SOM-2023-0001");
            assertThat(seen.subject()).isNull();
        }

        private SupplyLinks inChain(Map<UUID, List<RelatedItem>> related) {
            Map<UUID, UUID> chains = new HashMap<>();
            related.keySet().forEach(item -> chains.put(item, chain));
            return new SupplyLinks(related, chains);
        }
    }

    @Test
    void shouldRaiseTheSameFindingsWithTheSameKeysEveryTime() {
        SeizureFacts seizure = seizure("SOM", "2021-06-01", "ARMED_GROUP", item("AMMUNITION", 2020, "PARTLY_OBLITERATED", "L1"));

        assertThat(evaluate(seizure).stream().map(f -> f.key(seizure.id())))
                .containsExactlyElementsOf(evaluate(seizure).stream().map(f -> f.key(seizure.id())).toList())
                .doesNotHaveDuplicates();
    }

    private static List<RaisedFinding> evaluate(SeizureFacts seizure) {
        return ComplianceRules.evaluate(seizure, CATALOGUE, PossessorMatches.NONE, NO_RELATED).findings();
    }

    private static PossessorMatches matched(PartyMatch match) {
        return new PossessorMatches(List.of(match), List.of(), Set.of());
    }

    private static PartyMatch shabaab(double score) {
        return new PartyMatch("SOe.001", "AL-SHABAAB", "Somalia", PartyKind.ENTITY, "AL-SHABAB", "a.k.a.", score,
                List.of("'shabab' ~ 'shabab' (same, 1.00)"), DesignatedParty.Listing.LISTED, LocalDate.parse("2010-04-12"), null);
    }

    private static RelatedItem related(RelatedItem.Link link, String regime) {
        return new RelatedItem(UUID.randomUUID(), UUID.randomUUID(), "SOM-2023-0001", "SOM", LocalDate.parse("2023-05-01"), link,
                "lot LOT-17", regime, regime == null ? null : UUID.randomUUID(), regime == null ? null : "S/RES/733 (1992), para. 5", null);
    }

    private static SeizureFacts seizure(String country, String date, String possessorKind, SeizureFacts.Item item) {
        return seizureAt(country, OffsetDateTime.parse(date + "T10:00:00Z"), possessorKind, item);
    }

    private static SeizureFacts seizureAt(String country, OffsetDateTime at, String possessorKind, SeizureFacts.Item item) {
        return new SeizureFacts(UUID.randomUUID(), "TEST-" + country, "MINUSCA", at, country, null, null, "SEIZED",
                new SeizureFacts.Possessor(possessorKind, null, null, null, null), List.of(item), 0, null, null, null);
    }

    private static SeizureFacts seizureIn(String country, String adminArea) {
        return new SeizureFacts(UUID.randomUUID(), "TEST-" + country, "UNAMID", OffsetDateTime.parse("2022-04-01T10:00:00Z"),
                country, adminArea, null, "SEIZED", new SeizureFacts.Possessor("UNKNOWN", null, null, null, null), List.of(rifle()), 0, null, null, null);
    }

    private static SeizureFacts seizureHeldBy(String country, String date, String description) {
        return new SeizureFacts(UUID.randomUUID(), "TEST-" + country, "UNMHA", OffsetDateTime.parse(date + "T10:00:00Z"),
                country, null, null, "SEIZED", new SeizureFacts.Possessor("ARMED_GROUP", description, null, null, null), List.of(rifle()), 0, null, null, null);
    }

    private static SeizureFacts delivery(String country, String date, String notification) {
        return new SeizureFacts(UUID.randomUUID(), "TEST-" + country, "MINUSCA", OffsetDateTime.parse(date + "T10:00:00Z"),
                country, null, null, "SEIZED", new SeizureFacts.Possessor("GOVERNMENT_FORCES", "FACA", null, notification, null),
                List.of(rifle()), 0, null, null, null);
    }

    private static SeizureFacts.Item rifle() {
        return item("ASSAULT_RIFLE", null, "INTACT", null);
    }

    private static SeizureFacts.Item item(String category, Integer year, String marking, String lot) {
        return new SeizureFacts.Item(UUID.randomUUID(), 1, category, "Kalashnikov", "AKM", "7.62x39mm", "KT 104523", "KT104523", 1,
                null, null, year, null, null, null, lot, lot, marking, "RECORDED", null, null);
    }
}
