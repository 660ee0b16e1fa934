package ca.quebec.catalogue.publiccode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a tree of ordered maps, lists, texts and booleans as block-style YAML.
 *
 * <p>Every text value is quoted (or written as a literal block when it spans several lines),
 * so that no reader, YAML 1.1 or 1.2, can take {@code yes}, {@code no}, {@code 2024-01-01},
 * {@code 0.4} or {@code null} for anything but text. Keys are the standard's identifiers and
 * language tags; a tag that a YAML 1.1 reader would take for a boolean ({@code no}, Norwegian)
 * is quoted too. Output depends only on the input: same tree, same bytes.
 */
final class YamlWriter {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*");
    private static final Set<String> YAML11_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private final StringBuilder out = new StringBuilder();

    static String write(Map<String, Object> document) {
        YamlWriter writer = new YamlWriter();
        writer.mapping(document, 0);
        return writer.out.toString();
    }

    private void mapping(Map<String, Object> mapping, int indent) {
        boolean first = true;
        for (Map.Entry<String, Object> entry : mapping.entrySet()) {
            if (!first || indent > 0) {
                out.append(" ".repeat(indent));
            }
            first = false;
            entry(entry.getKey(), entry.getValue(), indent);
        }
    }

    /** A key and its value; the key's indentation is already written. */
    private void entry(String key, Object value, int indent) {
        out.append(key(key)).append(':');
        value(value, indent);
    }

    @SuppressWarnings("unchecked")
    private void value(Object value, int indent) {
        if (value instanceof Map<?, ?> map) {
            out.append('\n');
            mapping((Map<String, Object>) map, indent + 2);
        } else if (value instanceof List<?> list) {
            out.append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof Map<?, ?> map) {
                    // "- first: value" then the other keys under it.
                    out.append(' ');
                    boolean first = true;
                    for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                        if (!first) {
                            out.append(" ".repeat(indent + 4));
                        }
                        first = false;
                        entry(entry.getKey(), entry.getValue(), indent + 4);
                    }
                } else {
                    value(item, indent + 2);
                }
            }
        } else if (value instanceof Boolean bool) {
            out.append(' ').append(bool).append('\n');
        } else {
            text(String.valueOf(value), indent);
        }
    }

    private static String key(String key) {
        if (PLAIN_KEY.matcher(key).matches() && !YAML11_WORDS.contains(key.toLowerCase(Locale.ROOT))) {
            return key;
        }
        return quoted(key);
    }

    private void text(String text, int indent) {
        if (literalSafe(text)) {
            int trailing = 0;
            while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            // Chomping keeps the exact number of final line breaks: strip, clip (one), keep.
            out.append(trailing == 0 ? " |-" : trailing == 1 ? " |" : " |+").append('\n');
            String body = text.substring(0, text.length() - trailing);
            for (String line : body.split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.append(" ".repeat(indent + 2)).append(line);
                }
                out.append('\n');
            }
            out.append("\n".repeat(Math.max(0, trailing - 1)));
            return;
        }
        out.append(' ').append(quoted(text)).append('\n');
    }

    /**
     * A literal block reads back byte for byte only for printable text whose lines neither
     * start the block with blanks (the indentation would be misread) nor end with blanks
     * (editors strip them). Anything else is written double-quoted with escapes.
     */
    private static boolean literalSafe(String text) {
        if (!text.contains("\n") || text.isBlank()) {
            return false;
        }
        String body = text.stripTrailing();
        if (body.isEmpty() || body.startsWith(" ") || body.startsWith("\t") || body.startsWith("\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && (line.isBlank() || Character.isWhitespace(line.charAt(line.length() - 1)))) {
                return false;
            }
        }
        return text.codePoints().allMatch(c -> c == '\n' || c == '\t' || printable(c) && c != 0x85 && c != 0xFEFF);
    }

    /** YAML's printable set, minus the line breaks it folds (NEL, LS, PS). */
    private static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Escapes only in their numeric form: {@code \N}, {@code \L} and {@code \P} are YAML but not every parser knows them. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                case 0 -> quoted.append("\\0");
                default -> {
                    if (printable(c) && c != 0xFEFF) {
                        quoted.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        quoted.append(String.format("\\x%02X", c));
                    } else {
                        quoted.append(String.format("\\u%04X", c));
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
