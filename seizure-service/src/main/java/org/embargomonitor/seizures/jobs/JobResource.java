package org.embargomonitor.seizures.jobs;

import static org.embargomonitor.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.jobs.JobEndpoints;

/** Spreadsheet imports, as background jobs, for admins. */
@Path("/api/seizures/jobs")
@Tag(name = "Jobs")
@RolesAllowed(ADMIN)
public class JobResource extends JobEndpoints {
}
