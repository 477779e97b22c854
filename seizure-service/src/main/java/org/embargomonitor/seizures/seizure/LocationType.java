package org.embargomonitor.seizures.seizure;

/** Where a seizure was made: at a border crossing, inland, or at sea (road-map indicator "inland versus at borders"). */
public enum LocationType {
    BORDER, INLAND, MARITIME
}
