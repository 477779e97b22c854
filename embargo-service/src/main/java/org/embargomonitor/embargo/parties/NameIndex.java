package org.embargomonitor.embargo.parties;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Listed names by the keys matching words share ({@link NameMatcher#wordKeys}), built once per list import, so that a
 * reported name is scored against the few names that can reach {@link NameMatcher#THRESHOLD}, not the whole list.
 * A name reaches it only when most of the reported words match one of its words, when nearly all of its own words
 * match (the mention of a listed name in a longer description), or by a rule on whole names (initials, the consonants
 * of the whole name). The index counts, for each listed name, the reported words that match it and which of its own
 * words they match, so that only names meeting one of these conditions are scored.
 */
public final class NameIndex<T> {

    /** The share of the reported words that may go unmatched above the threshold. */
    private static final double UNMATCHED_REPORTED = 1 - (NameMatcher.THRESHOLD - (1 - NameMatcher.REPORTED_WEIGHT)) / NameMatcher.REPORTED_WEIGHT;
    /** The share of a listed name's words that may go unmatched when it is mentioned in a longer description. */
    private static final double UNMATCHED_LISTED = 1 - NameMatcher.THRESHOLD / NameMatcher.MENTION_FACTOR;
    /** A posting of a word key holds the entry and which of its words has the key, in the low bits. */
    private static final int WORD_BITS = 6;
    private static final int LAST_WORD = (1 << WORD_BITS) - 1;
    private static final int[] NONE = new int[0];

    private final List<T> entries;
    /** How many of each entry's words must match for a mention. */
    private final int[] neededOfListed;
    private final Map<String, int[]> byWordKey;
    private final Map<String, int[]> byNameKey;

    private NameIndex(List<T> entries, int[] neededOfListed, Map<String, int[]> byWordKey, Map<String, int[]> byNameKey) {
        this.entries = entries;
        this.neededOfListed = neededOfListed;
        this.byWordKey = byWordKey;
        this.byNameKey = byNameKey;
    }

    public static <T> NameIndex<T> of(List<T> entries, Function<T, NameMatcher.Normalised> nameOf) {
        Map<String, List<Integer>> byWordKey = new HashMap<>();
        Map<String, List<Integer>> byNameKey = new HashMap<>();
        int[] neededOfListed = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            NameMatcher.Normalised name = nameOf.apply(entries.get(i));
            int words = name.tokens().size();
            // words past the 64th share the last bit: their name then needs fewer distinct bits, never more
            neededOfListed[i] = Math.min(words - (int) Math.floor(words * UNMATCHED_LISTED + 1e-9), LAST_WORD + 1);
            for (int word = 0; word < words; word++) {
                add(byWordKey, NameMatcher.wordKeys(name, word), i << WORD_BITS | Math.min(word, LAST_WORD));
            }
            add(byNameKey, NameMatcher.nameKeys(name, false), i);
        }
        return new NameIndex<>(List.copyOf(entries), neededOfListed, frozen(byWordKey), frozen(byNameKey));
    }

    /**
     * The entries whose names may reach the threshold against the reported one, in the order they were indexed: those
     * that enough of the reported words match (all but the share that may go unmatched), those with nearly all their own
     * words matched, and those a rule on whole names reaches.
     */
    public List<T> candidates(NameMatcher.Normalised reported) {
        int reportedWords = reported.tokens().size();
        int neededOfReported = reportedWords - (int) Math.floor(reportedWords * UNMATCHED_REPORTED + 1e-9);
        int[] reportedMatching = new int[entries.size()];
        int[] lastReportedWord = new int[entries.size()];
        long[] listedMatched = new long[entries.size()];
        BitSet found = new BitSet(entries.size());
        for (int word = 0; word < reportedWords; word++) {
            for (String key : NameMatcher.wordLookupKeys(reported, word)) {
                for (int posting : byWordKey.getOrDefault(key, NONE)) {
                    int entry = posting >>> WORD_BITS;
                    listedMatched[entry] |= 1L << (posting & LAST_WORD);
                    if (lastReportedWord[entry] != word + 1) {
                        lastReportedWord[entry] = word + 1;
                        reportedMatching[entry]++;
                    }
                    if (reportedMatching[entry] >= neededOfReported || Long.bitCount(listedMatched[entry]) >= neededOfListed[entry]) {
                        found.set(entry);
                    }
                }
            }
        }
        for (String key : NameMatcher.nameKeys(reported, true)) {
            for (int entry : byNameKey.getOrDefault(key, NONE)) {
                found.set(entry);
            }
        }
        List<T> candidates = new ArrayList<>(found.cardinality());
        found.stream().forEach(i -> candidates.add(entries.get(i)));
        return candidates;
    }

    private static void add(Map<String, List<Integer>> postings, List<String> keys, int posting) {
        for (String key : keys) {
            List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != posting) {
                list.add(posting);
            }
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> postings) {
        Map<String, int[]> frozen = new HashMap<>(postings.size() * 2);
        postings.forEach((key, list) -> frozen.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return frozen;
    }
}
