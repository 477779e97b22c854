package org.embargomonitor.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
    static final int VERSION = 1;
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

    void ensureExists(@Observes StartupEvent start) throws ExecutionException, InterruptedException, IOException {
        if (client.indices().existsAlias(a -> a.name(alias())).get().value()) {
            return;
        }
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream("opensearch/records-v" + VERSION + ".json")) {
            if (definition == null) {
                throw new UncheckedIOException(new IOException("the records index definition is missing"));
            }
            JsonNode tree = json.readTree(definition);
            JsonpMapper mapper = client._transport().jsonpMapper();
            IndexSettings settings = IndexSettings._DESERIALIZER.deserialize(parser(mapper, tree.get("settings")), mapper);
            TypeMapping mappings = TypeMapping._DESERIALIZER.deserialize(parser(mapper, tree.get("mappings")), mapper);
            client.indices().create(c -> c.index(currentIndex()).settings(settings).mappings(mappings)
                    .aliases(alias(), a -> a.isWriteIndex(true))).get();
            LOG.infof("Created index %s behind alias %s", currentIndex(), alias());
        }
    }

    private static JsonParser parser(JsonpMapper mapper, JsonNode node) {
        return mapper.jsonProvider().createParser(new StringReader(node.toString()));
    }
}
