package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The marks of an evaluated item, and the embargo it fell under, for finding common supply chains. */
@Entity
@Table(name = "item_mark")
public class ItemMark {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "seizure_id")
    public UUID seizureId;

    @Column(name = "seizure_reference")
    public String seizureReference;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "seized_on")
    public LocalDate seizedOn;

    @Column(name = "make_model")
    public String makeModel;

    @Column(name = "serial_prefix")
    public String serialPrefix;

    @Column(name = "serial_number")
    public Long serialNumber;

    @Column(name = "lot_normalised")
    public String lotNormalised;

    @Column(name = "embargo_regime")
    public String embargoRegime;

    @Column(name = "embargo_version_id")
    public UUID embargoVersionId;

    @Column(name = "embargo_citation")
    public String embargoCitation;

    @Column(name = "lot_as_read")
    public String lotAsRead;

    @Column(name = "serial_as_read")
    public String serialAsRead;

    @Column(name = "chain_id")
    public UUID chainId;
}
