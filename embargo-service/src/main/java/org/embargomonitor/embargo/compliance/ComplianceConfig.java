package org.embargomonitor.embargo.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "embargo.compliance")
public interface ComplianceConfig {

    /** Kafka topic of finding events, keyed by seizure id. */
    @WithDefault("findings")
    String findingTopic();

    /** Serials of the same make, model and prefix at most this far apart are linked as a possible common supply. */
    @WithDefault("50")
    int serialRange();

    /**
     * At most this many items of other seizures are read per item and kind of link (lot, serials) when a record is
     * checked; the supply chain they form holds them all.
     */
    @WithDefault("200")
    int linksPerItem();

    /**
     * Transactions a re-evaluation runs at once, each checking 50 records together (checks sharing marks are ordered by
     * the advisory locks of those marks).
     */
    @WithDefault("3")
    int reevaluationConcurrency();

    /**
     * Transactions the events of one poll of seizure events are checked in at once: the poll split into sets whose
     * marks share no lock, so that none waits for another.
     */
    @WithDefault("3")
    int checkConcurrency();
}
