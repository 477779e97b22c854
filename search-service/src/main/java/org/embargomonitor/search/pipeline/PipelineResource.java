package org.embargomonitor.search.pipeline;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.pipeline.PipelineEndpoints;

/** The indexing consumers, for admins. */
@Path("/api/search/pipeline")
@Tag(name = "Pipeline")
public class PipelineResource extends PipelineEndpoints {
}
