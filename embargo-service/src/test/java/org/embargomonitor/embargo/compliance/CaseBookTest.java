package org.embargomonitor.embargo.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.embargomonitor.embargo.parties.DesignatedParty;
import org.embargomonitor.embargo.parties.PartyKind;
import org.embargomonitor.embargo.parties.PartyMatch;
import org.embargomonitor.embargo.regime.CatalogueForTests;
import org.embargomonitor.embargo.regime.RegimeBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case book (src/test/resources/casebook): each regime's cases against the catalogue as shipped, errata applied. */
class CaseBookTest {

    private static final RegimeBook CATALOGUE = CatalogueForTests.book();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Party(String reference, String name, String listType, LocalDate listedOn) {
    }

    record Case(@JsonProperty("case") String name, LocalDate date, String country, String area, String holder, String description, String notice,
            String category, Integer year, Party party, @JsonProperty("actingFor") Party principal, Bound destination, String basis,
            List<String> expect) {
    }

    /** Where items seized in transit were bound: a country, a recipient as named and as matched, its kind, and what shows it. */
    record Bound(String country, String recipientName, Party recipient, String recipientKind, String basis) {

        SeizureFacts.Destination facts() {
            return new SeizureFacts.Destination(country, recipientName != null ? recipientName : recipient == null ? null : recipient.name(),
                    recipientKind, basis);
        }
    }

    record Book(String regime, List<Case> cases) {
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void shouldRaiseWhatTheTextsSay(String regime, String name, Case c) {
        SeizureFacts seizure = new SeizureFacts(UUID.randomUUID(), "CASE-" + regime, "CASEBOOK",
                OffsetDateTime.parse(c.date() + "T12:00:00Z"), null, c.country(), c.area(), null, "SEIZED",
                new SeizureFacts.Possessor(c.holder(), c.description(), null, c.notice(), c.principal() == null ? null : c.principal().name()),
                c.destination() == null ? null : c.destination().facts(),
                List.of(new SeizureFacts.Item(UUID.randomUUID(), 1, c.category(), null, null, null, null, null, 1, null, null, c.year(),
                        null, null, null, null, null, "INTACT", "RECORDED", null, null)),
                0, null, null, null);
        List<String> raised = ComplianceRules.evaluate(seizure, CATALOGUE,
                new PossessorMatches(matchOf(c.party()), List.of(), Set.of(), matchOf(c.principal()),
                        matchOf(c.destination() == null ? null : c.destination().recipient())), SupplyLinks.NONE)
                .findings().stream().map(f -> f.rule() + " " + f.regimeCode() + " " + f.citation() + " " + f.confidence()).toList();

        assertThat(raised).as("%s (%s)", name, c.basis()).containsExactlyInAnyOrderElementsOf(c.expect());
    }

    /** The party as name matching finds it by its listed name. */
    private static List<PartyMatch> matchOf(Party party) {
        return party == null ? List.of()
                : List.of(new PartyMatch(party.reference(), party.name(), party.listType(), PartyKind.ENTITY, party.name(), "listed name",
                        1.0, List.of(), DesignatedParty.Listing.LISTED, party.listedOn(), null));
    }

    @Test
    void shouldHoldABookForEveryRegimeOfTheCatalogue() {
        assertThat(books().map(Book::regime).toList()).containsExactlyInAnyOrder("CAR", "DRC", "LIBYA", "SOMALIA", "SOUTH-SUDAN",
                "SUDAN", "YEMEN", "HAITI", "ISIL-AQ", "TALIBAN", "DPRK", "IRAQ", "LEBANON");
    }

    static Stream<Arguments> cases() {
        return books().flatMap(book -> book.cases().stream().map(c -> Arguments.of(book.regime(), c.name(), c)));
    }

    private static Stream<Book> books() {
        try (Stream<Path> files = Files.list(Path.of(CaseBookTest.class.getClassLoader().getResource("casebook").toURI()))) {
            List<Book> books = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    books.add(JSON.readValue(in, Book.class));
                }
            }
            return books.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
