package org.embargomonitor.platform.security;

import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** Who may read which records. */
@ConfigMapping(prefix = "embargo.scope")
public interface ScopeConfig {

    /** The countries (ISO alpha-3) each panel of experts covers, by panel name; "*" for every country. */
    Map<String, Set<String>> panelCountries();
}
