package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A request to a State to trace an item, and what the State answered. */
@Entity
@Table(name = "tracing_request")
public class TracingRequest {

    @Id
    public UUID id;

    @Column(name = "seizure_id")
    public UUID seizureId;

    @Column(name = "item_id")
    public UUID itemId;

    /** The State asked, ISO 3166-1 alpha-3. */
    @Column(name = "state_code")
    public String stateCode;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    /** When the State's answer is due: the sending panel's response time after {@link #sentOn}. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The panel that sent the request, whose response time applies; null when sent by an administrator. */
    public String panel;

    /** The letter sent with the request, when the platform wrote it. */
    @Column(name = "letter_id")
    public UUID letterId;

    public String note;

    @Column(name = "requested_by")
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    public TracingOutcome outcome;

    @Column(name = "response_received_on")
    public LocalDate responseReceivedOn;

    @Column(name = "response_summary")
    public String responseSummary;

    @Column(name = "last_legal_owner")
    public String lastLegalOwner;

    @Column(name = "export_licence")
    public String exportLicence;

    @Column(name = "diversion_date")
    public LocalDate diversionDate;

    /** Where the item left the legal chain, ISO 3166-1 alpha-3, when the answer established it. */
    @Column(name = "diversion_country")
    public String diversionCountry;

    @Column(name = "concluded_by")
    public String concludedBy;

    @Version
    public long version;
}
