package org.embargomonitor.search.linking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "search.linking")
public interface LinkingConfig {

    /** Largest difference between two serial numbers of the same make and model that are shown as linked. */
    @WithDefault("50")
    long serialRange();

    /** Most records searched for links to one item. */
    @WithDefault("500")
    int maxCandidates();
}
