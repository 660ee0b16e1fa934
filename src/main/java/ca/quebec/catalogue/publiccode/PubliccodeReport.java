package ca.quebec.catalogue.publiccode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
    public record RenderedIssue(String key, int line, int column, String code, String message) {
    }

    /** The whole report in one language, ready to be serialised. */
    public record Rendered(boolean valid, List<RenderedIssue> errors, List<RenderedIssue> warnings) {
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
