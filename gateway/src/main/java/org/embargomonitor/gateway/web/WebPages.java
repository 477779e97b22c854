package org.embargomonitor.gateway.web;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The web pages: one frame with role-aware navigation, each page's content drawn by its script from the API, through
 * this gateway, with the browser's session. A page for another role answers 403.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CallerView caller, String callerJson, String page, String subject);
    }

    private final SecurityIdentity identity;
    private final ObjectMapper json;

    WebPages(SecurityIdentity identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance home() {
        return page("home", null);
    }

    @GET
    @Path("search")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance search() {
        return page("search", null);
    }

    @GET
    @Path("records/{id}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance record(@PathParam("id") UUID id) {
        return page("record", id.toString());
    }

    @GET
    @Path("supply-chains/{id}")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance supplyChain(@PathParam("id") UUID id) {
        return page("supply-chain", id.toString());
    }

    @GET
    @Path("seizures/new")
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance newSeizure() {
        return page("new-seizure", null);
    }

    @GET
    @Path("imports")
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance imports() {
        return page("imports", null);
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({ COMMITTEE_MEMBER, PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance dashboard() {
        return page("dashboard", null);
    }

    @GET
    @Path("tracing")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance tracing() {
        return page("tracing", null);
    }

    @GET
    @Path("annexes")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(hidden = true)
    public TemplateInstance annexes() {
        return page("annexes", null);
    }

    @GET
    @Path("pipeline")
    @RolesAllowed(ADMIN)
    @Operation(hidden = true)
    public TemplateInstance pipeline() {
        return page("pipeline", null);
    }

    private TemplateInstance page(String page, String subject) {
        CallerView caller = CallerView.of(identity);
        try {
            return Templates.page(caller, scriptSafe(json.writeValueAsString(caller)), page, subject);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON that cannot end the script element it sits in: a name such as {@code </script><script>...} stays text.
     * The escapes are valid JSON, so the page reads the same value.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
