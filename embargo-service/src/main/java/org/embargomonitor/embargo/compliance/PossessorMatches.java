package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.Set;

import org.embargomonitor.embargo.parties.PartyMatch;

/**
 * The designated parties a seizure's possessor may be, and what experts already dismissed for this possessor:
 * parties (by their matches) and named groups ("group:&lt;name&gt;"); the parties it is reported to act for; and the
 * parties the items were bound for.
 */
public record PossessorMatches(List<PartyMatch> matched, List<PartyMatch> dismissed, Set<String> dismissedSubjects,
        List<PartyMatch> principals, List<PartyMatch> recipients) {

    public static final PossessorMatches NONE = new PossessorMatches(List.of(), List.of(), Set.of(), List.of(), List.of());

    public PossessorMatches {
        matched = List.copyOf(matched);
        dismissed = List.copyOf(dismissed);
        dismissedSubjects = Set.copyOf(dismissedSubjects);
        principals = List.copyOf(principals);
        recipients = List.copyOf(recipients);
    }

    /** The holder's matches alone. */
    public PossessorMatches(List<PartyMatch> matched, List<PartyMatch> dismissed, Set<String> dismissedSubjects) {
        this(matched, dismissed, dismissedSubjects, List.of(), List.of());
    }

    /** The same, with the parties the holder is reported to act for, and those the items were bound for. */
    PossessorMatches with(List<PartyMatch> principals, List<PartyMatch> recipients) {
        return new PossessorMatches(matched, dismissed, dismissedSubjects, principals, recipients);
    }
}
