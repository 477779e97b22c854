package org.embargomonitor.search.opensearch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where OpenSearch is and which alias the records live behind. */
@ConfigMapping(prefix = "search.opensearch")
public interface OpenSearchConfig {

    /** Base URL of the OpenSearch cluster. */
    @WithDefault("http://127.0.0.1:19200")
    String url();

    /** Alias searched and written; the index behind it is {@code <alias>-v<n>}. */
    @WithDefault("records")
    String recordsAlias();
}
