package ca.quebec.catalogue.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import ca.quebec.catalogue.kernel.JsonBodies;
import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;

/**
 * Turns every failure into RFC 9457 problem+json, in the caller's language.
 * Nothing here ever shows a stack trace: unexpected failures are logged and
 * answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ResourceMethods methods;

    public ProblemMappers(ResourceMethods methods) {
        this.methods = methods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return render(e, Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return render(ProblemException.invalid(JsonBodies.violation(e, "")), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return render(ProblemException.invalid(JsonBodies.violation(e, "")), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            // Something after the one JSON value of the body (JsonStrictness): not JSON.
            var location = e.getLocation();
            return render(new ProblemException(400, "malformed-json", location == null ? -1 : location.getLineNr(),
                    location == null ? -1 : location.getColumnNr()), Languages.of(headers), uri);
        }
        if (e.getPath().isEmpty()) {
            // Nothing to point at: an empty body, or a body of the wrong JSON type altogether.
            return render(new ProblemException(400, "malformed-body", List.of(), List.of(Violation.of("", "body-expected-object")),
                    null, null), Languages.of(headers), uri);
        }
        return render(ProblemException.invalid(JsonBodies.violation(e, "")), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        var location = e.getLocation();
        List<Object> where = List.of(location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") && parser != null) {
            // A key given twice: name it, rather than let one of the two values silently win.
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return render(new ProblemException(400, "malformed-json", where, List.of(Violation.of(pointer, "duplicate-key",
                    parser.getParsingContext().getCurrentName())), null, null), Languages.of(headers), uri);
        }
        return render(new ProblemException(400, "malformed-json", where, List.of(), null, null), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response unreadableValue(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        // Jackson wraps what stopped it while binding: a refusal of ours (a body over the limit,
        // counted as it is read) or malformed JSON met inside a nested value.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return render(problem, Languages.of(headers), uri);
            }
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, headers, uri);
            }
        }
        return render(ProblemException.invalid(JsonBodies.violation(e, "")), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return render(new ProblemException(400, "malformed-json", -1, -1), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> Violation.of(lastNode(v.getPropertyPath().toString()), "constraint", v.getMessage()))
                .toList();
        return render(new ProblemException(400, "invalid-parameter", List.of(violations.isEmpty() ? "" : violations.get(0).field()),
                violations, null, null), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        ProblemException problem;
        if (e instanceof NotFoundException) {
            problem = new ProblemException(404, "no-such-path", uri.getPath());
        } else if (e instanceof NotAllowedException) {
            // The methods this path really answers (the REST layer's exception carries none).
            problem = new ProblemException(405, "method-not-allowed", List.of(), List.of(), null,
                    methods.allowed(uri.getPath()).map(m -> java.util.Map.of("Allow", ResourceMethods.header(m))).orElse(null));
        } else if (e instanceof NotAcceptableException) {
            problem = new ProblemException(406, "not-acceptable", headers.getHeaderString(HttpHeaders.ACCEPT));
        } else if (e instanceof NotSupportedException) {
            problem = new ProblemException(415, "unsupported-media-type", String.valueOf(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)));
        } else if (e.getCause() instanceof ProblemException cause) {
            problem = cause;
        } else if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        } else if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableValue(mapping, headers, uri);
        } else {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", e);
            }
            problem = new ProblemException(status, status >= 500 ? "internal-error" : "bad-request");
        }
        return render(problem, locale, uri);
    }

    /**
     * Two writers raced for the same unique value (a retried POST without an
     * Idempotency-Key, say) or for locks: the loser is told to read and retry.
     */
    @ServerExceptionMapper({ org.hibernate.exception.ConstraintViolationException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class, org.hibernate.exception.LockAcquisitionException.class,
            jakarta.persistence.OptimisticLockException.class })
    public Response concurrentWrite(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Concurrent write refused: %s", e.getMessage());
        return render(new ProblemException(409, "concurrent-write", List.of(), List.of(), null, java.util.Map.of("Retry-After", "1")),
                Languages.of(headers), uri);
    }

    /**
     * A form body (application/x-www-form-urlencoded) that the REST layer cannot decode: its
     * parser refuses it while reading, before any resource runs, for a bad percent escape or a
     * charset that does not exist. The client's fault, as the same escape in the URI is
     * (EdgeErrors); any other IllegalArgumentException is unexpected.
     */
    @ServerExceptionMapper
    public Response unreadableForm(IllegalArgumentException e, HttpHeaders headers, UriInfo uri) {
        boolean form = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition"));
        if (!form) {
            return unexpected(e, headers, uri);
        }
        if (e instanceof java.nio.charset.UnsupportedCharsetException || e instanceof java.nio.charset.IllegalCharsetNameException) {
            return render(new ProblemException(415, "unsupported-media-type", String.valueOf(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))),
                    Languages.of(headers), uri);
        }
        return render(new ProblemException(400, "bad-request"), Languages.of(headers), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ProblemException problem) {
                return render(problem, Languages.of(headers), uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return concurrentWrite((Exception) cause, headers, uri);
            }
            if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                // Every database connection stayed busy for the whole wait: the service is overloaded, not broken.
                LOG.warnf("No database connection available: %s %s", uri == null ? "" : uri.getPath(), sql.getMessage());
                return render(new ProblemException(503, "overloaded", List.of(), List.of(), null, java.util.Map.of("Retry-After", "2")),
                        Languages.of(headers), uri);
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected failure", e);
        return render(new ProblemException(500, "internal-error"), Languages.of(headers), uri);
    }

    public static Response render(ProblemException e, Locale locale, UriInfo uri) {
        Problem body = toProblem(e, locale, uri == null ? null : uri.getPath());
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, Messages.language(locale))
                .header("Vary", "Accept-Language")
                .entity(body);
        e.headers().forEach(response::header);
        if (e.status() == 401 && !e.headers().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge(e.type()));
        }
        return response.build();
    }

    /** RFC 6750: the scheme to use, and for a key that was sent, why it was refused. */
    private static String challenge(String type) {
        return switch (type) {
            case "invalid-key" -> "Bearer realm=\"catalogue\", error=\"invalid_token\"";
            case "bad-authorization" -> "Bearer realm=\"catalogue\", error=\"invalid_request\"";
            default -> "Bearer realm=\"catalogue\"";
        };
    }

    public static Problem toProblem(ProblemException e, Locale locale, String path) {
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.code(), Messages.get(locale, "violation." + v.code(), v.args())))
                .toList();
        return new Problem("/problems/" + e.type(),
                Messages.get(locale, "problem." + e.type() + ".title"),
                e.status(),
                Messages.get(locale, e.detailKey(), e.args()),
                path,
                errors,
                e.existing());
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
