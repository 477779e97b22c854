package org.embargomonitor.seizures.evidence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyVerification;
import org.embargomonitor.seizures.seizure.SeizureService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Whether a seizure's chain of custody is whole, and its evidence files still the bytes that were stored. */
@ApplicationScoped
public class CustodyVerificationService {

    private final SeizureService seizures;
    private final CustodyChain custody;
    private final EvidenceIntegrity integrity;

    CustodyVerificationService(SeizureService seizures, CustodyChain custody, EvidenceIntegrity integrity) {
        this.seizures = seizures;
        this.custody = custody;
        this.integrity = integrity;
    }

    /** The verification, or null when the caller may not read the seizure. */
    @WithSession
    public Uni<CustodyVerification> verify(UUID id, Caller caller) {
        return seizures.readable(id, caller).flatMap(seizure -> seizure == null ? Uni.createFrom().nullItem()
                : custody.verify(seizure).flatMap(chain -> integrity.problemsOf(seizure.id).map(chain::with)));
    }
}
