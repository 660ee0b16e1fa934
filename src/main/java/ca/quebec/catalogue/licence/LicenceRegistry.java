package ca.quebec.catalogue.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.Violation;

/**
 * The SPDX License List bundled in {@code data/spdx/} (no network look-up), and
 * the checks of licence expressions against it.
 */
@ApplicationScoped
public class LicenceRegistry {

    private final Map<String, SpdxLicence> licences;
    private final Map<String, SpdxLicence> exceptions;
    private final String listVersion;

    public LicenceRegistry(ObjectMapper json) {
        JsonNode licenceList = read(json, "catalogue-data/spdx/licenses.json");
        JsonNode exceptionList = read(json, "catalogue-data/spdx/exceptions.json");
        this.listVersion = licenceList.path("licenseListVersion").asText();
        this.licences = index(licenceList.path("licenses"), true);
        this.exceptions = index(exceptionList.path("exceptions"), false);
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, SpdxLicence> index(JsonNode entries, boolean withFlags) {
        Map<String, SpdxLicence> byKey = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            SpdxLicence licence = new SpdxLicence(entry.path("id").asText(), entry.path("name").asText(),
                    withFlags && entry.path("osiApproved").asBoolean(), withFlags && entry.path("fsfLibre").asBoolean(),
                    entry.path("deprecated").asBoolean(), entry.path("reference").isTextual() ? entry.path("reference").asText() : null);
            byKey.put(key(licence.id()), licence);
        }
        return Map.copyOf(byKey);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    public String listVersion() {
        return listVersion;
    }

    public Optional<SpdxLicence> licence(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(licences.get(key(id)));
    }

    public List<SpdxLicence> licences() {
        return licences.values().stream().sorted(Comparator.comparing(l -> key(l.id()))).toList();
    }

    public Collection<SpdxLicence> exceptions() {
        return exceptions.values();
    }

    /** A valid expression, or the reason it is not one. */
    public sealed interface Check permits Valid, Invalid {
    }

    public record Valid(LicenceExpression expression, List<String> deprecatedIds) implements Check {
    }

    public record Invalid(String code, String token) implements Check {

        public Violation at(String field) {
            return Violation.of(field, code, token);
        }
    }

    public static final int EXPRESSION_MAX = SpdxExpressionParser.MAX_LENGTH;

    public Check check(String expression) {
        try {
            SpdxExpressionParser.Result result = SpdxExpressionParser.parse(expression, id -> licences.get(key(id)),
                    id -> exceptions.get(key(id)));
            return new Valid(result.expression(), result.deprecatedIds().stream().sorted().toList());
        } catch (SpdxExpressionParser.InvalidExpression e) {
            return new Invalid(e.failure.code(), e.failure.token());
        }
    }

    /**
     * Checks a licence expression sent to the API. Deprecated ids are refused:
     * replacing {@code GPL-2.0} by {@code -only} or {@code -or-later} would be a guess.
     */
    public Optional<Violation> violation(String field, String expression) {
        Check check = check(expression);
        if (check instanceof Invalid invalid) {
            return Optional.of(invalid.at(field));
        }
        Valid valid = (Valid) check;
        if (!valid.deprecatedIds().isEmpty()) {
            return Optional.of(Violation.of(field, "licence-deprecated-id", valid.deprecatedIds().get(0)));
        }
        if (valid.expression().canonical().length() > EXPRESSION_MAX) {
            // The stored (canonical) form can be longer than what was sent: it must fit too.
            return Optional.of(Violation.of(field, "licence-too-long", String.valueOf(EXPRESSION_MAX)));
        }
        return Optional.empty();
    }

    /** The expression as stored, with its derived flags; null for an unknown licence. */
    public LicenceView describe(String expression) {
        if (expression == null) {
            return null;
        }
        if (check(expression) instanceof Valid valid) {
            return new LicenceView(valid.expression().canonical(), valid.expression().osiApproved(), valid.expression().fsfLibre());
        }
        return new LicenceView(expression, null, null);
    }

    /** The canonical spelling of a valid expression (callers check it first). */
    public LicenceExpression parseValid(String expression) {
        if (check(expression) instanceof Valid valid) {
            return valid.expression();
        }
        throw new IllegalArgumentException("Not a valid SPDX expression: " + expression);
    }
}
