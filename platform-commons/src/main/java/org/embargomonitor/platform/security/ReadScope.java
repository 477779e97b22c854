package org.embargomonitor.platform.security;

import java.util.Set;

/** The records a caller may read: everything, or those of some operations or some countries. */
public record ReadScope(boolean everything, Set<String> operations, Set<String> countries) {

    public static final ReadScope EVERYTHING = new ReadScope(true, Set.of(), Set.of());
    public static final ReadScope NOTHING = new ReadScope(false, Set.of(), Set.of());

    public boolean covers(String operation, String country) {
        return everything || operations.contains(operation) || countries.contains(country);
    }

    public boolean isEmpty() {
        return !everything && operations.isEmpty() && countries.isEmpty();
    }
}
