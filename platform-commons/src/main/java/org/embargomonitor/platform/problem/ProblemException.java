package org.embargomonitor.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** A refusal the service decided on, answered as problem details with this status. */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final List<Problem.FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(Status status, String detail, List<Problem.FieldError> errors) {
        this(status, detail, errors, null);
    }

    private ProblemException(Response.StatusType status, String detail, List<Problem.FieldError> errors, Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN, detail, List.of());
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(Status.CONFLICT, detail, List.of(new Problem.FieldError(field, detail)));
    }

    /** A conflict that ends by itself, such as a request still being carried out: the client sends it again later. */
    public static ProblemException conflictFor(String field, String detail, int retryAfterSeconds) {
        return new ProblemException(Status.CONFLICT, detail, List.of(new Problem.FieldError(field, detail)), retryAfterSeconds);
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(Status.BAD_REQUEST, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException unsupportedMediaType(String field, String detail) {
        return new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, detail, List.of(new Problem.FieldError(field, detail)));
    }

    /**
     * A refusal with a status that is not in {@link Status}, such as 423 Locked or an extension's own (tus's 460
     * Checksum Mismatch), naming the field at fault.
     */
    public static ProblemException withStatus(int code, String reason, String field, String detail) {
        Response.StatusType status = new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Status.Family getFamily() {
                return Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
        return new ProblemException(status, detail, List.of(new Problem.FieldError(field, detail)), null);
    }

    /** Seconds after which the same request may succeed, or null when it never will as it is. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return Problem.of(status, getMessage()).withErrors(errors);
    }
}
