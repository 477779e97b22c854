package org.embargomonitor.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonParser;

import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The versioned records index behind two aliases: searches read {@link #alias()}, the indexers write
 * {@link #writeAlias()}. Both point at the same index except during a reindex, when writes already go to the new
 * index while searches still read the complete old one.
 */
@ApplicationScoped
public class RecordsIndex {

    /** Version of the mapping in opensearch/records-v{VERSION}.json; raising it makes the next start reindex. */
    public static final int VERSION = 3;
    private static final Logger LOG = Logger.getLogger(RecordsIndex.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

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

    public String writeAlias() {
        return config.recordsAlias() + "-write";
    }

    /** The name of another index of this service, e.g. {@code records-saved-searches}. */
    public String companion(String name) {
        return config.recordsAlias() + "-" + name;
    }

    public boolean isCurrentVersion(String index) {
        return index.startsWith(alias() + "-v" + VERSION + "-");
    }

    public Set<String> indicesOf(String alias) throws ExecutionException, InterruptedException, IOException {
        return client.indices().existsAlias(a -> a.name(alias)).get().value()
                ? client.indices().getAlias(a -> a.name(alias)).get().result().keySet()
                : Set.of();
    }

    /** Creates an empty index of the current mapping version and answers its name. */
    public String createIndex() throws IOException, ExecutionException, InterruptedException {
        String name = alias() + "-v" + VERSION + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(SUFFIX);
        JsonNode definition = definition();
        createIndex(name, (ObjectNode) definition.get("settings"), (ObjectNode) definition.get("mappings"));
        LOG.infof("Created index %s", name);
        return name;
    }

    /** Creates an index from JSON settings and mappings, with the configured shard and replica counts. */
    public void createIndex(String name, ObjectNode settings, ObjectNode mappings) throws IOException, ExecutionException, InterruptedException {
        ObjectNode laidOut = settings.deepCopy();
        laidOut.put("number_of_shards", config.shards()).put("number_of_replicas", config.replicas());
        JsonpMapper mapper = client._transport().jsonpMapper();
        IndexSettings indexSettings = IndexSettings._DESERIALIZER.deserialize(parser(mapper, laidOut), mapper);
        TypeMapping typeMapping = TypeMapping._DESERIALIZER.deserialize(parser(mapper, mappings), mapper);
        client.indices().create(c -> c.index(name).settings(indexSettings).mappings(typeMapping)).get();
    }

    /**
     * Gives an index of the current version the refresh interval of the current definition, which may have changed
     * since the index was created (the interval is the one setting that changes without a reindex).
     */
    public void keepRefreshInterval(String index) throws IOException, ExecutionException, InterruptedException {
        String interval = definition().path("settings").path("refresh_interval").asText("1s");
        client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time(interval)))).get();
    }

    /** The current records definition: settings (with the analysers) and mappings. */
    public JsonNode definition() throws IOException {
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream("opensearch/records-v" + VERSION + ".json")) {
            if (definition == null) {
                throw new UncheckedIOException(new IOException("the records index definition is missing"));
            }
            return json.readTree(definition);
        }
    }

    /** Points both aliases at one index, atomically, taking them from any other. */
    public void pointBothAt(String index) throws IOException, ExecutionException, InterruptedException {
        point(alias(), index);
        point(writeAlias(), index);
    }

    /** Points the alias at the index alone, in one atomic change. */
    public void point(String alias, String index) throws IOException, ExecutionException, InterruptedException {
        Set<String> holders = indicesOf(alias);
        if (holders.equals(Set.of(index))) {
            return;
        }
        client.indices().updateAliases(u -> {
            holders.stream().filter(held -> !held.equals(index))
                    .forEach(held -> u.actions(a -> a.remove(r -> r.index(held).alias(alias))));
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        }).get();
        LOG.infof("Alias %s now points at %s (was %s)", alias, index, holders);
    }

    private static JsonParser parser(JsonpMapper mapper, JsonNode node) {
        return mapper.jsonProvider().createParser(new StringReader(node.toString()));
    }
}
