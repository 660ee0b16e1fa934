package ca.quebec.catalogue.kernel;

import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes a problem+json answer. Services throw it with message
 * keys; {@link ProblemMappers} renders it in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final List<Object> args;
    private final List<Violation> violations;
    private final String existing;
    private final Map<String, String> headers;
    private final String detailKey;

    public ProblemException(int status, String type, List<Object> args, List<Violation> violations, String existing,
            Map<String, String> headers) {
        this(status, type, "problem." + type + ".detail", args, violations, existing, headers);
    }

    private ProblemException(int status, String type, String detailKey, List<Object> args, List<Violation> violations,
            String existing, Map<String, String> headers) {
        super(type, null, false, false);
        this.status = status;
        this.type = type;
        this.detailKey = detailKey;
        this.args = args == null ? List.of() : args;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.existing = existing;
        this.headers = headers == null ? Map.of() : headers;
    }

    public ProblemException(int status, String type, Object... args) {
        this(status, type, List.of(args), List.of(), null, Map.of());
    }

    /** 404 for an unknown id; {@code what} picks the message ("software", "organization"…). */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "problem.not-found.detail." + what, List.of(id), List.of(), null, Map.of());
    }

    /**
     * A problem whose detail is one of several of its type: the message
     * {@code problem.<type>.detail.<variant>}.
     */
    public static ProblemException variant(int status, String type, String variant, Map<String, String> headers, Object... args) {
        return new ProblemException(status, type, "problem." + type + ".detail." + variant, List.of(args), List.of(), null, headers);
    }

    /** A bad query parameter or header: 400 naming it. */
    public static ProblemException badParameter(String parameter, String code, Object... args) {
        return new ProblemException(400, "invalid-parameter", List.of(parameter), List.of(Violation.of(parameter, code, args)),
                null, Map.of());
    }

    /** A body that parses but breaks the rules: 422 listing every refused value. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(422, "validation-failed", List.of(violations.size()), violations, null, Map.of());
    }

    public static ProblemException invalid(Violation violation) {
        return invalid(List.of(violation));
    }

    public static ProblemException conflict(String type, String existingPath, Object... args) {
        return new ProblemException(409, type, List.of(args), List.of(), existingPath,
                Map.of("Link", "<" + existingPath + ">; rel=\"duplicate\""));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Object> args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }

    public String detailKey() {
        return detailKey;
    }

    public String existing() {
        return existing;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
