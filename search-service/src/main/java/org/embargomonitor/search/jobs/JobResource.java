package org.embargomonitor.search.jobs;

import static org.embargomonitor.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.jobs.JobEndpoints;

/** Reindexes and batch searches, as background jobs, for admins. */
@Path("/api/search/jobs")
@Tag(name = "Jobs")
@RolesAllowed(ADMIN)
public class JobResource extends JobEndpoints {
}
