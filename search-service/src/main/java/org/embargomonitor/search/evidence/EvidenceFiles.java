package org.embargomonitor.search.evidence;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The seizure service's evidence files, fetched with the search service's own token (role evidence-reader). */
@RegisterRestClient(configKey = "seizure-service")
@OidcClientFilter
@Path("/api/seizures/{seizureId}/evidence/{evidenceId}/content")
public interface EvidenceFiles {

    @GET
    InputStream content(@PathParam("seizureId") UUID seizureId, @PathParam("evidenceId") UUID evidenceId);
}
