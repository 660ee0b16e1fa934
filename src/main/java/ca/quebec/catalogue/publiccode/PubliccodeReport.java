package ca.quebec.catalogue.publiccode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@link PubliccodeValidator#validate(byte[])} found. A file is valid when it has no
 * error; warnings never make it invalid. Issues are sorted by their place in the file.
 * A valid report also carries the parsed document, which {@link PubliccodeMapper#read} turns
 * into a {@link PubliccodeSolution}.
 */
public final class PubliccodeReport {

    private static final Comparator<PubliccodeIssue> BY_PLACE = Comparator.comparingInt(PubliccodeIssue::line)
            .thenComparingInt(PubliccodeIssue::column).thenComparing(PubliccodeIssue::key)
            .thenComparing(PubliccodeIssue::code);

    private final List<PubliccodeIssue> errors;
    private final List<PubliccodeIssue> warnings;
    private final YamlNode.Mapping document;

    PubliccodeReport(List<PubliccodeIssue> errors, List<PubliccodeIssue> warnings, YamlNode.Mapping document) {
        this.errors = sorted(errors);
        this.warnings = sorted(warnings);
        this.document = document;
    }

    private static List<PubliccodeIssue> sorted(List<PubliccodeIssue> issues) {
        List<PubliccodeIssue> copy = new ArrayList<>(issues);
        copy.sort(BY_PLACE);
        return List.copyOf(copy);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<PubliccodeIssue> errors() {
        return errors;
    }

    public List<PubliccodeIssue> warnings() {
        return warnings;
    }

    /** The parsed file; null when it could not be read at all (bad YAML, hostile input). */
    YamlNode.Mapping document() {
        return document;
    }

    /** One issue with its message rendered, ready to be serialised (e.g. as JSON). */
    @Schema(name = "PubliccodeIssue", description = "One problem in a publiccode.yml, where it is")
    public record RenderedIssue(
            @Schema(description = "Key path, e.g. maintenance.contacts[0].email; empty for the document itself", required = true) String key,
            @Schema(description = "1-based line (0 when the problem is not at one place)", required = true) int line,
            @Schema(description = "1-based column", required = true) int column,
            @Schema(description = "Stable machine code", required = true) String code,
            @Schema(description = "What is wrong, in the caller's language", required = true) String message) {
    }

    /** The whole report in one language, ready to be serialised. */
    @Schema(name = "PubliccodeReport", description = "The validation of a publiccode.yml")
    public record Rendered(
            @Schema(description = "No error (warnings allowed)", required = true) boolean valid,
            @Schema(required = true) List<RenderedIssue> errors,
            @Schema(required = true) List<RenderedIssue> warnings) {
    }

    /** Renders every message in French ({@code Messages.FRENCH}) or English ({@code Messages.ENGLISH}). */
    public Rendered render(Locale locale) {
        return new Rendered(valid(), render(errors, locale), render(warnings, locale));
    }

    private static List<RenderedIssue> render(List<PubliccodeIssue> issues, Locale locale) {
        return issues.stream()
                .map(i -> new RenderedIssue(i.key(), i.line(), i.column(), i.code(), i.message(locale)))
                .toList();
    }

    @Override
    public String toString() {
        return "PubliccodeReport[valid=" + valid() + ", errors=" + errors + ", warnings=" + warnings + "]";
    }
}
