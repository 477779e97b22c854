package org.embargomonitor.embargo.parties;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Listed names by the keys matching words share ({@link NameMatcher#wordKeys}), built once per list import, so that a
 * reported name is scored against the few names that can reach {@link NameMatcher#THRESHOLD}, not the whole list.
 * A name reaches it only when most of the reported words match (so one of the rarest of them does), when nearly all of
 * its own words match (so its rarest one does: the mention of a listed name in a longer description), or by a rule on
 * whole names (initials, the consonants of the whole name).
 */
public final class NameIndex<T> {

    /** The share of the reported words that may go unmatched above the threshold. */
    private static final double UNMATCHED_REPORTED = 1 - (NameMatcher.THRESHOLD - (1 - NameMatcher.REPORTED_WEIGHT)) / NameMatcher.REPORTED_WEIGHT;
    /** The share of a listed name's words that may go unmatched when it is mentioned in a longer description. */
    private static final double UNMATCHED_LISTED = 1 - NameMatcher.THRESHOLD / NameMatcher.MENTION_FACTOR;

    private static final int[] NONE = new int[0];

    private final List<T> entries;
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byRarestWords;

    private NameIndex(List<T> entries, Map<String, int[]> byWord, Map<String, int[]> byRarestWords) {
        this.entries = entries;
        this.byWord = byWord;
        this.byRarestWords = byRarestWords;
    }

    public static <T> NameIndex<T> of(List<T> entries, Function<T, NameMatcher.Normalised> nameOf) {
        List<List<List<String>>> keysOfWords = new ArrayList<>(entries.size());
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            NameMatcher.Normalised name = nameOf.apply(entries.get(i));
            List<List<String>> words = IntStream.range(0, name.tokens().size()).mapToObj(word -> NameMatcher.wordKeys(name, word)).toList();
            keysOfWords.add(words);
            for (List<String> keys : words) {
                add(byWord, keys, i);
            }
            add(byWord, NameMatcher.nameKeys(name, false), i);
        }
        Map<String, int[]> words = frozen(byWord);
        Map<String, List<Integer>> byRarestWords = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            List<List<String>> keys = keysOfWords.get(i);
            int rarest = (int) Math.floor(keys.size() * UNMATCHED_LISTED + 1e-9) + 1;
            for (List<String> word : rarestFirst(keys, words).subList(0, Math.min(rarest, keys.size()))) {
                add(byRarestWords, word, i);
            }
        }
        return new NameIndex<>(List.copyOf(entries), words, frozen(byRarestWords));
    }

    /** The entries whose names may reach the threshold against the reported one, in the order they were indexed. */
    public List<T> candidates(NameMatcher.Normalised reported) {
        BitSet found = new BitSet(entries.size());
        List<List<String>> keys = IntStream.range(0, reported.tokens().size()).mapToObj(word -> NameMatcher.wordLookupKeys(reported, word))
                .toList();
        int rarest = (int) Math.floor(keys.size() * UNMATCHED_REPORTED + 1e-9) + 1;
        for (List<String> word : rarestFirst(keys, byWord).subList(0, Math.min(rarest, keys.size()))) {
            collect(byWord, word, found);
        }
        for (List<String> word : keys) {
            collect(byRarestWords, word, found);
        }
        collect(byWord, NameMatcher.nameKeys(reported, true), found);
        List<T> candidates = new ArrayList<>(found.cardinality());
        found.stream().forEach(i -> candidates.add(entries.get(i)));
        return candidates;
    }

    /** The keys of a name's words, those that lead to the fewest names first. */
    private static List<List<String>> rarestFirst(List<List<String>> keysOfWords, Map<String, int[]> postings) {
        return keysOfWords.stream()
                .sorted(Comparator.comparingLong(keys -> keys.stream().mapToLong(key -> postings.getOrDefault(key, NONE).length).sum()))
                .toList();
    }

    private static void add(Map<String, List<Integer>> postings, List<String> keys, int entry) {
        for (String key : keys) {
            List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>());
            if (posting.isEmpty() || posting.get(posting.size() - 1) != entry) {
                posting.add(entry);
            }
        }
    }

    private static void collect(Map<String, int[]> postings, List<String> keys, BitSet found) {
        for (String key : keys) {
            int[] posting = postings.get(key);
            if (posting != null) {
                for (int entry : posting) {
                    found.set(entry);
                }
            }
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> postings) {
        Map<String, int[]> frozen = new HashMap<>(postings.size() * 2);
        postings.forEach((key, list) -> frozen.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return frozen;
    }
}
