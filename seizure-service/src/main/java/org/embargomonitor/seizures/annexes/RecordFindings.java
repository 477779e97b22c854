package org.embargomonitor.seizures.annexes;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The findings embargo-service raised about a record, asked with the caller's own token, so within their scope. */
@RegisterRestClient(configKey = "embargo-service")
@AccessToken
@Path("/api/embargo/findings")
public interface RecordFindings {

    @GET
    List<RecordFinding> ofSeizure(@QueryParam("seizureId") UUID seizureId, @QueryParam("size") int size);
}
