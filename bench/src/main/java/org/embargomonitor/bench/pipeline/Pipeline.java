package org.embargomonitor.bench.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.embargomonitor.bench.Latencies;
import org.embargomonitor.bench.PacedClients;
import org.embargomonitor.bench.PlatformClient;
import org.embargomonitor.embargo.parties.ConsolidatedListReader;
import org.embargomonitor.embargo.parties.NameIndex;
import org.embargomonitor.embargo.parties.NameMatcher;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.search.query.SearchParameters;
import org.embargomonitor.search.query.SearchService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The end-to-end pipeline benchmark of issue 15 ({@code bench/pipeline [items]}), against the platform
 * {@code bin/embargo-monitor up} started on this machine: a synthetic dataset of {@code items} items imported in bulk,
 * seizures posted through the gateway, the time from upload to searchable and to evaluated at half the highest rate,
 * searches, indicators, a re-evaluation of every record, name matching and each service's memory; each figure beside
 * what PostgreSQL or OpenSearch does with the same rows, documents or query when spoken to directly, in the same run.
 */
public final class Pipeline {

    private static final int CLIENTS = 8;
    /** Largest import file: the platform takes files up to 50 MB. */
    private static final long IMPORT_PART_BYTES = 40L << 20;
    private static final Duration PROBE = Duration.ofSeconds(Long.getLong("pipeline.probe-seconds", 30));
    private static final Duration LIMIT = Duration.ofMinutes(Long.getLong("pipeline.limit-minutes", 120));
    private static final Duration REEVALUATION_LIMIT = Duration.ofMinutes(Long.getLong("pipeline.reevaluation-minutes", 10));
    /** Name matching is timed after the code has run for this long at least (a small dataset has few possessors to warm it). */
    private static final Duration NAME_MATCHING_WARM_UP = Duration.ofSeconds(3);
    private static final int SEARCH_REPEATS = 30;
    private static final int DEEP_PAGE = 25;

    private final int items;
    private final String run = "P" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    private final PlatformClient platform = new PlatformClient();
    private final RawServers raw;
    private final PipelineReport report;
    private final ServiceMemory memory;

    private final ProcessorTime processors;

    private Pipeline(int items) throws Exception {
        this.items = items;
        this.raw = new RawServers();
        this.report = new PipelineReport(items, Path.of("bench/targets.properties"));
        Path runDirectory = Path.of(System.getProperty("bench.run-directory", ".runtime/run"));
        this.memory = new ServiceMemory(runDirectory);
        this.processors = new ProcessorTime(runDirectory);
    }

    public static void main(String[] args) throws Exception {
        boolean reevaluationOnly = args.length > 0 && args[0].equals("--reevaluate");
        boolean importOnly = args.length > 0 && args[0].equals("--import");
        boolean indicatorsOnly = args.length > 0 && args[0].equals("--indicators");
        boolean ingestOnly = args.length > 0 && args[0].equals("--ingest");
        String count = importOnly || ingestOnly ? (args.length > 1 ? args[1] : "10000") : args.length > 0 ? args[0] : "100000";
        int items = reevaluationOnly || indicatorsOnly ? 0 : Integer.parseInt(count.replace("_", "").replace(",", ""));
        boolean met;
        Pipeline pipeline = new Pipeline(items);
        try {
            met = reevaluationOnly ? pipeline.reevaluateWhatIsStored()
                    : indicatorsOnly ? pipeline.indicatorsOfWhatIsStored()
                    : ingestOnly ? pipeline.ingest() : pipeline.run(importOnly);
        } finally {
            pipeline.memory.close();
            pipeline.raw.close();
        }
        System.exit(met ? 0 : 1);
    }

    /**
     * Raw {@code _bulk} of {@code items} items' documents, then the API ingest and the upload latencies alone: the way to
     * measure a change to what a POST does.
     */
    private boolean ingest() throws Exception {
        List<String> listedNames = SyntheticSeizures.listedNames();
        List<SyntheticSeizures.Seizure> dataset = SyntheticSeizures.generate(items, SyntheticSeizures.SEED, listedNames).stream()
                .map(s -> s.inRun(run)).toList();
        awaitQuiet();
        say("raw ceiling: _bulk of " + dataset.size() + " seizures' documents");
        double bulkSeizuresPerSecond = dataset.size() / seconds(raw.bulk(dataset));
        report.add("raw OpenSearch _bulk of the documents", bulkSeizuresPerSecond, "seizures/s");
        double maximum = apiIngest(listedNames, bulkSeizuresPerSecond);
        uploadLatencies(listedNames, maximum / 2);
        memory();
        report.write(Path.of("bench/target/ingest.json"), Path.of("bench/target/ingest.md"));
        say("report: bench/target/ingest.md and .json");
        return report.allMet();
    }

    /** The whole run, or only the raw ceilings and the bulk import: the way to measure a change to the import. */
    private boolean run(boolean importOnly) throws Exception {
        say("run " + run + ": generating " + String.format(Locale.ROOT, "%,d", items) + " items");
        List<String> listedNames = SyntheticSeizures.listedNames();
        List<SyntheticSeizures.Seizure> dataset = SyntheticSeizures.generate(items, SyntheticSeizures.SEED, listedNames).stream()
                .map(s -> s.inRun(run)).toList();
        Path csv = Path.of("bench/target/pipeline-" + items + ".csv");
        Files.createDirectories(csv.getParent());
        try (Writer out = Files.newBufferedWriter(csv)) {
            SyntheticSeizures.writeCsv(dataset, out);
        }
        report.detail("run", run);
        report.detail("seizures", dataset.size());
        report.detail("csvBytes", Files.size(csv));
        awaitQuiet();
        Counts before = counts();

        say("raw ceilings: COPY of the rows, _bulk of the documents");
        double copyItemsPerSecond = items / seconds(raw.copy(csv));
        double bulkSeconds = seconds(raw.bulk(dataset));
        double bulkItemsPerSecond = items / bulkSeconds;
        double bulkSeizuresPerSecond = dataset.size() / bulkSeconds;
        report.add("raw PostgreSQL COPY of the rows", copyItemsPerSecond, "items/s");
        report.add("raw OpenSearch _bulk of the documents", bulkItemsPerSecond, "items/s");

        bulkImport(csv, dataset.size(), before, bulkItemsPerSecond);
        if (importOnly) {
            memory();
            report.write(Path.of("bench/target/import-" + items + ".json"), Path.of("bench/target/import-" + items + ".md"));
            say("report: bench/target/import-" + items + ".md and .json");
            return report.allMet();
        }
        double maximum = apiIngest(listedNames, bulkSeizuresPerSecond);
        uploadLatencies(listedNames, maximum / 2);
        phase("search", () -> searches(dataset));
        phase("indicators", this::indicators);
        phase("name matching", () -> nameMatching(dataset));
        phase("growth", () -> growth(before));
        phase("re-evaluation", this::reevaluation);
        memory();

        report.write(Path.of("bench/target/pipeline-" + items + ".json"), Path.of("bench/target/pipeline-" + items + ".md"));
        say("report: bench/target/pipeline-" + items + ".md and .json");
        say(report.allMet() ? "every target met" : "TARGETS MISSED: see the report");
        return report.allMet();
    }

    /** A re-evaluation of the records already stored, alone: to measure a change to the checks without a whole run. */
    private boolean reevaluateWhatIsStored() throws Exception {
        awaitQuiet();
        phase("re-evaluation", this::reevaluation);
        memory();
        report.write(Path.of("bench/target/reevaluation.json"), Path.of("bench/target/reevaluation.md"));
        say("report: bench/target/reevaluation.md and .json");
        return report.allMet();
    }

    /** The indicators over what is stored: the way to measure a change to them without importing again. */
    private boolean indicatorsOfWhatIsStored() throws Exception {
        awaitQuiet();
        report.detail("seizures", raw.seizuresStored());
        phase("indicators", this::indicators);
        report.write(Path.of("bench/target/indicators.json"), Path.of("bench/target/indicators.md"));
        say("report: bench/target/indicators.md and .json");
        return report.allMet();
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    /** Runs a phase whose failure (a 500, a time-out) is itself a finding: reported, and the run goes on. */
    private void phase(String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception failure) {
            say(name + " FAILED: " + failure.getMessage());
            report.failed(name, failure.getMessage());
        }
    }

    /** The CSV imported in parts, then every seizure stored, evaluated and searchable: items per second end to end. */
    private void bulkImport(Path csv, int seizures, Counts before, double rawItemsPerSecond) throws Exception {
        List<Path> parts = split(csv);
        say("bulk import: " + parts.size() + " file(s) through the gateway");
        long began = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (Path part : parts) {
            HttpResponse<String> answer = platform.send(PlatformClient.ADMIN, platform.request("/api/seizures/imports?fileName="
                    + part.getFileName()).header("Content-Type", "text/csv").header("Idempotency-Key", run + "-" + part.getFileName())
                    .POST(HttpRequest.BodyPublishers.ofFile(part)));
            if (answer.statusCode() != 202) {
                throw new IOException("the import of " + part + " answered " + answer.statusCode() + ": " + answer.body());
            }
            jobs.add(PlatformClient.JSON.readTree(answer.body()).path("id").asText());
        }
        int rejected = 0;
        int created = 0;
        for (String job : jobs) {
            JsonNode progress = awaitJob("/api/seizures/imports/" + job, "import " + job, "rowsDone", "totalRows", LIMIT);
            rejected += progress.path("rowsRejected").asInt();
            created += progress.path("seizuresCreated").asInt();
        }
        double storedSeconds = (System.nanoTime() - began) / 1e9;
        if (created < seizures) {
            say("the import refused " + rejected + " rows: see GET /api/seizures/imports/{id}/errors");
        }
        awaitCounts(before.stored + created, "evaluated and searchable");
        double endToEndSeconds = (System.nanoTime() - began) / 1e9;
        report.detail("importRowsRejected", rejected);
        report.add("bulk import, stored", items / storedSeconds, "items/s");
        report.add("bulk import, stored, evaluated and indexed", items / endToEndSeconds, "items/s", rawItemsPerSecond,
                "bulkImportRatio", PipelineReport.Bound.AT_LEAST);
    }

    /** Files of at most {@value #IMPORT_PART_BYTES} bytes, cut between seizures. */
    private static List<Path> split(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<Path> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(lines.get(0)).append('\n');
        String lastReference = null;
        for (String line : lines.subList(1, lines.size())) {
            String reference = line.substring(0, line.indexOf(','));
            if (part.length() > IMPORT_PART_BYTES && !reference.equals(lastReference)) {
                parts.add(write(csv, parts.size(), part));
                part = new StringBuilder(lines.get(0)).append('\n');
            }
            part.append(line).append('\n');
            lastReference = reference;
        }
        parts.add(write(csv, parts.size(), part));
        return parts;
    }

    private static Path write(Path csv, int number, CharSequence content) throws IOException {
        Path part = csv.resolveSibling(csv.getFileName().toString().replace(".csv", "-part" + (number + 1) + ".csv"));
        Files.writeString(part, content);
        return part;
    }

    /** {@value #CLIENTS} clients posting seizures as fast as the gateway takes them: seizures per second, p50 and p99. */
    private double apiIngest(List<String> listedNames, double rawSeizuresPerSecond) throws Exception {
        awaitQuiet(); // the import's finding events may still be indexed: the clients would share the processors with them
        say("API ingest: " + CLIENTS + " clients for " + PROBE.toSeconds() + " s");
        Latencies latencies = new Latencies();
        Map<String, Double> processorsBefore = processors.sample();
        double rate = post("API", seizures(listedNames, 1), PROBE, Double.MAX_VALUE, latencies, null);
        report.add("API ingest through the gateway", rate, "seizures/s", rawSeizuresPerSecond, "apiIngestRatio",
                PipelineReport.Bound.AT_LEAST);
        report.add("API ingest, POST p50", latencies.percentile(50), "ms");
        report.add("API ingest, POST p99", latencies.percentile(99), "ms");
        awaitQuiet();
        processorTimePerSeizure(ProcessorTime.between(processorsBefore, processors.sample()), rate * seconds(PROBE));
        return rate;
    }

    /** Posts at half the highest rate and waits for each seizure to be searchable and evaluated. */
    private void uploadLatencies(List<String> listedNames, double rate) throws Exception {
        say(String.format(Locale.ROOT, "upload latencies at %.1f seizures/s for %d s", rate, PROBE.toSeconds()));
        Map<String, Long> posted = new ConcurrentHashMap<>();
        Latencies searchable = new Latencies();
        Latencies evaluated = new Latencies();
        Set<String> notSearchable = ConcurrentHashMap.newKeySet();
        Set<String> notEvaluated = ConcurrentHashMap.newKeySet();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        var watching = watcher.submit(() -> {
            Instant lastNew = Instant.now();
            while (Duration.between(lastNew, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                if (notSearchable.isEmpty() && notEvaluated.isEmpty()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return null;
                    }
                } else {
                    lastNew = Instant.now();
                }
                long now = System.nanoTime();
                for (String id : raw.searchable(Set.copyOf(notSearchable))) {
                    searchable.add((now - posted.get(id)) / 1e6);
                    notSearchable.remove(id);
                }
                for (String id : raw.evaluated(Set.copyOf(notEvaluated))) {
                    evaluated.add((now - posted.get(id)) / 1e6);
                    notEvaluated.remove(id);
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            return null;
        });
        post("LATENCY", seizures(listedNames, 2), PROBE, rate, new Latencies(), (id, postedAt) -> {
            posted.put(id, postedAt);
            notSearchable.add(id);
            notEvaluated.add(id);
        });
        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
        while ((!notSearchable.isEmpty() || !notEvaluated.isEmpty()) && Instant.now().isBefore(limit)) {
            PlatformClient.sleep(Duration.ofMillis(200));
        }
        watching.cancel(true);
        watcher.shutdownNow();
        report.detail("uploadLatencyRate", PipelineReport.round(rate, 1));
        report.detail("uploadsNeverSearchable", notSearchable.size());
        report.detail("uploadsNeverEvaluated", notEvaluated.size());
        report.add("upload to searchable, p50", searchable.percentile(50), "ms");
        report.add("upload to searchable, p99", searchable.percentile(99), "ms", null, "searchableP99Ms", PipelineReport.Bound.AT_MOST);
        report.add("upload to evaluated, p50", evaluated.percentile(50), "ms");
        report.add("upload to evaluated, p99", evaluated.percentile(99), "ms", null, "evaluatedP99Ms", PipelineReport.Bound.AT_MOST);
    }

    /** Told of each seizure the gateway stored: its id and when its POST was sent ({@link System#nanoTime()}). */
    @FunctionalInterface
    private interface Stored {
        void stored(String id, long postedAt);
    }

    /** Posts seizures with {@value #CLIENTS} clients for the time given, at most at the rate given; answers the rate reached. */
    private double post(String phase, List<ObjectNode> seizures, Duration time, double perSecond, Latencies latencies, Stored stored) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        double rate = PacedClients.run(CLIENTS, time, perSecond, () -> {
            int number = next.getAndIncrement();
            ObjectNode seizure = seizures.get(number % seizures.size()).deepCopy();
            seizure.put("reference", run + "-" + phase + "-" + number);
            long began = System.nanoTime();
            HttpResponse<String> answer = platform.send(PlatformClient.ADMIN, platform.request("/api/seizures")
                    .header("Content-Type", "application/json").header("Idempotency-Key", run + "-" + seizure.get("reference").asText())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(PlatformClient.JSON.writeValueAsBytes(seizure))));
            latencies.since(began);
            statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.statusCode() == 201 && stored != null) {
                stored.stored(PlatformClient.JSON.readTree(answer.body()).path("id").asText(), began);
            }
            return answer.statusCode() == 201;
        });
        say("statuses " + statuses);
        return rate;
    }

    /** Seizures of another seed than the imported ones, as the API takes them. */
    private static List<ObjectNode> seizures(List<String> listedNames, long seed) {
        return SyntheticSeizures.generate(20_000, SyntheticSeizures.SEED + seed, listedNames).stream().map(Pipeline::json).toList();
    }

    static ObjectNode json(SyntheticSeizures.Seizure s) {
        ObjectNode seizure = PlatformClient.JSON.createObjectNode().put("reference", s.reference()).put("operation", s.operation())
                .put("reportingUnit", s.reportingUnit()).put("occurredAt", s.occurredAt().toString()).put("countryCode", s.countryCode())
                .put("adminArea", s.adminArea()).put("placeName", s.placeName()).put("latitude", s.latitude()).put("longitude", s.longitude())
                .put("circumstance", s.circumstance()).put("narrative", s.narrative());
        if (s.possessorDescription() != null) {
            seizure.putObject("possessor").put("kind", s.possessorKind()).put("description", s.possessorDescription());
        }
        ArrayNode items = seizure.putArray("items");
        for (SyntheticSeizures.Item i : s.items()) {
            items.addObject().put("category", i.category()).put("make", i.make()).put("model", i.model()).put("calibre", i.calibre())
                    .put("serialNumber", i.serialNumber()).put("quantity", i.quantity()).put("countryOfManufacture", i.countryOfManufacture())
                    .put("yearOfManufacture", i.yearOfManufacture()).put("headstamp", i.headstamp()).put("lotNumber", i.lotNumber())
                    .put("markingState", i.markingState());
        }
        return seizure;
    }

    /** A search as a user writes it: the gateway's query string and the same parameters for the request sent to OpenSearch. */
    private record SearchCase(String name, String query, Consumer<SearchParameters> parameters) {
    }

    /** Each search through the gateway as an admin, and the request search-service would build for it sent to OpenSearch. */
    private void searches(List<SyntheticSeizures.Seizure> dataset) throws Exception {
        String serial = dataset.stream().flatMap(s -> s.items().stream()).map(SyntheticSeizures.Item::serialNumber)
                .filter(s -> s != null && s.contains("0")).findFirst().orElseThrow();
        String misread = serial.replaceFirst("0", "O");
        List<SearchCase> cases = List.of(
                new SearchCase("words", "q=" + encode("cache residents"), p -> p.q = "cache residents"),
                new SearchCase("phrase", "q=" + encode("\"poste de contrôle\""), p -> p.q = "\"poste de contrôle\""),
                new SearchCase("mark with a misread character", "mark=" + encode(misread), p -> p.mark = misread),
                new SearchCase("filters with facets", "country=CAF&category=ASSAULT_RIFLE&from=2018-01-01&to=2023-12-31", p -> {
                    p.countries = List.of("CAF");
                    p.categories = List.of("ASSAULT_RIFLE");
                    p.from = java.time.LocalDate.of(2018, 1, 1);
                    p.to = java.time.LocalDate.of(2023, 12, 31);
                }),
                new SearchCase("map box", "north=7&south=6&east=22.5&west=21.5", p -> {
                    p.north = 7.0;
                    p.south = 6.0;
                    p.east = 22.5;
                    p.west = 21.5;
                }));
        say("searches at " + String.format(Locale.ROOT, "%,d", items) + " items");
        Latencies allThroughGateway = new Latencies();
        for (SearchCase search : cases) {
            SearchParameters parameters = parameters(search.parameters());
            Latencies gateway = new Latencies();
            Latencies direct = new Latencies();
            for (int i = 0; i < SEARCH_REPEATS + 3; i++) {
                long began = System.nanoTime();
                platform.get(PlatformClient.ADMIN, "/api/search?" + search.query());
                double took = (System.nanoTime() - began) / 1e6;
                double rawTook = raw.search(SearchService.request(RawServers.RECORDS_ALIAS, parameters, ReadScope.EVERYTHING, true, 20, null, true));
                if (i >= 3) {
                    gateway.add(took);
                    allThroughGateway.add(took);
                    direct.add(rawTook);
                }
            }
            addSearch(search.name(), gateway, direct);
        }
        deepPage(new SearchCase("every record, newest first", "from=2014-01-01&sort=newest", p -> {
            p.from = java.time.LocalDate.of(2014, 1, 1);
            p.sort = "newest";
        }), allThroughGateway);
        report.add("search through the gateway, all kinds, p99", allThroughGateway.percentile(99), "ms", null,
                items >= 1_000_000 ? "searchP99MsAtOneMillion" : null, PipelineReport.Bound.AT_MOST);
    }

    /** Page {@value #DEEP_PAGE} of 20 records, reached by following the cursor. */
    private void deepPage(SearchCase search, Latencies allThroughGateway) throws Exception {
        Latencies gateway = new Latencies();
        Latencies direct = new Latencies();
        String cursor = null;
        for (int page = 1; page <= DEEP_PAGE + 10; page++) {
            String query = "/api/search?" + search.query() + (cursor == null ? "" : "&cursor=" + encode(cursor));
            long began = System.nanoTime();
            JsonNode results = platform.get(PlatformClient.ADMIN, query);
            double took = (System.nanoTime() - began) / 1e6;
            double rawTook = raw.search(SearchService.request(RawServers.RECORDS_ALIAS, parameters(search.parameters()), ReadScope.EVERYTHING,
                    true, 20, cursor, true));
            if (page >= DEEP_PAGE) {
                gateway.add(took);
                allThroughGateway.add(took);
                direct.add(rawTook);
            }
            cursor = results.path("nextCursor").isTextual() ? results.path("nextCursor").asText() : null;
            if (cursor == null) {
                break;
            }
        }
        addSearch("deep paging (page " + DEEP_PAGE + " and on)", gateway, direct);
    }

    private void addSearch(String name, Latencies gateway, Latencies direct) {
        if (gateway.count() == 0) {
            say("search, " + name + ": not measured (too few records)");
            return;
        }
        report.add("search, " + name + ", p50", gateway.percentile(50), "ms", direct.percentile(50), null, null);
        report.add("search, " + name + ", p99", gateway.percentile(99), "ms", direct.percentile(99), "searchP99Ratio",
                PipelineReport.Bound.AT_MOST);
    }

    private static SearchParameters parameters(Consumer<SearchParameters> set) {
        SearchParameters p = new SearchParameters();
        p.size = 20;
        p.sort = "relevance";
        set.accept(p);
        return p;
    }

    private void indicators() throws Exception {
        say("indicators");
        for (String query : List.of("regime=CAR&period=quarter", "period=year")) {
            Latencies latencies = new Latencies();
            for (int i = 0; i < 13; i++) {
                long began = System.nanoTime();
                platform.get(PlatformClient.ADMIN, "/api/embargo/indicators?" + query);
                if (i >= 3) {
                    latencies.since(began);
                }
            }
            report.add("indicators (" + query + "), p50", latencies.percentile(50), "ms");
            report.add("indicators (" + query + "), p99", latencies.percentile(99), "ms", null,
                    items >= 1_000_000 ? "indicatorsP99MsAtOneMillion" : null, PipelineReport.Bound.AT_MOST);
        }
    }

    /** Each distinct possessor of the dataset screened against the whole list through the index, as a check does. */
    private void nameMatching(List<SyntheticSeizures.Seizure> dataset) throws Exception {
        List<NameMatcher.Normalised> listed = new ArrayList<>();
        try (var xml = Files.newInputStream(SyntheticSeizures.consolidatedList())) {
            ConsolidatedListReader.read(xml, party -> party.allNames().forEach(alias -> listed.add(NameMatcher.normalise(alias.name()))));
        }
        NameIndex<NameMatcher.Normalised> index = NameIndex.of(listed, name -> name);
        List<NameMatcher.Normalised> possessors = dataset.stream().map(SyntheticSeizures.Seizure::possessorDescription)
                .filter(d -> d != null).distinct().map(NameMatcher::normalise).toList();
        double best = 0;
        long warmUntil = System.nanoTime() + NAME_MATCHING_WARM_UP.toNanos();
        for (int round = 0; round < 3 || System.nanoTime() < warmUntil; round++) { // the code warms up first, a few seconds at least
            best = Math.max(best, screen(index, possessors));
        }
        long began = System.nanoTime();
        screen(index, possessors);
        report.add("name matching per possessor, whole list (" + possessors.size() + " names)",
                (System.nanoTime() - began) / 1e6 / possessors.size(), "ms", null, "nameMatchingMs", PipelineReport.Bound.AT_MOST);
        report.detail("nameMatchingBestScore", best);
    }

    /** Each possessor scored against its candidates; answers the best score. */
    private static double screen(NameIndex<NameMatcher.Normalised> index, List<NameMatcher.Normalised> possessors) {
        double best = 0;
        for (NameMatcher.Normalised possessor : possessors) {
            for (NameMatcher.Normalised name : index.candidates(possessor)) {
                best = Math.max(best, NameMatcher.score(possessor, name));
            }
        }
        return best;
    }

    private void growth(Counts before) throws Exception {
        Counts after = counts();
        double per100k = 100_000.0 / items;
        report.add("findings per 100,000 items", (after.findings - before.findings) * per100k, "findings");
        report.add("supply chains per 100,000 items", (after.supplyChains - before.supplyChains) * per100k, "chains");
        report.add("records index per 100,000 items", (after.indexBytes - before.indexBytes) * per100k / (1 << 20), "MB");
        report.add("databases per 100,000 items", (after.databaseBytes - before.databaseBytes) * per100k / (1 << 20), "MB");
    }

    /** Every record evaluated again, as after a regime version or a list import; stopped waiting after the limit. */
    private void reevaluation() throws Exception {
        say("re-evaluation of every record (waiting at most " + REEVALUATION_LIMIT.toMinutes() + " min)");
        HttpResponse<String> answer = platform.send(PlatformClient.ADMIN, platform.request("/api/embargo/evaluations")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("the re-evaluation answered " + answer.statusCode() + ": " + answer.body());
        }
        String id = PlatformClient.JSON.readTree(answer.body()).path("id").asText();
        long began = System.nanoTime();
        JsonNode job = awaitJob("/api/embargo/evaluations", "re-evaluation", "recordsDone", "recordsTotal", REEVALUATION_LIMIT, id);
        double rate = job.path("recordsDone").asInt() / ((System.nanoTime() - began) / 1e9);
        report.detail("reevaluationFinished", "DONE".equals(job.path("status").asText()));
        report.add("re-evaluation of every record", rate, "records/s");
        report.add("re-evaluation of 1,000,000 records at that rate", 1_000_000 / rate / 60, "min", null, "reevaluationMinutesPerMillion",
                PipelineReport.Bound.AT_MOST);
    }

    /**
     * Where the processors went for each seizure posted, until it was stored, evaluated and indexed (the parts' idle
     * background while the consumers caught up included): what stands between a POST and raw {@code _bulk}.
     */
    private void processorTimePerSeizure(Map<String, Double> spent, double seizures) {
        double total = spent.values().stream().mapToDouble(Double::doubleValue).sum();
        spent.forEach((part, seconds) -> report.add("processor time per seizure posted, " + part, seconds * 1000 / seizures, "ms"));
        report.add("processor time per seizure posted, all parts", total * 1000 / seizures, "ms");
        report.detail("processorSecondsDuringIngest", spent);
    }

    private void memory() {
        Map<String, Object> byService = new LinkedHashMap<>();
        memory.peaks().forEach((service, peak) -> {
            report.add(service + ", peak heap (of " + peak.heapMax() / (1 << 20) + " MB)", peak.heapUsed() / (double) (1 << 20), "MB");
            report.add(service + ", peak resident memory", peak.residentKilobytes() / 1024.0, "MB");
            byService.put(service, peak);
        });
        report.detail("memory", byService);
    }

    private JsonNode awaitJob(String path, String what, String done, String total, Duration limit) throws Exception {
        return awaitJob(path, what, done, total, limit, null);
    }

    /** Polls a job's progress (one job, or the one of id {@code id} in a list) until it is DONE or FAILED, or the limit. */
    private JsonNode awaitJob(String path, String what, String done, String total, Duration limit, String id) throws Exception {
        Instant until = Instant.now().plus(limit);
        Instant nextSay = Instant.now();
        while (true) {
            JsonNode answer = platform.get(PlatformClient.ADMIN, path);
            JsonNode job = id == null ? answer : findById(answer, id);
            String status = job.path("status").asText();
            if (Instant.now().isAfter(nextSay) || status.equals("DONE") || status.equals("FAILED")) {
                say(String.format(Locale.ROOT, "%s: %s %,d of %,d", what, status, job.path(done).asInt(), job.path(total).asInt()));
                nextSay = Instant.now().plusSeconds(15);
            }
            if (status.equals("FAILED")) {
                throw new IOException(what + " failed: " + job.path("failure").asText());
            }
            if (status.equals("DONE") || Instant.now().isAfter(until)) {
                return job;
            }
            PlatformClient.sleep(Duration.ofSeconds(1));
        }
    }

    private static JsonNode findById(JsonNode list, String id) {
        for (JsonNode job : list) {
            if (id.equals(job.path("id").asText())) {
                return job;
            }
        }
        throw new IllegalStateException("no job " + id);
    }

    /** Waits until the platform holds, evaluated and searchable, {@code stored} seizures in all. */
    private void awaitCounts(long stored, String what) throws Exception {
        Instant until = Instant.now().plus(LIMIT);
        Instant nextSay = Instant.now();
        while (Instant.now().isBefore(until)) {
            Counts now = counts();
            if (now.evaluated >= stored && now.searchable >= stored) {
                return;
            }
            if (Instant.now().isAfter(nextSay)) {
                say(String.format(Locale.ROOT, "%s: %,d evaluated and %,d searchable of %,d", what, now.evaluated, now.searchable, stored));
                nextSay = Instant.now().plusSeconds(15);
            }
            PlatformClient.sleep(Duration.ofMillis(500));
        }
        throw new IOException("not every seizure was " + what + " within " + LIMIT.toMinutes() + " min");
    }

    /** Waits until the consumers have caught up, so that one phase does not measure the last one's backlog. */
    private void awaitQuiet() throws Exception {
        awaitCounts(raw.seizuresStored(), "caught up");
        if (platform.awaitLagZero(Duration.ofMinutes(10)) == null) {
            throw new IOException("the consumers did not catch up within 10 min");
        }
    }

    private record Counts(long stored, long evaluated, long searchable, long findings, long supplyChains, long indexBytes,
            long databaseBytes) {
    }

    private Counts counts() throws Exception {
        return new Counts(raw.seizuresStored(), raw.recordsEvaluated(), raw.searchableRecords(), raw.findings(), raw.supplyChains(),
                raw.indexBytes(), raw.databaseBytes());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void say(String line) {
        System.out.println("[pipeline] " + line);
    }
}
