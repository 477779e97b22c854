package org.embargomonitor.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsolidatedListReaderTest {

    @Test
    void shouldReadEveryEntryOfTheRealSnapshotsAndWhenTheyWereGenerated() throws Exception {
        List<ListedParty> entries2025 = read(ConsolidatedList.SNAPSHOT_2025);
        List<ListedParty> entries2026 = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ConsolidatedList.SNAPSHOT_2026)) {
            assertThat(ConsolidatedListReader.read(in, entries2026::add).toLocalDate()).isEqualTo(LocalDate.parse("2026-05-08"));
        }

        assertThat(entries2025).hasSize(877);
        assertThat(entries2026).hasSize(1009);
        assertThat(entries2026).filteredOn(e -> e.kind() == PartyKind.ENTITY).hasSize(272);
    }

    @Test
    void shouldReadAnEntityWithItsAliasesAndQualities() throws Exception {
        ListedParty shabaab = read(ConsolidatedList.SNAPSHOT_2026).stream().filter(e -> e.reference().equals("SOe.001"))
                .findFirst().orElseThrow();

        assertThat(shabaab.name()).isEqualTo("AL-SHABAAB");
        assertThat(shabaab.listType()).isEqualTo("Somalia");
        assertThat(shabaab.listedOn()).isEqualTo(LocalDate.parse("2010-04-12"));
        assertThat(shabaab.aliases()).contains(new ListedParty.Alias("AL-SHABAB", "a.k.a."),
                new ListedParty.Alias("HARAKAT AL - SHABAAB AL - MUJAAHIDIIN", "a.k.a."));
    }

    @Test
    void shouldReadAnIndividualWithNamesNationalityAndDesignation() throws Exception {
        ListedParty gedo = read(ConsolidatedList.SNAPSHOT_2026).stream().filter(e -> e.reference().equals("SDi.007"))
                .findFirst().orElseThrow();

        assertThat(gedo.name()).isEqualTo("GEDO HAMDAN AHMED");
        assertThat(gedo.nationalities()).containsExactly("Sudan");
        assertThat(gedo.designations()).containsExactly("Commander for the North Darfur section of the Rapid Support Forces");
        assertThat(gedo.aliases()).containsExactly(new ListedParty.Alias("ABU NASHUK", "Good"));
    }

    @Test
    void shouldRefuseADocumentThatIsNotTheListSayingWhy() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><sanctions/>"))
                .isInstanceOf(ConsolidatedListReader.UnreadableListException.class).hasMessageContaining("root element is sanctions");
        assertThatThrownBy(() -> read("<CONSOLIDATED_LIST dateGenerated=\"2026-05-08T23:00:06.922Z\"><INDIVIDUALS><INDIVIDUAL>"))
                .isInstanceOf(ConsolidatedListReader.UnreadableListException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void shouldRefuseDocumentTypeDeclarationsAndTheirEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-05-08T23:00:06.922Z\"><INDIVIDUALS><INDIVIDUAL>"
                + "<REFERENCE_NUMBER>&e;</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";

        assertThatThrownBy(() -> read(xxe)).isInstanceOf(ConsolidatedListReader.UnreadableListException.class);
    }

    private static List<ListedParty> read(java.nio.file.Path file) throws Exception {
        List<ListedParty> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            ConsolidatedListReader.read(in, entries::add);
        }
        return entries;
    }

    private static List<ListedParty> read(String xml) throws Exception {
        List<ListedParty> entries = new ArrayList<>();
        ConsolidatedListReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), entries::add);
        return entries;
    }
}
