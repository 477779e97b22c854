package org.embargomonitor.embargo.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Compares a free-text name ("Al Shabab", "Harakat al-Chabab", "حركة الشباب المجاهدين") with listed names and
 * aliases: Unicode normalisation and transliteration to Latin (ICU), articles and particles set aside, spelling
 * variants of transliteration folded (ou/u, dj/j, ch/sh, doubled letters), consonant skeletons for names written
 * without short vowels, and Jaro-Winkler similarity token by token. Every score comes with the reasons for it.
 */
public final class NameMatcher {

    /** Scores from here on are reported as matches. */
    public static final double THRESHOLD = 0.85;
    private static final double TOKEN_FLOOR = 0.92;
    /** A listed name found whole inside a longer description scores a little below the same name alone. */
    private static final double MENTION_FACTOR = 0.95;
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "the", "of", "and", "wa", "le", "la", "les",
            "de", "du", "des", "d", "l", "bin", "ibn", "bint");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ATTACHED_ARTICLE = Pattern.compile("^(al|el)(?=[a-z]{3,})");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(.)\\1+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** ICU transliterators are not safe to share between threads: one per thread, no lock on the hot path. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /**
     * A name made comparable, with what was done to it; the folded spellings and consonant skeletons of its words
     * are worked out once, here, not at every comparison.
     */
    public record Normalised(String original, List<String> tokens, List<String> particles, String script, List<String> folded,
            List<String> skeletons) {

        Normalised(String original, List<String> tokens, List<String> particles, String script) {
            this(original, tokens, particles, script, tokens.stream().map(NameMatcher::fold).toList(),
                    tokens.stream().map(token -> skeleton(fold(token))).toList());
        }

        boolean fromScriptWithoutShortVowels() {
            return "Arabic".equals(script) || "Hebrew".equals(script) || "Syriac".equals(script);
        }
    }

    /** How well a name matched a candidate name, and why. */
    public record Similarity(double score, List<String> reasons) {
    }

    public static Normalised normalise(String name) {
        String composed = NFKC.normalize(name.strip());
        String script = dominantNonLatinScript(composed);
        String latin = TO_LATIN.get().transliterate(composed);
        List<String> tokens = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        for (String token : NOT_ALPHANUMERIC.split(latin.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            if (script != null && ATTACHED_ARTICLE.matcher(token).find()) {
                particles.add(token.substring(0, 2));
                token = token.substring(2);
            }
            if (PARTICLES.contains(token)) {
                particles.add(token);
            } else {
                tokens.add(token);
            }
        }
        return new Normalised(name, List.copyOf(tokens), List.copyOf(particles), script);
    }

    /** Compares what was reported with one listed name. */
    public static Similarity compare(Normalised reported, Normalised listed) {
        List<String> reasons = new ArrayList<>();
        double score = similarity(reported, listed, reasons);
        return new Similarity(score, List.copyOf(reasons));
    }

    /** The score {@link #compare} gives, without working out the reasons: for screening many names. */
    public static double score(Normalised reported, Normalised listed) {
        return similarity(reported, listed, null);
    }

    private static double similarity(Normalised reported, Normalised listed, List<String> reasons) {
        if (reported.tokens().isEmpty() || listed.tokens().isEmpty()) {
            return 0;
        }
        if (reasons != null && reported.script() != null) {
            reasons.add("'" + reported.original() + "' transliterated from " + reported.script() + " script to '"
                    + String.join(" ", reported.tokens()) + "'");
        }
        if (reasons != null && !reported.particles().isEmpty()) {
            reasons.add("articles and particles set aside: " + String.join(", ", reported.particles()));
        }
        double reportedCovered = 0;
        boolean withoutShortVowels = reported.fromScriptWithoutShortVowels() || listed.fromScriptWithoutShortVowels();
        for (int i = 0; i < reported.tokens().size(); i++) {
            TokenMatch best = best(reported, i, listed, withoutShortVowels);
            reportedCovered += best.score();
            if (reasons != null) {
                reasons.add(best.reason(reported.tokens().get(i)));
            }
        }
        double listedCovered = 0;
        for (int i = 0; i < listed.tokens().size(); i++) {
            listedCovered += best(listed, i, reported, reported.fromScriptWithoutShortVowels()).score();
        }
        double ofReported = reportedCovered / reported.tokens().size();
        double ofListed = listedCovered / listed.tokens().size();
        double score = 0.7 * ofReported + 0.3 * ofListed;
        if (reasons != null) {
            reasons.add(String.format(Locale.ROOT, "%.0f%% of the reported name's words found in the listed name, %.0f%% of the listed name's words in the reported one",
                    ofReported * 100, ofListed * 100));
        }
        if (distinctive(listed) && MENTION_FACTOR * ofListed > score) {
            score = MENTION_FACTOR * ofListed;
            if (reasons != null) {
                reasons.add("the reported text mentions the whole listed name");
            }
        }
        return round(score);
    }

    private record TokenMatch(String token, double score, String how) {

        String reason(String reported) {
            return score == 0 ? "'" + reported + "' has no counterpart"
                    : "'" + reported + "' ~ '" + token + "' (" + how + String.format(Locale.ROOT, ", %.2f)", score);
        }
    }

    /** The best counterpart of word {@code index} of one name among the words of the other. */
    private static TokenMatch best(Normalised name, int index, Normalised candidates, boolean withoutShortVowels) {
        TokenMatch best = new TokenMatch(null, 0, "none");
        for (int j = 0; j < candidates.tokens().size(); j++) {
            TokenMatch match = tokenMatch(name, index, candidates, j, withoutShortVowels);
            if (match.score() > best.score()) {
                best = match;
            }
        }
        return best;
    }

    private static TokenMatch tokenMatch(Normalised name, int i, Normalised other, int j, boolean withoutShortVowels) {
        String candidate = other.tokens().get(j);
        if (name.tokens().get(i).equals(candidate)) {
            return new TokenMatch(candidate, 1, "same");
        }
        String folded = name.folded().get(i);
        String candidateFolded = other.folded().get(j);
        if (folded.equals(candidateFolded)) {
            return new TokenMatch(candidate, 0.98, "spelling variant of transliteration");
        }
        if (withoutShortVowels && folded.length() > 2 && name.skeletons().get(i).equals(other.skeletons().get(j))) {
            return new TokenMatch(candidate, 0.95, "same consonants; the script writes no short vowels");
        }
        double similarity = JARO_WINKLER.apply(folded, candidateFolded);
        return similarity < TOKEN_FLOOR ? new TokenMatch(null, 0, "none")
                : new TokenMatch(candidate, round(similarity), "similar spelling");
    }

    /** Folds the usual variants of transliterating Arabic, Somali and French spellings into one form. */
    static String fold(String token) {
        String folded = token.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dj", "j")
                .replace("ch", "sh").replace("kh", "k").replace("q", "k").replace("ph", "f");
        folded = REPEATED_LETTER.matcher(folded).replaceAll("$1");
        if (folded.length() > 4 && folded.endsWith("e")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /** A name distinctive enough to count when mentioned among other words: two words, or one long one. */
    private static boolean distinctive(Normalised listed) {
        return listed.tokens().size() > 1 || listed.tokens().get(0).length() >= 6;
    }

    private static String skeleton(String folded) {
        return VOWELS.matcher(folded).replaceAll("");
    }

    private static String dominantNonLatinScript(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        text.codePoints().filter(Character::isLetter).forEach(c -> counts[UScript.getScript(c)]++);
        int best = -1;
        for (int script = 0; script < counts.length; script++) {
            if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED && counts[script] > 0
                    && (best < 0 || counts[script] > counts[best])) {
                best = script;
            }
        }
        return best < 0 ? null : UScript.getName(best);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
