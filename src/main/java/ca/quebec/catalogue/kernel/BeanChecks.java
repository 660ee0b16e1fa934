package ca.quebec.catalogue.kernel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bean Validation's findings as the API reports every refusal: one violation
 * per field, at its JSON pointer, with a stable code whose message is in the
 * caller's language (Bean Validation's own messages are not).
 */
public final class BeanChecks {

    private BeanChecks() {
    }

    public static <T> Set<Violation> violations(Collection<ConstraintViolation<T>> found, String prefix) {
        Set<Violation> violations = new LinkedHashSet<>();
        for (ConstraintViolation<T> v : found) {
            String field = prefix + pointer(v.getPropertyPath());
            Object annotation = v.getConstraintDescriptor().getAnnotation();
            Object value = v.getInvalidValue();
            if (annotation instanceof NotNull) {
                violations.add(Violation.of(field, "required"));
            } else if (annotation instanceof Size size && value instanceof Collection<?> items) {
                violations.add(Violation.of(field, "too-many", size.max(), items.size()));
            } else if (annotation instanceof Size size && value instanceof CharSequence text) {
                violations.add(Violation.of(field, "too-long", size.max(), text.length()));
            } else {
                violations.add(Violation.of(field, "constraint", v.getMessage()));
            }
        }
        return violations;
    }

    /** {@code usages[3].software} as {@code /usages/3/software}. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
