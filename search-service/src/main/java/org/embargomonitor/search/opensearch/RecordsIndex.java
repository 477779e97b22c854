package org.embargomonitor.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import jakarta.json.stream.JsonParser;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/** Makes sure the versioned records index and its alias exist before the service takes requests. */
@ApplicationScoped
public class RecordsIndex {

    private static final Logger LOG = Logger.getLogger(RecordsIndex.class);
    static final int VERSION = 2;
    private final OpenSearchAsyncClient client;
    private final OpenSearchConfig config;
    private final ObjectMapper json;

    RecordsIndex(OpenSearchAsyncClient client, OpenSearchConfig config, ObjectMapper json) {
        this.client = client;
        this.config = config;
        this.json = json;
    }

    public String alias() {
        return config.recordsAlias();
    }

    public String currentIndex() {
        return config.recordsAlias() + "-v" + VERSION;
    }

    /**
     * Makes sure the current index version exists and the alias points at it alone; an index of an older version
     * is left in place, detached, until a reindex has filled the new one.
     */
    void ensureCurrent(@Observes StartupEvent start) throws ExecutionException, InterruptedException, IOException {
        if (!client.indices().exists(e -> e.index(currentIndex())).get().value()) {
            create();
        }
        Set<String> holders = client.indices().existsAlias(a -> a.name(alias())).get().value()
                ? client.indices().getAlias(a -> a.name(alias())).get().result().keySet()
                : Set.of();
        if (holders.equals(Set.of(currentIndex()))) {
            return;
        }
        client.indices().updateAliases(u -> {
            holders.stream().filter(index -> !index.equals(currentIndex()))
                    .forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias()))));
            return u.actions(a -> a.add(add -> add.index(currentIndex()).alias(alias()).isWriteIndex(true)));
        }).get();
        LOG.infof("Alias %s now points at %s (was %s)", alias(), currentIndex(), holders);
    }

    private void create() throws IOException, ExecutionException, InterruptedException {
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream("opensearch/records-v" + VERSION + ".json")) {
            if (definition == null) {
                throw new UncheckedIOException(new IOException("the records index definition is missing"));
            }
            JsonNode tree = json.readTree(definition);
            JsonpMapper mapper = client._transport().jsonpMapper();
            IndexSettings settings = IndexSettings._DESERIALIZER.deserialize(parser(mapper, tree.get("settings")), mapper);
            TypeMapping mappings = TypeMapping._DESERIALIZER.deserialize(parser(mapper, tree.get("mappings")), mapper);
            client.indices().create(c -> c.index(currentIndex()).settings(settings).mappings(mappings)).get();
            LOG.infof("Created index %s", currentIndex());
        }
    }

    private static JsonParser parser(JsonpMapper mapper, JsonNode node) {
        return mapper.jsonProvider().createParser(new StringReader(node.toString()));
    }
}
