package org.embargomonitor.embargo.parties;

import java.nio.file.Path;

/** The real snapshots of the UN Consolidated List in ../shared/data/un-consolidated-list. */
final class ConsolidatedList {

    static final Path SNAPSHOT_2020 = snapshot("un_consolidated_2020-11-30.xml");
    static final Path SNAPSHOT_2025 = snapshot("un_consolidated_2025-04-19.xml");
    static final Path SNAPSHOT_2026 = snapshot("un_consolidated_2026-05-08.xml");

    private ConsolidatedList() {
    }

    private static Path snapshot(String file) {
        return Path.of(System.getProperty("embargo.shared.dir", "../../shared")).resolve("data/un-consolidated-list").resolve(file);
    }
}
