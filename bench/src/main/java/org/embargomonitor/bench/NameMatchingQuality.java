package org.embargomonitor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.embargomonitor.embargo.parties.ConsolidatedListReader;
import org.embargomonitor.embargo.parties.ListedParty;
import org.embargomonitor.embargo.parties.NameIndex;
import org.embargomonitor.embargo.parties.NameMatcher;

/**
 * Precision and recall of name matching at the confidence the platform calls HIGH, against a labelled set built from
 * the real Consolidated List: each query names the party it should find (a positive) or none (a negative), and every
 * party the matcher scores HIGH among the names the index finds (as the platform matches) is counted right or wrong. Written to bench/target/name-matching.{md,json}; exits 1
 * when a target of bench/targets.properties is missed.
 */
public final class NameMatchingQuality {

    /** The score from which a party match is HIGH confidence (ComplianceRules). */
    static final double HIGH = 0.97;
    private static final double LOW_QUALITY_FACTOR = 0.9;
    private static final Pattern WORDS = Pattern.compile("[\\s\\-]+");

    record Listed(String reference, String kind, String name, String quality, NameMatcher.Normalised normalised) {
    }

    /** A query: what a record might say, the party it means (null for none), and what kind of case it is. */
    record Query(String text, String expected, String excluded, String category, String script, String kind) {
    }

    /** Counts of one row of the report. */
    static final class Tally {
        int queries;
        int positives;
        int found;
        int truePositives;
        int falsePositives;

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return positives == 0 ? 1 : (double) found / positives;
        }
    }

    private NameMatchingQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path list = args.length > 0 ? Path.of(args[0]) : NameMatchingBenchmark.LIST;
        Path targets = args.length > 1 ? Path.of(args[1]) : Path.of("bench/targets.properties");
        List<String> misses = new ArrayList<>();
        Map<String, Tally> rows = measure(list, misses);
        Path out = Path.of("bench/target");
        Files.createDirectories(out);
        try (PrintStream md = new PrintStream(Files.newOutputStream(out.resolve("name-matching.md")))) {
            md.println("| set | queries | positives | precision | recall |");
            md.println("|---|---|---|---|---|");
            rows.forEach((row, t) -> md.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n", row, t.queries, t.positives, t.precision(), t.recall()));
        }
        Files.write(out.resolve("name-matching-misses.txt"), misses);
        StringBuilder json = new StringBuilder("{");
        rows.forEach((row, t) -> json.append(String.format(Locale.ROOT, "\"%s\": {\"queries\": %d, \"positives\": %d, \"precision\": %.4f, \"recall\": %.4f}, ",
                row, t.queries, t.positives, t.precision(), t.recall())));
        json.setLength(json.length() - 2);
        Files.writeString(out.resolve("name-matching.json"), json.append("}\n"));
        System.out.print(Files.readString(out.resolve("name-matching.md")));
        System.out.println(misses.size() + " queries with a miss or a wrong HIGH match: bench/target/name-matching-misses.txt");
        Properties limits = targets(targets);
        Tally all = rows.get("all");
        double minPrecision = Double.parseDouble(limits.getProperty("NameMatchingQuality.precision"));
        double minRecall = Double.parseDouble(limits.getProperty("NameMatchingQuality.recall"));
        boolean met = all.precision() >= minPrecision && all.recall() >= minRecall;
        System.out.printf(Locale.ROOT, "precision %.3f (target %.2f), recall %.3f (target %.2f): %s%n", all.precision(), minPrecision,
                all.recall(), minRecall, met ? "met" : "MISSED");
        System.exit(met ? 0 : 1);
    }

    /** Scores every query of the labelled set against every listed name; rows of the report by set, misses added to {@code misses}. */
    static Map<String, Tally> measure(Path list, List<String> misses) throws Exception {
        List<ListedParty> parties = new ArrayList<>();
        try (InputStream xml = Files.newInputStream(list)) {
            ConsolidatedListReader.read(xml, parties::add);
        }
        List<Listed> names = new ArrayList<>();
        for (ListedParty party : parties) {
            for (ListedParty.Alias alias : party.allNames()) {
                names.add(new Listed(party.reference(), party.kind().name(), alias.name(), alias.quality(), NameMatcher.normalise(alias.name())));
            }
        }
        List<Query> queries = queries(parties, new SplittableRandom(20261202));
        Map<String, Set<String>> sameName = sameNames(names);
        NameIndex<Listed> index = NameIndex.of(names, Listed::normalised);
        Map<String, Tally> rows = new TreeMap<>();
        for (Query query : queries) {
            NameMatcher.Normalised reported = NameMatcher.normalise(query.text());
            Map<String, Double> high = new LinkedHashMap<>();
            for (Listed name : index.candidates(reported)) {
                if (name.name().equals(query.excluded()) && name.reference().equals(query.expected())) {
                    continue;
                }
                double factor = "Low".equalsIgnoreCase(name.quality()) ? LOW_QUALITY_FACTOR : 1;
                double score = NameMatcher.score(reported, name.normalised()) * factor;
                if (score >= HIGH) {
                    high.merge(name.reference(), score, Math::max);
                }
            }
            boolean found = query.expected() != null && high.containsKey(query.expected());
            Set<String> alsoRight = query.expected() == null ? Set.of() : sameName.getOrDefault(query.expected(), Set.of());
            int wrong = (int) high.keySet().stream().filter(reference -> !reference.equals(query.expected()) && !alsoRight.contains(reference))
                    .count();
            for (String row : List.of("all", "category: " + query.category(), "script: " + query.script(), "kind: " + query.kind())) {
                Tally tally = rows.computeIfAbsent(row, r -> new Tally());
                tally.queries++;
                tally.positives += query.expected() != null ? 1 : 0;
                tally.found += found ? 1 : 0;
                tally.truePositives += found ? 1 : 0;
                tally.falsePositives += wrong;
            }
            if ((query.expected() != null && !found) || wrong > 0) {
                misses.add(query.category() + " | " + query.text() + " | expected " + query.expected() + " | HIGH " + high.keySet());
            }
        }
        return rows;
    }

    static Properties targets(Path file) throws IOException {
        Properties limits = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            limits.load(in);
        }
        return limits;
    }

    /** For each party, the other parties listed under a name that normalises the same: the same person on two lists. */
    private static Map<String, Set<String>> sameNames(List<Listed> names) {
        Map<List<String>, Set<String>> byName = new HashMap<>();
        names.forEach(name -> byName.computeIfAbsent(name.normalised().tokens(), n -> new HashSet<>()).add(name.reference()));
        Map<String, Set<String>> same = new HashMap<>();
        byName.values().stream().filter(references -> references.size() > 1)
                .forEach(references -> references.forEach(reference -> same.computeIfAbsent(reference, r -> new HashSet<>()).addAll(references)));
        return same;
    }

    /**
     * The labelled set. Positives: original-script names (their own entry left out, so transliteration must find the
     * Latin name), transliteration variants of listed names, acronyms of entities' names. Negatives: a given name
     * alone, a listed individual's first name with another's family name, generic words of group names.
     */
    static List<Query> queries(List<ListedParty> parties, SplittableRandom random) {
        List<Query> queries = new ArrayList<>();
        List<ListedParty> individuals = parties.stream().filter(p -> p.kind().name().equals("INDIVIDUAL")).toList();
        for (ListedParty party : parties) {
            String kind = party.kind().name().toLowerCase(Locale.ROOT);
            if (party.originalScriptName() != null && !party.originalScriptName().isBlank()) {
                queries.add(new Query(party.originalScriptName(), party.reference(), party.originalScriptName(), "original script",
                        scriptOf(party.originalScriptName()), kind));
            }
            String variant = Variants.of(party.name(), random);
            if (!variant.equals(party.name())) {
                queries.add(new Query(variant, party.reference(), null, "transliteration variant", "Latin", kind));
            }
            String acronym = Variants.acronym(party.name());
            if (party.kind().name().equals("ENTITY") && acronym != null
                    && party.aliases().stream().anyMatch(a -> a.name().replaceAll("[^A-Za-z]", "").equalsIgnoreCase(acronym))) {
                queries.add(new Query(acronym, party.reference(), aliasSpelled(party, acronym), "acronym", "Latin", kind));
            }
        }
        for (String given : List.of("Mohammed", "Ahmed", "Abdullah", "Ali Hassan", "Ibrahim Ali", "Mohamed Abdi", "Jean Pierre",
                "Abu Mohammed", "Omar")) {
            queries.add(new Query(given, null, null, "common given names", "Latin", "individual"));
        }
        for (String generic : List.of("Mujahidin fighters", "Ansar fighters", "Harakat", "Islamic army", "Liberation front",
                "Brigade fighters", "The army", "Movement fighters", "Armed group")) {
            queries.add(new Query(generic, null, null, "generic group words", "Latin", "entity"));
        }
        for (int i = 0; i < 300 && individuals.size() > 2; i++) {
            ListedParty first = individuals.get(random.nextInt(individuals.size()));
            ListedParty second = individuals.get(random.nextInt(individuals.size()));
            String[] a = WORDS.split(first.name().strip());
            String[] b = WORDS.split(second.name().strip());
            if (first == second || a.length < 2 || b.length < 2 || a[0].equalsIgnoreCase(b[0])) {
                continue;
            }
            queries.add(new Query(a[0] + " " + b[b.length - 1], null, null, "mixed first and family names", "Latin", "individual"));
        }
        return queries;
    }

    private static String aliasSpelled(ListedParty party, String acronym) {
        return party.aliases().stream().map(ListedParty.Alias::name)
                .filter(name -> name.replaceAll("[^A-Za-z]", "").equalsIgnoreCase(acronym)).findFirst().orElse(null);
    }

    private static String scriptOf(String text) {
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        text.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        scripts.removeAll(Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED));
        return scripts.isEmpty() ? "Latin" : scripts.iterator().next().name().charAt(0)
                + scripts.iterator().next().name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** Spellings a report might use for a listed name: one change of the kinds transliterations differ by. */
    static final class Variants {

        private static final String[][] SWAPS = { { "ou", "u" }, { "u", "ou" }, { "sh", "ch" }, { "kh", "k" }, { "q", "k" },
                { "mm", "m" }, { "ee", "i" }, { "i", "ee" }, { "j", "dj" }, { "-", " " }, { " al-", " al " }, { "ph", "f" } };

        private Variants() {
        }

        static String of(String name, SplittableRandom random) {
            String lower = name.toLowerCase(Locale.ROOT);
            List<String[]> applicable = new ArrayList<>();
            for (String[] swap : SWAPS) {
                if (lower.contains(swap[0])) {
                    applicable.add(swap);
                }
            }
            if (applicable.isEmpty()) {
                return name;
            }
            String[] swap = applicable.get(random.nextInt(applicable.size()));
            int at = lower.indexOf(swap[0]);
            return name.substring(0, at) + swap[1] + name.substring(at + swap[0].length());
        }

        /** The initials of the name's words, particles left out: "Allied Democratic Forces" gives "ADF". */
        static String acronym(String name) {
            StringBuilder initials = new StringBuilder();
            for (String word : WORDS.split(name.strip())) {
                String letters = word.replaceAll("[^A-Za-z]", "");
                if (letters.length() > 2 && !Set.of("the", "and", "for", "des", "del").contains(letters.toLowerCase(Locale.ROOT))) {
                    initials.append(Character.toUpperCase(letters.charAt(0)));
                }
            }
            return initials.length() >= 2 && initials.length() <= 6 ? initials.toString() : null;
        }
    }
}
