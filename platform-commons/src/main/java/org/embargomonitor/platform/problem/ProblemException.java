package org.embargomonitor.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/** A refusal the service decided on, answered as problem details with this status. */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final List<Problem.FieldError> errors;

    public ProblemException(Status status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
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

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(Status.BAD_REQUEST, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException unsupportedMediaType(String field, String detail) {
        return new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public Problem toProblem() {
        return Problem.of(status, getMessage()).withErrors(errors);
    }
}
