package org.embargomonitor.seizures.reference;

import java.util.List;

/** One entry of the reference catalogue, with where its facts come from. */
public record ReferenceEntry(ReferenceKind kind, String name, List<String> aliases, String country, String manufacturer,
        String use, String source, boolean verified, String addedBy) {
}
