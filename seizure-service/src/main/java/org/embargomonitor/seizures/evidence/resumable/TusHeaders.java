package org.embargomonitor.seizures.evidence.resumable;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every answer about resumable uploads names the tus version, refusals of another version the one spoken here. */
public class TusHeaders {

    @ServerResponseFilter
    public void nameTheProtocol(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().contains("/evidence/uploads")) {
            response.getHeaders().putSingle(ResumableUploadResource.TUS_RESUMABLE, ResumableUploadResource.TUS_VERSION);
            if (response.getStatus() == 412) {
                response.getHeaders().putSingle("Tus-Version", ResumableUploadResource.TUS_VERSION);
            }
        }
    }
}
