package org.embargomonitor.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.embargomonitor.platform.SafeText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The rule of {@link SafeText} for query and path parameters: a NUL in a search or an id is refused naming it. */
public class SafeTextParameters {

    @ServerRequestFilter
    public Response refuseUnsafeText(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        Response refused = firstProblem(uri.getQueryParameters(), path, "query parameter");
        return refused != null ? refused : firstProblem(uri.getPathParameters(), path, "path segment");
    }

    private static Response firstProblem(MultivaluedMap<String, String> parameters, String path, String what) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = SafeText.problemOf(value);
                if (problem != null) {
                    return Problem.of(Status.BAD_REQUEST, "The " + what + " " + parameter.getKey() + " " + problem + ".")
                            .withErrors(List.of(new Problem.FieldError(parameter.getKey(), problem))).withInstance(path).toResponse();
                }
            }
        }
        return null;
    }
}
