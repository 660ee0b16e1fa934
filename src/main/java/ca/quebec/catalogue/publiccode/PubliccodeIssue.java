package ca.quebec.catalogue.publiccode;

import java.util.List;
import java.util.Locale;

import ca.quebec.catalogue.kernel.Messages;

/**
 * One problem found in a publiccode.yml.
 *
 * @param severity whether it makes the file invalid
 * @param key      dotted path of the key in the file ({@code legal.license},
 *                 {@code description.en.shortDescription}, {@code maintenance.contacts[0].email});
 *                 empty for the file as a whole (bad encoding, syntax)
 * @param line     1-based line of the key or value in question; 0 when there is no place
 *                 in the file (the file is too large, or the issue comes from an export)
 * @param column   1-based column, 0 likewise
 * @param code     stable machine code; the message key is {@code publiccode.<code>}
 * @param args     values for the message
 */
public record PubliccodeIssue(Severity severity, String key, int line, int column, String code, List<Object> args) {

    public enum Severity {
        ERROR, WARNING
    }

    public PubliccodeIssue {
        args = List.copyOf(args);
    }

    static PubliccodeIssue error(String key, int line, int column, String code, Object... args) {
        return new PubliccodeIssue(Severity.ERROR, key, line, column, code, List.of(args));
    }

    static PubliccodeIssue warning(String key, int line, int column, String code, Object... args) {
        return new PubliccodeIssue(Severity.WARNING, key, line, column, code, List.of(args));
    }

    /**
     * The message in French ({@link Messages#FRENCH}) or English ({@link Messages#ENGLISH}).
     * Licence codes are the ones {@code LicenceRegistry} gives the rest of the API, so their
     * texts are shared with it rather than repeated.
     */
    public String message(Locale locale) {
        String key = "publiccode." + code;
        String text = Messages.get(locale, key, args);
        return text.equals(key) ? Messages.get(locale, "violation." + code, args) : text;
    }
}
