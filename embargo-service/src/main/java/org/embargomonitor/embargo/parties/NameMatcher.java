package org.embargomonitor.embargo.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /** How much of a score is the share of the reported name's words found in the listed name; the rest, the reverse. */
    static final double REPORTED_WEIGHT = 0.7;
    /** A listed name found whole inside a longer description scores a little below the same name alone. */
    static final double MENTION_FACTOR = 0.95;
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "the", "of", "and", "wa", "wal", "le", "la", "les",
            "de", "du", "des", "d", "l", "bin", "bn", "ben", "ibn", "bint");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ATTACHED_ARTICLE = Pattern.compile("^(wal|al|el)(?=[a-z]{3,})");
    /** In Arabic script the article is always written joined: "الحق" is al-Haq, "الحی" al-Hayy. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(wal|al)(?=[a-z]{2,})");
    private static final Pattern APOSTROPHES = Pattern.compile("['`]");
    /**
     * Arabic ayn is written as nothing, or an apostrophe, in Latin spellings; it is kept as a mark through
     * transliteration so that an ayn-alef ("عا") is not taken for the article "al", and dropped afterwards.
     */
    private static final String AYN = "\u0639";
    private static final String AYN_MARK = "zqz";
    /** "Abd al-Khaliq" written as one word ("abdalkhaliq", "bdalkhalq" from Arabic), but not Abdullah. */
    private static final Pattern JOINED_ABD = Pattern.compile("^(a?bd)(al|ul|el|oul|ur|er)(?!l?l?a?h$)(?=[a-z]{2,})");
    /** "Abd Allah", "Habib Allah" written in two words, as Arabic does: one word, as Latin spellings do ("Habibullah"). */
    private static final Pattern ALLAH = Pattern.compile("^(allah|allh|ullah|ulla|allahi)$");
    /** A word already ending in Allah ("Hamdullah Allah Noor"): the next Allah starts a name of its own. */
    private static final Pattern ALLAH_ENDING = Pattern.compile("(allah|allh|ullah|ulla|ulah|ula)$");
    private static final Set<String> ABD_WITH_ARTICLE = Set.of("abdul", "abdel", "abdal", "abdoul", "abdur", "abder");
    /** Long vowels written as consonant letters in scripts without short vowels (waw, ya). */
    private static final Pattern VOWELS_AND_WAW_YA = Pattern.compile("[aeiouwy]");
    /**
     * Arabic letters that Latin spellings render several ways, each read as one class: dad as d or z (Zia, Fazl),
     * thal and zay as z or d, tha as th or s (Wassiq), sin and shin, jim as j or g (Ragab), c as s (Lounici).
     */
    private static final String[][] CONSONANT_CLASSES = { { "th", "s" }, { "dh", "d" }, { "sh", "s" }, { "z", "d" }, { "j", "g" },
            { "c", "s" } };
    private static final String HA = "\u0647";
    /** Persian, Urdu and Pashto forms of ha (ھ ہ ۀ) read as ha; Pashto dze (ځ) as zay, as Latin spellings write it (Zadran). */
    private static final Pattern OTHER_HA = Pattern.compile("[\u06BE\u06C1\u06C0]");
    private static final String DZE = "\u0681";
    private static final String ZAY = "\u0632";
    /**
     * A ha after a letter ICU writes as a digraph (sh, kh, th, dh, gh: its h marked ẖ) or after an emphatic (ṭ ḍ ṣ ẓ) is
     * a letter of its own (شهيد Shahid, طه Taha), not part of the digraph: a vowel, never written, keeps the two apart.
     */
    private static final Pattern SEPARATE_HA = Pattern.compile("(?<=[\u1E96\u1E6D\u1E0D\u1E63\u1E93])(?=[h\u1E25])");
    private static final String SHORT_VOWELS = "aeiou";
    /** Consonants of a whole name that can tell it apart when its words are run together. */
    private static final int MIN_WHOLE_SKELETON = 5;
    /** All words of both names matched closely, two or more: as strong as one spelling variant. */
    private static final double WHOLE_NAME_SCORE = 0.97;
    /** How close every word must be for the whole name to count: a spelling variant or the same consonants. */
    private static final double CLOSE_WORD = 0.95;
    private static final String LEADING_VOWELS_H_C = "aeiouywhc";
    private static final Pattern VOWELS_WAW_YA_V = Pattern.compile("[aeiouwyv]");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(.)\\1+");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** ICU transliterators are not safe to share between threads: one per thread, no lock on the hot path. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    /** Russian names as the Consolidated List spells them (BGN/PCGN: kh, zh, ch, y), not ISO 9 (h, z, c, j). */
    private static final ThreadLocal<Transliterator> CYRILLIC_TO_LATIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /**
     * A name made comparable, with what was done to it; the folded spellings and consonant skeletons of its words,
     * and its initials, are worked out once, here, not at every comparison.
     */
    public record Normalised(String original, List<String> tokens, List<String> particles, String script, List<String> folded,
            List<String> skeletons, String wholeSkeleton, String initials, List<Long> letters) {

        Normalised(String original, List<String> tokens, List<String> particles, String script) {
            this(original, tokens, particles, script, tokens.stream().map(NameMatcher::fold).toList(),
                    tokens.stream().map(token -> skeleton(fold(token))).toList());
        }

        /**
         * {@code wholeSkeleton}: the consonants of the whole name, words run together ("Habib Allah", "Habibullah"), each
         * word's final t left out (ta marbuta); {@code letters}: the letters in each folded word, as a bit set.
         */
        private Normalised(String original, List<String> tokens, List<String> particles, String script, List<String> folded,
                List<String> skeletons) {
            this(original, tokens, particles, script, folded, skeletons,
                    skeletons.stream().map(s -> s.length() > 1 && s.endsWith("t") ? s.substring(0, s.length() - 1) : s)
                            .collect(Collectors.joining()),
                    initialsOf(tokens), folded.stream().map(NameMatcher::lettersIn).toList());
        }

        boolean fromScriptWithoutShortVowels() {
            return "Arabic".equals(script) || "Hebrew".equals(script) || "Syriac".equals(script);
        }
    }

    /** How well a name matched a candidate name, and why. */
    public record Similarity(double score, List<String> reasons) {
    }

    /** Names normalised lately: checks see the same possessors again and again, and normalising is the dearest step of a match. */
    private static final Cache<String, Normalised> NORMALISED = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A name made comparable: its words, particles, script, folded spellings and consonant skeletons. */
    public static Normalised normalise(String name) {
        return NORMALISED.get(name, NameMatcher::normaliseAnew);
    }

    private static Normalised normaliseAnew(String name) {
        String composed = NFKC.normalize(name.strip());
        String script = dominantNonLatinScript(composed);
        boolean arabic = "Arabic".equals(script);
        String latin = arabic ? arabicToLatin(composed)
                : TO_ASCII.get().transliterate(("Cyrillic".equals(script) ? CYRILLIC_TO_LATIN : TO_LATIN).get().transliterate(composed));
        latin = APOSTROPHES.matcher(latin).replaceAll("");
        List<String> tokens = new ArrayList<>();
        List<String> particles = new ArrayList<>();
        for (String token : NOT_ALPHANUMERIC.split(latin.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher article = (arabic ? ARABIC_ARTICLE : ATTACHED_ARTICLE).matcher(token);
            if (script != null && !ALLAH.matcher(token).matches() && article.find()) {
                particles.add(article.group(1));
                token = token.substring(article.end());
            }
            token = token.replace(AYN_MARK, "");
            if (token.isEmpty()) {
                continue;
            }
            if (ALLAH.matcher(token).matches() && !tokens.isEmpty() && !ALLAH_ENDING.matcher(tokens.get(tokens.size() - 1)).find()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
                continue;
            }
            Matcher joinedAbd = JOINED_ABD.matcher(token);
            if (joinedAbd.find()) {
                tokens.add(joinedAbd.group(1));
                particles.add(joinedAbd.group(2));
                token = token.substring(joinedAbd.end());
            } else if (ABD_WITH_ARTICLE.contains(token)) {
                particles.add(token.substring(3));
                token = "abd";
            }
            if (PARTICLES.contains(token)) {
                particles.add(token);
            } else {
                tokens.add(token);
            }
        }
        return new Normalised(name, List.copyOf(tokens), List.copyOf(particles), script);
    }

    private static String arabicToLatin(String arabic) {
        String letters = OTHER_HA.matcher(arabic).replaceAll(HA).replace(DZE, ZAY).replace(AYN, AYN_MARK);
        return TO_ASCII.get().transliterate(SEPARATE_HA.matcher(TO_LATIN.get().transliterate(letters)).replaceAll("a"));
    }

    /**
     * The keys under which a word of a listed name is indexed ({@link NameIndex}): two words that can match share one,
     * as every way they can match has its key: the folded spelling, the consonants (g as k, a final t left out), the
     * consonants without waw and ya (short words read letter by letter), and for words of similar spelling the length
     * with the first letter or two, or with the first consonant after a leading vowel, h or c (Ibrahim and Ebrahim, Hissène and
     * Issène, Cabdullahi and Abdullahi), or after one more letter in front in either word (Ntaganda, Taganda).
     */
    static List<String> wordKeys(Normalised name, int index) {
        String folded = name.folded().get(index);
        List<String> keys = new ArrayList<>(List.of("f" + folded, "s" + looseConsonants(name.skeletons().get(index)), "c" + lettersRead(folded)));
        if (!folded.isEmpty()) {
            keys.add("j" + folded.charAt(0) + folded.length());
            keys.add("k" + firstConsonant(folded) + folded.length());
        }
        if (folded.length() > 1) {
            keys.add("J" + folded.substring(0, 2) + folded.length());
        }
        if (folded.length() > 2) {
            keys.add("k" + firstConsonant(folded.substring(1)) + (folded.length() - 1));
        }
        return keys;
    }

    /** The keys to look up for a word of a reported name: those of {@link #wordKeys}, with every length a similar word can have. */
    static List<String> wordLookupKeys(Normalised name, int index) {
        String folded = name.folded().get(index);
        List<String> keys = new ArrayList<>(List.of("f" + folded, "s" + looseConsonants(name.skeletons().get(index)), "c" + lettersRead(folded)));
        // The fewer letters two words start with alike, the less Jaro-Winkler raises Jaro, the closer their lengths must be.
        if (folded.length() > 1) {
            lengths(folded, MIN_LENGTH_RATIO).forEach(length -> keys.add("J" + folded.substring(0, 2) + length));
        }
        lengths(folded, MIN_LENGTH_RATIO_ONE_LETTER_ALIKE).forEach(length -> keys.add("j" + folded.charAt(0) + length));
        lengths(folded, MIN_LENGTH_RATIO_UNLIKE_START).forEach(length -> {
            keys.add("k" + firstConsonant(folded) + length);
            if (folded.length() > 2) {
                keys.add("k" + firstConsonant(folded.substring(1)) + length);
            }
        });
        return keys;
    }

    /** Keys of the rules on whole names: the initials (acronyms) and the consonants of the whole name. */
    static List<String> nameKeys(Normalised name, boolean reported) {
        List<String> keys = new ArrayList<>();
        if (!reported && name.initials() != null) {
            keys.add("i" + name.initials());
        }
        if (reported && name.tokens().size() == 1) {
            keys.add("i" + name.tokens().get(0));
        }
        keys.add("w" + looseConsonants(name.wholeSkeleton()));
        return keys;
    }

    /** The first letter after a leading vowel, h or c; the first letter when there is none. */
    private static char firstConsonant(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (LEADING_VOWELS_H_C.indexOf(folded.charAt(i)) < 0) {
                return folded.charAt(i);
            }
        }
        return folded.charAt(0);
    }

    private static String looseConsonants(String skeleton) {
        String loose = skeleton.replace('g', 'k');
        return loose.length() > 1 && loose.endsWith("t") ? loose.substring(0, loose.length() - 1) : loose;
    }

    /** The letters {@link #readsAs} must find in both words in the same order: consonants but w, y and v, a final h left out. */
    private static String lettersRead(String folded) {
        String letters = VOWELS_WAW_YA_V.matcher(classed(folded)).replaceAll("");
        return letters.length() > 1 && letters.endsWith("h") ? letters.substring(0, letters.length() - 1) : letters;
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
        if (reported.tokens().size() == 1 && reported.tokens().get(0).equals(listed.initials())) {
            if (reasons != null) {
                reasons.add("'" + reported.tokens().get(0) + "' is made of the initials of the listed name's words");
            }
            return WHOLE_NAME_SCORE;
        }
        double reportedCovered = 0;
        int reportedMatched = 0;
        boolean withoutShortVowels = reported.fromScriptWithoutShortVowels() || listed.fromScriptWithoutShortVowels();
        for (int i = 0; i < reported.tokens().size(); i++) {
            TokenMatch best = best(reported, i, listed, withoutShortVowels);
            reportedCovered += best.score();
            reportedMatched += best.score() >= CLOSE_WORD ? 1 : 0;
            if (reasons != null) {
                reasons.add(best.reason(reported.tokens().get(i)));
            }
        }
        double listedCovered = 0;
        int listedMatched = 0;
        for (int i = 0; i < listed.tokens().size(); i++) {
            double matched = best(listed, i, reported, reported.fromScriptWithoutShortVowels()).score();
            listedCovered += matched;
            listedMatched += matched >= CLOSE_WORD ? 1 : 0;
        }
        double ofReported = reportedCovered / reported.tokens().size();
        double ofListed = listedCovered / listed.tokens().size();
        double score = REPORTED_WEIGHT * ofReported + (1 - REPORTED_WEIGHT) * ofListed;
        if (score < WHOLE_NAME_SCORE && reportedMatched == reported.tokens().size() && listedMatched == listed.tokens().size()
                && Math.min(reported.tokens().size(), listed.tokens().size()) >= 2) {
            score = WHOLE_NAME_SCORE;
            if (reasons != null) {
                reasons.add("every word of both names has a close counterpart");
            }
        }
        if (score < WHOLE_NAME_SCORE && withoutShortVowels && reported.wholeSkeleton().length() >= MIN_WHOLE_SKELETON
                && (reported.fromScriptWithoutShortVowels() ? sameConsonants(reported.wholeSkeleton(), listed.wholeSkeleton())
                        : sameConsonants(listed.wholeSkeleton(), reported.wholeSkeleton()))) {
            score = WHOLE_NAME_SCORE;
            if (reasons != null) {
                reasons.add("the same consonants in the same order, words run together ('" + reported.wholeSkeleton() + "')");
            }
        }
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

    private static final TokenMatch NO_MATCH = new TokenMatch(null, 0, "none");
    /** Jaro-Winkler of {@link #TOKEN_FLOOR} or more needs the shorter word at least this share of the longer one's length. */
    static final double MIN_LENGTH_RATIO = 0.6;
    /** The same for words that start with one letter alike: Jaro of (0.92 - 0.1) / 0.9 at least. */
    private static final double MIN_LENGTH_RATIO_ONE_LETTER_ALIKE = 3 * (TOKEN_FLOOR - 0.1) / 0.9 - 2;
    /** The same for words that do not start alike, which Jaro-Winkler does not raise above Jaro: 3 × 0.92 - 2. */
    private static final double MIN_LENGTH_RATIO_UNLIKE_START = 3 * TOKEN_FLOOR - 2;

    /** The lengths a word can have to be at least that share as long as the given one, or the given one that share of it. */
    private static IntStream lengths(String word, double ratio) {
        return IntStream.rangeClosed((int) Math.ceil(word.length() * ratio - 1e-9), (int) Math.floor(word.length() / ratio + 1e-9));
    }

    private static long lettersIn(String word) {
        long letters = 0;
        for (int i = 0; i < word.length(); i++) {
            letters |= 1L << (word.charAt(i) & 63);
        }
        return letters;
    }

    /**
     * Whether two words can reach {@link #TOKEN_FLOOR} in Jaro-Winkler similarity, from an upper bound: letters of the
     * shorter word missing from the longer one cannot match, and Jaro-Winkler is at most 0.6 Jaro + 0.4. Most pairs of
     * words are told apart here, from their lengths and the sets of their letters, without the full comparison.
     */
    static boolean maySpellAlike(String one, String other) {
        return maySpellAlike(one, lettersIn(one), other, lettersIn(other));
    }

    private static boolean maySpellAlike(String one, long oneLetters, String other, long otherLetters) {
        boolean oneShorter = one.length() <= other.length();
        String shorter = oneShorter ? one : other;
        String longer = oneShorter ? other : one;
        if (shorter.isEmpty() || shorter.length() < MIN_LENGTH_RATIO * longer.length()) {
            return false;
        }
        // Each letter of the shorter word missing from the longer one leaves at least one of its letters unmatched.
        long missing = oneShorter ? oneLetters & ~otherLetters : otherLetters & ~oneLetters;
        int common = shorter.length() - Long.bitCount(missing);
        double jaro = ((double) common / shorter.length() + (double) common / longer.length() + 1) / 3;
        return 0.6 * jaro + 0.4 >= TOKEN_FLOOR - 1e-9;
    }

    private record TokenMatch(String token, double score, String how) {

        String reason(String reported) {
            return score == 0 ? "'" + reported + "' has no counterpart"
                    : "'" + reported + "' ~ '" + token + "' (" + how + String.format(Locale.ROOT, ", %.2f)", score);
        }
    }

    /** The best counterpart of word {@code index} of one name among the words of the other. */
    private static TokenMatch best(Normalised name, int index, Normalised candidates, boolean withoutShortVowels) {
        TokenMatch best = NO_MATCH;
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
        String skeleton = name.skeletons().get(i);
        String candidateSkeleton = other.skeletons().get(j);
        if (withoutShortVowels && skeleton.length() >= 2 && (name.fromScriptWithoutShortVowels() ? sameConsonants(skeleton, candidateSkeleton)
                : sameConsonants(candidateSkeleton, skeleton))) {
            return new TokenMatch(candidate, CLOSE_WORD, "same consonants; the script writes no short vowels");
        }
        if (withoutShortVowels && Math.min(skeleton.length(), candidateSkeleton.length()) < 2
                && (name.fromScriptWithoutShortVowels() ? readsAs(folded, candidateFolded) : readsAs(candidateFolded, folded))) {
            return new TokenMatch(candidate, CLOSE_WORD, "same letters, short vowels added; the script writes none");
        }
        if (!maySpellAlike(folded, name.letters().get(i), candidateFolded, other.letters().get(j))) {
            return NO_MATCH;
        }
        double similarity = JARO_WINKLER.apply(folded, candidateFolded);
        return similarity < TOKEN_FLOOR ? NO_MATCH
                : new TokenMatch(candidate, round(similarity), "similar spelling");
    }

    /**
     * Whether a short word written without short vowels ("ly", "aywb") reads as a Latin spelling ("ali", "ayub"): each
     * letter in its class, alef as any vowel or none, waw as w, u, o or v, ya as y, i or e (a final ya as a too: Musa,
     * Essa), a final h as nothing, and
     * short vowels added anywhere. For words of one consonant, whose skeletons alone tell too little apart.
     */
    static boolean readsAs(String unvowelled, String latin) {
        return readsAs(classed(unvowelled), 0, classed(latin), 0);
    }

    private static boolean readsAs(String written, int i, String latin, int j) {
        if (i == written.length()) {
            return latin.substring(j).chars().allMatch(c -> SHORT_VOWELS.indexOf(c) >= 0);
        }
        char letter = written.charAt(i);
        if (j < latin.length() && SHORT_VOWELS.indexOf(latin.charAt(j)) >= 0 && readsAs(written, i, latin, j + 1)) {
            return true;
        }
        if ((letter == 'a' || (letter == 'h' && i == written.length() - 1)) && readsAs(written, i + 1, latin, j)) {
            return true;
        }
        if (j == latin.length()) {
            return false;
        }
        char read = latin.charAt(j);
        boolean same = switch (letter) {
            case 'a' -> "aeio".indexOf(read) >= 0;
            case 'w' -> "wuov".indexOf(read) >= 0;
            case 'y' -> "yie".indexOf(read) >= 0 || (read == 'a' && i == written.length() - 1);
            default -> letter == read;
        };
        return same && readsAs(written, i + 1, latin, j + 1);
    }

    /**
     * Whether the skeleton of a name written without short vowels and that of a Latin spelling are alike letter for
     * letter: a written k (qaf, kaf) may be a Latin g (qaf is g in Maghrebi and Gulf spellings, Persian gaf is written
     * kaf), never the reverse (Jamal is not Kamal); a final t may be left out, as ta marbuta is written a alone
     * (Khalifa) and at before another word (Harakat al-).
     */
    private static boolean sameConsonants(String written, String latin) {
        if (written.length() == latin.length() + 1 && written.endsWith("t")) {
            return sameConsonants(written.substring(0, written.length() - 1), latin);
        }
        if (latin.length() == written.length() + 1 && latin.endsWith("t")) {
            return sameConsonants(written, latin.substring(0, latin.length() - 1));
        }
        if (written.length() != latin.length()) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) != latin.charAt(i) && !(written.charAt(i) == 'k' && latin.charAt(i) == 'g')) {
                return false;
            }
        }
        return true;
    }

    private static String classed(String folded) {
        String classed = folded;
        for (String[] consonantClass : CONSONANT_CLASSES) {
            classed = classed.replace(consonantClass[0], consonantClass[1]);
        }
        return classed;
    }

    /** Folds the usual variants of transliterating Arabic, Somali and French spellings into one form. */
    static String fold(String token) {
        String folded = token.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dj", "j")
                .replace("ch", "sh").replace("kh", "k").replace("gh", "g").replace("q", "k").replace("ph", "f");
        folded = REPEATED_LETTER.matcher(folded).replaceAll("$1");
        if (folded.length() > 4 && folded.endsWith("e")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /** The initials of a name of three to six words, for acronyms ("Lord's Resistance Army": lra); else null. */
    private static String initialsOf(List<String> tokens) {
        if (tokens.size() < 3 || tokens.size() > 6) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        tokens.forEach(token -> initials.append(token.charAt(0)));
        return initials.toString();
    }

    /** A name distinctive enough to count when mentioned among other words: two words, or one long one. */
    private static boolean distinctive(Normalised listed) {
        return listed.tokens().size() > 1 || listed.tokens().get(0).length() >= 6;
    }

    /**
     * The consonants, waw and ya read as long vowels, each letter as its class; a final h left out (ta marbuta and ha
     * are written a in Latin: Zada, Mulla); a leading waw or ya kept where one consonant would be left.
     */
    static String skeleton(String folded) {
        String consonants = VOWELS_AND_WAW_YA.matcher(classed(folded)).replaceAll("");
        if (consonants.length() > 1 && consonants.endsWith("h")) {
            consonants = consonants.substring(0, consonants.length() - 1);
        }
        if (consonants.length() < 2 && !folded.isEmpty() && (folded.charAt(0) == 'w' || folded.charAt(0) == 'y')) {
            return folded.charAt(0) + consonants;
        }
        return consonants;
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
