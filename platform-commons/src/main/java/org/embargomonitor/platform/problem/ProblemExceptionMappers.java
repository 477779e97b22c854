package org.embargomonitor.platform.problem;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.embargomonitor.platform.json.UnsafeTextException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception into {@code application/problem+json}: client mistakes into a 4xx naming the field,
 * anything unexpected into a 500 that leaks no class name or stack trace.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']{1,100})'");

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        Response response = e.toProblem().withInstance(uri.getPath()).toResponse();
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problem.of(Status.BAD_REQUEST, "The request has invalid fields.")
                .withErrors(errors).withInstance(uri.getPath()).toResponse();
    }

    /** Listed type by type: Quarkus has built-in mappers for some of them, and the most specific mapper wins. */
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class })
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException unparsable) {
            return malformedJson(unparsable, uri); // the parser knows the field better than the mapper's path
        }
        String field = jsonPathOf(e);
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        String message;
        if (e instanceof UnsafeTextException unsafe) {
            message = unsafe.reason();
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException format) {
            message = "must be " + JsonTypes.describe(format.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (duplicate.find()) {
            field = field.equals("body") ? duplicate.group(1) : field + "." + duplicate.group(1);
            message = "is given twice";
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            message = "is followed by more than one JSON value";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "must be " + JsonTypes.describe(mismatch.getTargetType());
        } else {
            message = "has the wrong type or form";
        }
        return Problem.of(Status.BAD_REQUEST, "The request body could not be read: " + field + " " + message + ".")
                .withErrors(List.of(new Problem.FieldError(field, message))).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String field = duplicate.group(1);
            return Problem.of(Status.BAD_REQUEST, "The request body gives the field " + field + " twice" + where + ".")
                    .withErrors(List.of(new Problem.FieldError(field, "is given twice"))).withInstance(uri.getPath()).toResponse();
        }
        String field = e.getProcessor() instanceof JsonParser parser ? fieldOf(parser.getParsingContext()) : "body";
        String message = field.equals("body") ? "is not valid JSON" + where : "is not a valid JSON value (NaN, Infinity and"
                + " unquoted words are not JSON)" + where;
        return Problem.of(Status.BAD_REQUEST, "The request body is not valid JSON" + where + (field.equals("body") ? "" : ", in " + field) + ".")
                .withErrors(List.of(new Problem.FieldError(field, message))).withInstance(uri.getPath()).toResponse();
    }

    /** Where the parser stopped, as the problem names fields: items[0].quantity; "body" outside any field. */
    static String fieldOf(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                steps.add(0, at.getCurrentName());
            }
        }
        StringBuilder field = new StringBuilder();
        for (String step : steps) {
            field.append(step.startsWith("[") || field.isEmpty() ? "" : ".").append(step);
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(Status.UNAUTHORIZED, "A valid bearer token from the Embargo Monitor realm is required.")
                .withInstance(uri.getPath());
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Status.FORBIDDEN, "Your role does not allow this.").withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableParameter(QueryParameterConverters.InvalidQueryParameterException e, UriInfo uri) {
        return Problem.of(Status.BAD_REQUEST, "The query parameter " + e.parameter() + " " + e.getMessage() + ".")
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.getMessage()))).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // Quarkus's JSON readers wrap what the parser or the mapper refused
            if (cause instanceof JsonParseException unparsable) {
                return malformedJson(unparsable, uri);
            }
            if (cause instanceof JsonMappingException unreadable) {
                return unreadableJson(unreadable, uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())) {
            message = inWords(status.getStatusCode());
        }
        return Problem.of(status, message).withInstance(uri.getPath()).toResponse();
    }

    /** What a bare status means for the client, in place of "HTTP 404 Not Found". */
    static String inWords(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "Nothing is found at this address: check the path and the ids in it.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address cannot answer in the media type the Accept header asks for.";
            case 413 -> "The request body is larger than this address takes.";
            case 415 -> "This address does not take a body of this Content-Type.";
            default -> "The request was refused (HTTP " + status + ").";
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        List<String> duplicated = DuplicateKeys.columnsOf(e);
        if (duplicated != null) {
            List<Problem.FieldError> errors = duplicated.stream()
                    .map(field -> new Problem.FieldError(field, "is taken by a record stored at the same moment")).toList();
            return Problem.of(Status.CONFLICT, "Another request stored a record with the same " + String.join(" and ", duplicated)
                    + " at the same moment; this one was not stored.").withErrors(errors).withInstance(uri.getPath()).toResponse();
        }
        if (e instanceof IOException && String.valueOf(e.getMessage()).contains("parsing multipart")) {
            return Problem.of(Status.BAD_REQUEST, "The multipart body could not be read: its parts must be separated by the"
                    + " boundary its Content-Type names.").withErrors(List.of(new Problem.FieldError("body", "is not readable multipart")))
                    .withInstance(uri.getPath()).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        if (UnavailableDependency.isUnavailable(e)) {
            LOG.warnf("Incident %s on %s: a dependency is not answering: %s", incident, uri.getPath(), e);
            Problem problem = Problem.of(Status.SERVICE_UNAVAILABLE, "A service this request needs is not answering; nothing was"
                    + " changed by it. Send it again in a moment (incident " + incident + ").").withInstance(uri.getPath());
            return Response.fromResponse(problem.toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; incident " + incident + ".")
                .withInstance(uri.getPath()).toResponse();
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        String sentAs = parameterNameAsSent(violation);
        return sentAs != null ? sentAs : propertyPath(violation.getPropertyPath());
    }

    /** For a query, path or header parameter itself, its name in the request rather than in the Java method. */
    private static String parameterNameAsSent(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        int nodes = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            nodes++;
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
            }
        }
        if (method == null || parameter == null || nodes != 2 || violation.getRootBeanClass() == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        // The bean may be a generated subclass whose methods carry no annotations: look up to the declaring class.
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(method.getName(), types);
                for (Annotation annotation : declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
                    String name = switch (annotation) {
                        case QueryParam query -> query.value();
                        case PathParam path -> path.value();
                        case HeaderParam header -> header.value();
                        default -> null;
                    };
                    if (name != null) {
                        return name;
                    }
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return null;
    }

    /** The part of a validation path a client sent: no method or parameter names. */
    public static String propertyPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return StreamSupport.stream(path.spliterator(), false).reduce((a, b) -> b).map(Path.Node::getName).orElse("body");
        }
        return field.toString();
    }

    static String jsonPathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
