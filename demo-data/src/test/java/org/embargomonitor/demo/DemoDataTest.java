package org.embargomonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo files read as the demo loader reads them, and consistent with each other. */
class DemoDataTest {

    private static final Path DEMO = Path.of(System.getProperty("embargo.root", "..")).resolve("infra/demo");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDestroyOnlyItemsThatTheDemoSeizuresHaveAfterTheyWereSeized() throws Exception {
        List<JsonNode> seizures = new ArrayList<>();
        for (String line : Files.readAllLines(DEMO.resolve("seizures.ndjson"))) {
            if (!line.isBlank()) {
                seizures.add(JSON.readTree(line));
            }
        }
        List<DemoData.Destruction> destructions = DemoData.Destruction.readAll(DEMO.resolve("destroyed.txt"));

        assertThat(seizures).hasSize(33);
        assertThat(destructions).hasSize(9).first().isEqualTo(new DemoData.Destruction("DEMO-MINUSCA-0002", 1, LocalDate.of(2026, 4, 22)));
        for (DemoData.Destruction destruction : destructions) {
            JsonNode seizure = seizures.stream().filter(s -> s.path("reference").asText().equals(destruction.reference())).findFirst()
                    .orElseThrow(() -> new AssertionError("no demo seizure " + destruction.reference()));
            assertThat(seizure.path("items").size()).isGreaterThanOrEqualTo(destruction.position());
            assertThat(destruction.on()).isAfterOrEqualTo(LocalDate.parse(seizure.path("occurredAt").asText().substring(0, 10)));
        }
    }

    @Test
    void shouldHaveEachSeizureRecordedByTheOfficerOfItsOperation() throws Exception {
        assertThat(DemoData.recorderOf(JSON.readTree("{\"operation\": \"MONUSCO\"}"))).isEqualTo("monusco.officer");
        assertThat(DemoData.recorderOf(JSON.readTree("{\"operation\": \"MINUSCA\"}"))).isEqualTo("mission.officer");
    }

    @Test
    void shouldRefuseALineOfDestroyedItemsThatIsNotAReferencePositionAndDay(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("destroyed.txt");
        Files.writeString(file, "# comment\n\nDEMO-1 2\n");

        assertThatThrownBy(() -> DemoData.Destruction.readAll(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEMO-1 2");
    }
}
