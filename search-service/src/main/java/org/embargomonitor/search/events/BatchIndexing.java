package org.embargomonitor.search.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.embargomonitor.platform.pipeline.ConsumerGuard;
import org.embargomonitor.platform.pipeline.KafkaPipeline;
import org.embargomonitor.search.opensearch.BulkWriter;
import org.embargomonitor.search.opensearch.OpenSearchDependency;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Indexes a batch of events in one bulk request. An event that cannot be read, or whose document OpenSearch
 * refuses, goes to the dead-letter topic with the reason and the rest of the batch is indexed; while OpenSearch
 * does not answer, consuming pauses until it does.
 */
@ApplicationScoped
public class BatchIndexing {

    private final BulkWriter writer;
    private final ConsumerGuard guard;
    private final OpenSearchDependency openSearch;
    private final KafkaPipeline pipeline;

    BatchIndexing(BulkWriter writer, ConsumerGuard guard, OpenSearchDependency openSearch, KafkaPipeline pipeline) {
        this.writer = writer;
        this.guard = guard;
        this.openSearch = openSearch;
        this.pipeline = pipeline;
    }

    /** What one event becomes: the document's id and its write; the newest of each id is written. */
    public record Indexed<T>(String documentId, T document, BulkOperation operation) {
    }

    /**
     * Reads each event, keeps the newest document of each id (by {@code newer}), writes them, dead-letters what
     * could not be read or written, and answers the documents written.
     */
    public <T> Uni<List<T>> index(String channel, String what, ConsumerRecords<String, String> records,
            Function<String, Indexed<T>> read, java.util.function.BinaryOperator<Indexed<T>> newer) {
        Map<String, Indexed<T>> newest = new LinkedHashMap<>();
        Map<String, ConsumerRecord<String, String>> sourceOf = new HashMap<>();
        List<Uni<Void>> deadLetters = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Indexed<T> indexed;
            try {
                indexed = read.apply(record.value());
            } catch (EventReader.UnreadableEvent e) {
                deadLetters.add(pipeline.deadLetter(channel, record.key(), record.value(), e.getMessage()));
                continue;
            }
            Indexed<T> kept = newest.merge(indexed.documentId(), indexed, newer);
            if (kept == indexed) {
                sourceOf.put(indexed.documentId(), record);
            }
        }
        List<BulkOperation> operations = newest.values().stream().map(Indexed::operation).toList();
        return Multi.createFrom().iterable(deadLetters).onItem().transformToUniAndConcatenate(Function.identity()).collect().last()
                .chain(() -> guard.process(channel, records.count(), openSearch, () -> writer.write(what, operations)))
                .chain(refused -> Multi.createFrom().iterable(refused)
                        .onItem().transformToUniAndConcatenate(document -> {
                            ConsumerRecord<String, String> source = sourceOf.get(document.id());
                            newest.remove(document.id());
                            return pipeline.deadLetter(channel, source.key(), source.value(), document.reason());
                        })
                        .collect().last()
                        .map(done -> newest.values().stream().map(Indexed::document).toList()));
    }
}
