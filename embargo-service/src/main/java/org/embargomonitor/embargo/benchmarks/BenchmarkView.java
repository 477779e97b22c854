package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benchmark with its current state (the latest assessment) and its history, oldest first. */
@Schema(name = "Benchmark")
public record BenchmarkView(UUID id, String regimeCode, String code, String title, String text, String setBy, LocalDate setOn,
        String source, @Schema(description = "Null until first assessed") BenchmarkStatus currentStatus,
        LocalDate lastAssessedOn, List<AssessmentView> history) {

    @Schema(name = "Assessment")
    public record AssessmentView(UUID id, LocalDate assessedOn, BenchmarkStatus status, String narrative, String sourceDocument,
            String source, String recordedBy) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.assessedOn, a.status, a.narrative, a.sourceDocument, a.source, a.recordedBy);
        }
    }

    static BenchmarkView of(Benchmark b, List<Assessment> assessments) {
        List<AssessmentView> history = assessments.stream()
                .sorted(Comparator.comparing((Assessment a) -> a.assessedOn).thenComparing(a -> a.recordedAt))
                .map(AssessmentView::of).toList();
        AssessmentView latest = history.isEmpty() ? null : history.get(history.size() - 1);
        return new BenchmarkView(b.id, b.regimeCode, b.code, b.title, b.text, b.setBy, b.setOn, b.source,
                latest == null ? null : latest.status(), latest == null ? null : latest.assessedOn(), history);
    }
}
