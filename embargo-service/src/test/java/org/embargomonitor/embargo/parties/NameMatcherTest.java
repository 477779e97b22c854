package org.embargomonitor.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Names of Al-Shabaab (SOe.001) as the UN Consolidated List of 2026-05-08 gives them. */
class NameMatcherTest {

    private static NameMatcher.Similarity compare(String reported, String listed) {
        return NameMatcher.compare(NameMatcher.normalise(reported), NameMatcher.normalise(listed));
    }

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Al Shabab|AL-SHABAB",
            "Al Shabab|AL-SHABAAB",
            "al-Shabaab fighters' cache|AL-SHABAAB",
            "Harakat al-Shabaab al-Mujahideen|HARAKAT AL - SHABAAB AL - MUJAAHIDIIN",
            "Harakat al-Chabab al-Moudjahidine|HARAKAT AL - SHABAAB AL - MUJAAHIDIIN",
            "حركة الشباب المجاهدين|HARAKAT AL - SHABAAB AL - MUJAAHIDIIN",
            "Mouvement de la jeunesse moudjahidine|MUJAHIDEEN YOUTH MOVEMENT" })
    void shouldMatchSpellingsOfTheSameName(String reported, String listed) {
        NameMatcher.Similarity similarity = compare(reported, listed);

        if (reported.startsWith("Mouvement")) {
            // Translation is not transliteration: a French translation of an English alias must not match.
            assertThat(similarity.score()).isLessThan(NameMatcher.THRESHOLD);
        } else {
            assertThat(similarity.score()).as(similarity.reasons().toString()).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        }
    }

    @Test
    void shouldSayWhyAnArabicNameMatched() {
        NameMatcher.Similarity similarity = compare("حركة الشباب المجاهدين", "HARAKAT AL - SHABAAB AL - MUJAAHIDIIN");

        assertThat(similarity.reasons()).anySatisfy(reason -> assertThat(reason).contains("transliterated from Arabic script"));
        assertThat(similarity.reasons()).anySatisfy(reason -> assertThat(reason).contains("same consonants"));
        assertThat(similarity.reasons()).anySatisfy(reason -> assertThat(reason).contains("articles and particles set aside: al"));
    }

    @Test
    void shouldNameTheFoldedSpellingVariant() {
        assertThat(compare("Al Shabab", "AL-SHABAAB").reasons())
                .anySatisfy(reason -> assertThat(reason).contains("'shabab' ~ 'shabaab' (spelling variant of transliteration"));
    }

    @ParameterizedTest(name = "''{0}'' does not match ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Anti-balaka|AL-SHABAAB",
            "Alliance des patriotes pour un Congo libre et souverain|AL-SHABAAB",
            "Unknown armed men|HARAKAT AL - SHABAAB AL - MUJAAHIDIIN",
            "Al|AL-SHABAAB" })
    void shouldNotMatchOtherNames(String reported, String listed) {
        assertThat(compare(reported, listed).score()).isLessThan(NameMatcher.THRESHOLD);
    }

    @Test
    void shouldFoldTransliterationVariants() {
        assertThat(NameMatcher.fold("moudjahidine")).isEqualTo(NameMatcher.fold("mujahidin"));
        assertThat(NameMatcher.fold("chabab")).isEqualTo(NameMatcher.fold("shabaab"));
    }

    @ParameterizedTest(name = "''{0}'' is HIGH for ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "LRA|LORD'S RESISTANCE ARMY",
            "عبدالخالق الحوثي|ABD AL-KHALIQ AL-HOUTHI",
            "عبد الحبیب عالیزی|ABDUL HABIB ALIZAI",
            "عبد الله يحيى الحاكم|ABDULLAH YAHYA AL HAKIM",
            "Jama'at Nusrat al-Islam wal-Muslimin|JAMA'A NUSRAT AL-ISLAM WAL-MUSLIMIN",
            "عبد الرحمن ولد العامر|ABDERRAHMANE OULD AMAR" })
    void shouldScoreHighWhatTheMatchingBenchmarkMissedBefore(String reported, String listed) {
        NameMatcher.Similarity similarity = compare(reported, listed);

        assertThat(similarity.score()).as(similarity.reasons().toString()).isGreaterThanOrEqualTo(0.97);
    }

    @ParameterizedTest(name = "''{0}'' is not HIGH for ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "ADF|LORD'S RESISTANCE ARMY",
            "Mohammed|MUHAMMAD ABDALLAH",
            "Ali Hassan|HASSAN DAHIR AWEYS",
            "Harakat|HARAKAT AL - SHABAAB AL - MUJAAHIDIIN",
            "CHO CHUN RYONG|CHOE CHUN YONG" })
    void shouldNotScoreHighNamesThatOnlyShareWords(String reported, String listed) {
        assertThat(compare(reported, listed).score()).isLessThan(0.97);
    }
}
