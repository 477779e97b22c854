package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.Set;

import org.embargomonitor.embargo.parties.PartyMatch;

/**
 * The designated parties a seizure's possessor may be, and what experts already dismissed for this possessor:
 * parties (by their matches) and named groups ("group:&lt;name&gt;").
 */
public record PossessorMatches(List<PartyMatch> matched, List<PartyMatch> dismissed, Set<String> dismissedSubjects) {

    public static final PossessorMatches NONE = new PossessorMatches(List.of(), List.of(), Set.of());

    public PossessorMatches {
        matched = List.copyOf(matched);
        dismissed = List.copyOf(dismissed);
        dismissedSubjects = Set.copyOf(dismissedSubjects);
    }
}
