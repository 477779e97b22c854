package org.embargomonitor.seizures.custody;

import java.util.UUID;

/** What a chain of custody is kept for (a seizure): its id, and the hash of its chain's last entry, kept with it. */
public interface CustodyHolder {

    UUID custodyId();

    /** The hash of the last entry, or null before the first. */
    String custodyHead();

    void custodyHead(String head);
}
