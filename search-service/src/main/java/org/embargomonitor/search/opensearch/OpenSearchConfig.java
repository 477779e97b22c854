package org.embargomonitor.search.opensearch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where OpenSearch is, which aliases the records live behind, and how their indices are laid out. */
@ConfigMapping(prefix = "search.opensearch")
public interface OpenSearchConfig {

    /** Base URL of the OpenSearch cluster. */
    @WithDefault("http://127.0.0.1:${embargo.servers.opensearch-port}")
    String url();

    /**
     * Alias searched; writes go through {@code <alias>-write}. The indices behind them are named
     * {@code <alias>-v<mapping version>-<creation time>}; saved searches, alerts and batches use {@code <alias>-} prefixed
     * indices of their own.
     */
    @WithDefault("records")
    String recordsAlias();

    /** Primary shards of a new records index. */
    @WithDefault("1")
    int shards();

    /** Replicas of each shard of a new index (0 on a single node; 1 or more on a cluster). */
    @WithDefault("0")
    int replicas();
}
