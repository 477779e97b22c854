package org.embargomonitor.e2e.fuzz;

import java.util.Map;

/**
 * One generated request with exactly one thing wrong in it.
 *
 * @param what       what is wrong, for the report: "circumstance: look-alike letters"
 * @param target     the field, parameter or header that is wrong, or "body" for the body as a whole
 * @param mustRefuse whether any answer but a 4xx is a defect; false for odd but acceptable input to a read
 * @param namesTarget whether a 400 must name the target among its field errors
 */
public record BadRequest(String what, String target, String method, String pathAndQuery, Map<String, String> headers, byte[] body,
        boolean mustRefuse, boolean namesTarget) {

    @Override
    public String toString() {
        String shown = pathAndQuery.length() > 160 ? pathAndQuery.substring(0, 160) + "..." : pathAndQuery;
        return method + " " + shown + " [" + what + "]";
    }
}
