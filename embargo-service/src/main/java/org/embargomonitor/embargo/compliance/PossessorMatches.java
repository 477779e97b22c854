package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.Set;

import org.embargomonitor.embargo.parties.PartyMatch;

/**
 * The designated parties a seizure's possessor may be, and what experts already dismissed for this possessor:
 * parties (by their matches) and named groups ("group:&lt;name&gt;"); and the parties it is reported to act for.
 */
public record PossessorMatches(List<PartyMatch> matched, List<PartyMatch> dismissed, Set<String> dismissedSubjects,
        List<PartyMatch> principals) {

    public static final PossessorMatches NONE = new PossessorMatches(List.of(), List.of(), Set.of(), List.of());

    public PossessorMatches {
        matched = List.copyOf(matched);
        dismissed = List.copyOf(dismissed);
        dismissedSubjects = Set.copyOf(dismissedSubjects);
        principals = List.copyOf(principals);
    }

    /** The same, with the parties the holder is reported to act for or at whose direction. */
    PossessorMatches actingFor(List<PartyMatch> parties) {
        return new PossessorMatches(matched, dismissed, dismissedSubjects, parties);
    }
}
