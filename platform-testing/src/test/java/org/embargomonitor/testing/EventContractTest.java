package org.embargomonitor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventContractTest {

    private static final EventContract EVIDENCE = EventContract.of("evidence-event");

    private static final String EVENT = """
            {"schemaVersion": 1, "eventId": "%s", "type": "EVIDENCE_ADDED", "occurredAt": "2026-12-03T10:00:00Z", "actor": "mission.staff",
             "evidence": {"id": "%s", "seizureId": "%s", "sha256": "%s", "sizeBytes": 2048, "mediaType": "image/jpeg",
                          "uploadedBy": "mission.staff", "uploadedAt": "2026-12-03T10:00:00Z"%s}}""";

    record Evidence(UUID id, UUID seizureId, String sha256, long sizeBytes, Double latitude) {
    }

    record Misread(UUID id, long mediaType, String checksum) {
    }

    private static String event(String more) {
        return EVENT.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "ab".repeat(32), more);
    }

    @Test
    void shouldAcceptAnEventAsTheSchemaDeclaresIt() {
        assertThat(EVIDENCE.problems(event(", \"camera\": null"))).isEmpty();
    }

    @Test
    void shouldRefuseAnEventWithAFieldTheSchemaDoesNotDeclareOrAValueItRefuses() {
        assertThat(EVIDENCE.problems(event(", \"cameraSerial\": \"X1\""))).singleElement().asString()
                .contains("/evidence/cameraSerial is produced but not declared");
        assertThat(EVIDENCE.problems(event(", \"sizeBytes\": -1")).toString()).contains("sizeBytes");
        assertThat(EVIDENCE.problems(event("").replace("\"sha256\"", "\"sha\""))).isNotEmpty();
    }

    @Test
    void shouldAcceptAReaderOfDeclaredFieldsAndNameTheFieldsAReaderMisreads() {
        assertThat(EVIDENCE.unreadableBy(Evidence.class, "evidence", Set.of())).isEmpty();

        List<String> problems = EVIDENCE.unreadableBy(Misread.class, "evidence", Set.of());

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("/mediaType is read as long but the schema says [string]");
        assertThat(problems.get(1)).contains("Misread.checksum reads evidence/checksum, which the schema does not declare");
        assertThat(EVIDENCE.unreadableBy(Misread.class, "evidence", Set.of("mediaType", "checksum"))).isEmpty();
    }
}
