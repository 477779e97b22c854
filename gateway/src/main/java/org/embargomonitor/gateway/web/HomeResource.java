package org.embargomonitor.gateway.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(CallerView caller);
    }

    private final SecurityIdentity identity;

    HomeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance home() {
        return Templates.home(CallerView.of(identity));
    }

    @GET
    @Path("api/me")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Session")
    @Operation(summary = "Who is signed in: roles, peace operations and panels")
    public CallerView me() {
        return CallerView.of(identity);
    }
}
