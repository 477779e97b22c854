package org.embargomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled set of bench/name-matching, run in the build so that a change to name matching cannot lower it unseen. */
class NameMatchingQualityTest {

    private static final Path LIST = Path.of(System.getProperty("embargo.shared.dir", "../../shared"))
            .resolve("data/un-consolidated-list/un_consolidated_2026-05-08.xml");

    private static final List<String> MISSES = new ArrayList<>();
    private static Map<String, NameMatchingQuality.Tally> rows;

    @BeforeAll
    static void measure() throws Exception {
        rows = NameMatchingQuality.measure(LIST, MISSES);
    }

    @Test
    void shouldFindListedPartiesByTheirOtherNamesAtTheTargetPrecisionAndRecall() throws Exception {
        Properties targets = NameMatchingQuality.targets(Path.of("targets.properties"));

        NameMatchingQuality.Tally all = rows.get("all");
        assertThat(all.positives).isGreaterThan(1000);
        assertThat(all.precision()).as("precision; misses: %s", MISSES)
                .isGreaterThanOrEqualTo(Double.parseDouble(targets.getProperty("NameMatchingQuality.precision")));
        assertThat(all.recall()).as("recall; misses: %s", MISSES)
                .isGreaterThanOrEqualTo(Double.parseDouble(targets.getProperty("NameMatchingQuality.recall")));
    }

    @Test
    void shouldNotScoreHighAnyNameOfTheNegativeSets() {
        for (String negatives : List.of("category: common given names", "category: generic group words",
                "category: mixed first and family names")) {
            assertThat(rows.get(negatives).falsePositives).as(negatives).isZero();
        }
    }
}
