package org.embargomonitor.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index against a scan of the whole real Consolidated List of 2026-05-08: what it finds, and how few it scores. */
class NameIndexTest {

    private static final List<NameMatcher.Normalised> NAMES = new ArrayList<>();
    private static final List<String> QUERIES = new ArrayList<>();
    private static NameIndex<NameMatcher.Normalised> index;

    @BeforeAll
    static void indexTheList() throws Exception {
        List<ListedParty> parties = new ArrayList<>();
        try (InputStream xml = Files.newInputStream(ConsolidatedList.SNAPSHOT_2026)) {
            ConsolidatedListReader.read(xml, parties::add);
        }
        parties.forEach(party -> party.allNames().forEach(alias -> NAMES.add(NameMatcher.normalise(alias.name()))));
        index = NameIndex.of(NAMES, name -> name);
        for (int i = 0; i < parties.size(); i += 3) {
            ListedParty party = parties.get(i);
            QUERIES.add(party.name());
            if (party.originalScriptName() != null) {
                QUERIES.add(party.originalScriptName());
            }
            party.aliases().stream().limit(2).forEach(alias -> QUERIES.add(alias.name()));
        }
        QUERIES.addAll(List.of("Al Shabab fighters' cache", "Harakat al-Chabab al-Moudjahidine", "LRA", "Mohammed Ali", "Abu Bakr",
                "Abdoulaye Issène", "حبیب الله رشاد", "Ахмед Ражапович Чатаев"));
    }

    @Test
    void shouldFindEveryNameTheWholeListScoresHigh() {
        List<String> missed = new ArrayList<>();
        for (String query : QUERIES) {
            NameMatcher.Normalised reported = NameMatcher.normalise(query);
            Set<NameMatcher.Normalised> found = new HashSet<>(index.candidates(reported));
            NAMES.stream().filter(name -> NameMatcher.score(reported, name) >= 0.97 && !found.contains(name))
                    .forEach(name -> missed.add(query + " -> " + name.original()));
        }

        assertThat(missed).isEmpty();
    }

    @Test
    void shouldFindNearlyEveryNameAtTheThresholdAndScoreFewNames() {
        long atThreshold = 0;
        long found = 0;
        long scored = 0;
        for (String query : QUERIES) {
            NameMatcher.Normalised reported = NameMatcher.normalise(query);
            Set<NameMatcher.Normalised> candidates = new HashSet<>(index.candidates(reported));
            scored += candidates.size();
            for (NameMatcher.Normalised name : NAMES) {
                if (NameMatcher.score(reported, name) >= NameMatcher.THRESHOLD) {
                    atThreshold++;
                    found += candidates.contains(name) ? 1 : 0;
                }
            }
        }

        assertThat((double) found / atThreshold).isGreaterThanOrEqualTo(0.99);
        assertThat((double) scored / QUERIES.size()).as("names scored per query").isLessThan(NAMES.size() * 0.2);
    }
}
