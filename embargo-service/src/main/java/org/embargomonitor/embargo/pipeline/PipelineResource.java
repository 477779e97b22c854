package org.embargomonitor.embargo.pipeline;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.pipeline.PipelineEndpoints;

/** The compliance checks' consumer, for admins. */
@Path("/api/embargo/pipeline")
@Tag(name = "Pipeline")
public class PipelineResource extends PipelineEndpoints {
}
