package org.embargomonitor.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.embargomonitor.embargo.indicators.Figures;
import org.embargomonitor.embargo.indicators.Indicators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A dashboard's figures and monthly series over 10,000 seizure records of three items each, against the baseline of
 * one pass summing the items' quantities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndicatorsBenchmark {

    private static final String[] CATEGORIES = { "ASSAULT_RIFLE", "PISTOL_REVOLVER", "AMMUNITION", "MORTAR", "UAV" };
    private static final String[] CIRCUMSTANCES = { "SEIZED", "FOUND", "SURRENDERED", "CAPTURED" };
    private static final String[] STATUSES = { "RECORDED", "TRACED", "DESTROYED", "TRACING_REQUESTED" };
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");

    private final List<SeizureFacts> records = new ArrayList<>();
    private final List<Indicators.FindingFact> findings = new ArrayList<>();

    @Setup
    public void makeRecords() {
        Random random = new Random(16402);
        for (int r = 0; r < 10_000; r++) {
            OffsetDateTime when = OffsetDateTime.parse("2024-01-01T10:00:00Z").plusDays(random.nextInt(1000));
            List<SeizureFacts.Item> items = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                items.add(new SeizureFacts.Item(UUID.randomUUID(), i + 1, CATEGORIES[random.nextInt(CATEGORIES.length)], null, null, null,
                        null, null, 1 + random.nextInt(20), null, null, null, null, null, null, null, null, random.nextBoolean() ? "INTACT" : "OBLITERATED",
                        STATUSES[random.nextInt(STATUSES.length)], when.plusDays(random.nextInt(200)), null));
            }
            records.add(new SeizureFacts(UUID.randomUUID(), "R" + r, "MINUSCA", when, "CAF", null, "Bria",
                    CIRCUMSTANCES[random.nextInt(CIRCUMSTANCES.length)], null, items, 0, 6.5, 21.9, random.nextBoolean() ? "BORDER" : "INLAND"));
            if (random.nextInt(10) == 0) {
                findings.add(new Indicators.FindingFact(when.toLocalDate(), random.nextBoolean() ? "OPEN" : "CONFIRMED"));
            }
        }
    }

    @Benchmark
    public long baseline() {
        long total = 0;
        for (SeizureFacts record : records) {
            for (SeizureFacts.Item item : record.items()) {
                total += item.quantity();
            }
        }
        return total;
    }

    @Benchmark
    public Figures totals() {
        return Indicators.of(records, findings, null, null, AS_OF, true);
    }

    @Benchmark
    public List<Indicators.PeriodFigures> monthlySeries() {
        return Indicators.byPeriod(records, findings, Indicators.Period.MONTH, LocalDate.parse("2024-01-01"), LocalDate.parse("2026-09-30"),
                AS_OF, true);
    }
}
