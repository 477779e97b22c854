package org.embargomonitor.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.embargomonitor.embargo.parties.ConsolidatedListReader;
import org.embargomonitor.embargo.parties.NameIndex;
import org.embargomonitor.embargo.parties.NameMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Matching one reported possessor against every name of the real Consolidated List (../shared/data), as each
 * compliance check does, against the baseline of the naive way: Jaro-Winkler of the lower-cased whole names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameMatchingBenchmark {

    static final Path LIST = Path.of(System.getProperty("embargo.consolidated-list",
            "../shared/data/un-consolidated-list/un_consolidated_2026-05-08.xml"));

    private final List<NameMatcher.Normalised> listed = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private NameIndex<NameMatcher.Normalised> index;
    private NameMatcher.Normalised reported;
    private String reportedRaw;

    @Setup
    public void readTheList() throws Exception {
        try (InputStream xml = Files.newInputStream(LIST)) {
            ConsolidatedListReader.read(xml, party -> party.allNames().forEach(alias -> {
                NameMatcher.Normalised normalised = NameMatcher.normalise(alias.name());
                listed.add(normalised);
                raw.add(alias.name().toLowerCase(Locale.ROOT));
            }));
        }
        index = NameIndex.of(listed, name -> name);
        reportedRaw = "Harakat al-Chabab al-Moudjahidine";
        reported = NameMatcher.normalise(reportedRaw);
        reportedRaw = reportedRaw.toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public double baseline() {
        double best = 0;
        for (String name : raw) {
            best = Math.max(best, jaroWinkler.apply(reportedRaw, name));
        }
        return best;
    }

    /** What a check does first: the score alone, reasons worked out only for the few names above the threshold. */
    @Benchmark
    public double screenAgainstTheWholeList() {
        double best = 0;
        for (NameMatcher.Normalised name : listed) {
            best = Math.max(best, NameMatcher.score(reported, name));
        }
        return best;
    }

    /** What a check does now: the score of the names the index finds, out of the whole list. */
    @Benchmark
    public double screenWithTheIndex() {
        double best = 0;
        for (NameMatcher.Normalised name : index.candidates(reported)) {
            best = Math.max(best, NameMatcher.score(reported, name));
        }
        return best;
    }

    @Benchmark
    public double matchAgainstTheWholeList() {
        double best = 0;
        for (NameMatcher.Normalised name : listed) {
            best = Math.max(best, NameMatcher.compare(reported, name).score());
        }
        return best;
    }
}
