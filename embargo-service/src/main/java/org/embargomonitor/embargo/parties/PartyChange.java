package org.embargomonitor.embargo.parties;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one import changed for one party. */
@Entity
@Table(name = "party_change")
public class PartyChange {

    public enum Kind {
        ADDED, CHANGED, DELISTED, RELISTED
    }

    @Id
    public UUID id;

    @Column(name = "import_id")
    public UUID importId;

    public String reference;

    public String name;

    @Column(name = "list_type")
    public String listType;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** For CHANGED: the fields that differ. */
    public String[] fields;

    static PartyChange of(UUID importId, DesignatedParty party, Kind kind, String[] fields) {
        PartyChange change = new PartyChange();
        change.id = UUID.randomUUID();
        change.importId = importId;
        change.reference = party.reference;
        change.name = party.name;
        change.listType = party.listType;
        change.kind = kind;
        change.fields = fields;
        return change;
    }
}
