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

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', value = { "ly|ali", "aywb|ayub", "abw|abu", "dya|zia", "ysy|esa", "hy|hai", "mlah|mula" })
    void shouldReadShortWordsWrittenWithoutShortVowels(String written, String latin) {
        assertThat(NameMatcher.readsAs(written, latin)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' does not read as ''{1}''")
    @CsvSource(delimiter = '|', value = { "abw|ayub", "ly|al", "dya|ziad", "ysy|isam" })
    void shouldNotReadShortWordsAsOtherNames(String written, String latin) {
        assertThat(NameMatcher.readsAs(written, latin)).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' and ''{1}'' may spell alike: {2}")
    @CsvSource(delimiter = '|', value = { "mohamed|muhamed|true", "shabab|shabaab|true", "abdulah|abdulahi|true", "abcd|abdc|true",
            "ahmad|rahman|false", "ali|mohamed|false", "shabab|mujahidin|false", "abd|abdulrahman|false" })
    void shouldBoundTheSimilarityOfSpellingsBeforeComparingThem(String one, String other, boolean alike) {
        assertThat(NameMatcher.maySpellAlike(one, other)).isEqualTo(alike);
        if (!alike) {
            assertThat(new org.apache.commons.text.similarity.JaroWinklerSimilarity().apply(one, other)).isLessThan(0.92);
        }
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
            "عبد الرحمن ولد العامر|ABDERRAHMANE OULD AMAR",
            // Allah run into the word before it, as Latin spellings write it
            "حبیب الله رشاد|HABIBULLAH RESHAD",
            "حمد الله الله نور|HAMDULLAH ALLAH NOOR",
            // dad read as z, tha as s, thal as z, jim as g
            "احمد ضیا آغا|AHMAD ZIA AGHA",
            "فضل محمد مظلوم|FAZL MOHAMMAD MAZLOOM",
            "عبد الروف ذاکر|ABDUL RAUF ZAKIR",
            "عبد الله محمد رجب عبد الرحمن|ABD ALLAH MOHAMED RAGAB ABDEL RAHMAN",
            // words of one consonant: Ali, Ayyub, Abu, Hai
            "علي حسن المجيد التكريتي|ALI HASSAN AL-MAJID AL-TIKRITI",
            "ایوب بشیر|AYYUB BASHIR",
            "عدنان أبو وليد الصحراوي|ADNAN ABOU WALID AL-SAHRAOUI",
            "عبدالحی مطمئن|ABDULHAI MOTMAEN",
            // ta marbuta written a; the article joined to a short word; bin and ben set aside
            "الأزهر بن خليفة بن احمد روين|AL-AZHAR BEN KHALIFA BEN AHMED ROUINE",
            "عبد الحق وثيق|ABDUL-HAQ WASSIQ",
            // ha of its own after a digraph or an emphatic: Taha, Shahid
            "طه ياسين رمضان الجزراوي|TAHA YASSIN RAMADAN AL-JIZRAWI",
            // Russian names as BGN/PCGN spells them
            "Айрат Насимович Вахитов|AYRAT NASIMOVICH VAKHITOV" })
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
            "CHO CHUN RYONG|CHOE CHUN YONG",
            "جمال عكاشة|KAMAL AKKACHA",
            "أبو بكر|AYYUB BAKR",
            "Abd al-Rahman|ABDUL RAZAQ" })
    void shouldNotScoreHighNamesThatOnlyShareWords(String reported, String listed) {
        assertThat(compare(reported, listed).score()).isLessThan(0.97);
    }
}
