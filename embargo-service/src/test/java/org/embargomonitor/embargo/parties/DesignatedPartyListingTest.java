package org.embargomonitor.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Designation is as of the seizure date: listed from LISTED_ON until the snapshot that no longer lists the party. */
class DesignatedPartyListingTest {

    @Test
    void shouldNotCountAPartyListedAfterTheDate() {
        assertThat(party("2026-02-24", null, "2026-05-08").listingOn(LocalDate.parse("2026-02-23")))
                .isEqualTo(DesignatedParty.Listing.NOT_LISTED);
        assertThat(party("2026-02-24", null, "2026-05-08").listingOn(LocalDate.parse("2026-02-24")))
                .isEqualTo(DesignatedParty.Listing.LISTED);
    }

    @Test
    void shouldNotCountAPartyDelistedBeforeTheDate() {
        DesignatedParty delisted = party("2005-01-25", "2026-05-08", "2025-04-19");

        assertThat(delisted.listingOn(LocalDate.parse("2024-01-01"))).isEqualTo(DesignatedParty.Listing.LISTED);
        assertThat(delisted.listingOn(LocalDate.parse("2025-04-19"))).isEqualTo(DesignatedParty.Listing.LISTED);
        assertThat(delisted.listingOn(LocalDate.parse("2025-09-01"))).isEqualTo(DesignatedParty.Listing.MAYBE_DELISTED);
        assertThat(delisted.listingOn(LocalDate.parse("2026-05-08"))).isEqualTo(DesignatedParty.Listing.NOT_LISTED);
    }

    @Test
    void shouldKeepTheGapOfAPartyDelistedAndListedAgain() {
        DesignatedParty party = party("2010-04-12", "2015-06-01", "2015-01-10");
        party.lastSeenListedOn = LocalDate.parse("2015-01-10");

        party.listedOn = LocalDate.parse("2018-03-01");
        party.relist(LocalDate.parse("2010-04-12"), LocalDate.parse("2018-06-30"));
        party.lastSeenListedOn = LocalDate.parse("2026-05-08");

        assertThat(party.listingOn(LocalDate.parse("2012-01-01"))).isEqualTo(DesignatedParty.Listing.LISTED);
        assertThat(party.listingOn(LocalDate.parse("2015-03-01"))).isEqualTo(DesignatedParty.Listing.MAYBE_DELISTED);
        assertThat(party.listingOn(LocalDate.parse("2016-07-01"))).as("in the gap").isEqualTo(DesignatedParty.Listing.NOT_LISTED);
        assertThat(party.listingOn(LocalDate.parse("2018-03-01"))).isEqualTo(DesignatedParty.Listing.LISTED);
        assertThat(party.listingOn(LocalDate.parse("2026-01-01"))).isEqualTo(DesignatedParty.Listing.LISTED);
    }

    @Test
    void shouldListAPartyAgainFromTheSnapshotWhenItsEntryGivesNoDateInTheGapAndKeepItsFirstListingDate() {
        DesignatedParty party = party("2010-04-12", "2015-06-01", "2015-01-10");

        party.relist(LocalDate.parse("2010-04-12"), LocalDate.parse("2018-06-30"));

        assertThat(party.listedOn).isEqualTo(LocalDate.parse("2010-04-12"));
        assertThat(party.delistedOn).isNull();
        assertThat(party.delistedPeriods.gaps()).containsExactly(new DesignatedParty.DelistedPeriod(
                LocalDate.parse("2015-01-10"), LocalDate.parse("2015-06-01"), LocalDate.parse("2018-06-30")));
        assertThat(party.listingOn(LocalDate.parse("2018-03-01"))).isEqualTo(DesignatedParty.Listing.NOT_LISTED);
    }

    private static DesignatedParty party(String listedOn, String delistedOn, String lastSeen) {
        DesignatedParty party = new DesignatedParty();
        party.reference = "QDe.137";
        party.listedOn = LocalDate.parse(listedOn);
        party.delistedOn = delistedOn == null ? null : LocalDate.parse(delistedOn);
        party.lastSeenListedOn = LocalDate.parse(lastSeen);
        return party;
    }
}
