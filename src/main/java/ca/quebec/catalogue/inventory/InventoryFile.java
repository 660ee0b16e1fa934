package ca.quebec.catalogue.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.reconciliation.InventoryLine;

/**
 * An inventory as a spreadsheet or an inventory tool exports it (RFC 4180 CSV):
 * comma, semicolon (French Excel) or tab separated; UTF-8 with or without a byte
 * order mark, or Windows-1252 (what Excel writes by default), told apart by
 * whether the bytes are valid UTF-8. The header is recognized by its name
 * column (Nom, Name, DisplayName, Logiciel, Software, Package…); a version and
 * a count column are read when present. A file of one column without a
 * recognized header is a plain list of names.
 */
final class InventoryFile {

    /** Most lines one inventory may hold. */
    static final int MAX_LINES = 50_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> NAME_HEADERS = Set.of("name", "nom", "logiciel", "logiciels", "software", "displayname",
            "display name", "application", "applications", "produit", "product", "package", "paquet", "paquetage", "programme",
            "program", "titre", "title", "nom du logiciel", "software name", "nom logiciel", "arpdisplayname0", "displayname0",
            "productname", "product name", "nom du produit");
    private static final Set<String> VERSION_HEADERS = Set.of("version", "versions", "displayversion", "display version", "ver",
            "version0", "displayversion0", "productversion", "product version");
    private static final Set<String> COUNT_HEADERS = Set.of("count", "nombre", "nb", "installations", "installs", "postes",
            "quantity", "quantite", "instances", "computers", "ordinateurs", "total", "nombre d installations", "nb postes",
            "nombre de postes", "installation count", "install count");

    private InventoryFile() {
    }

    /** The entries of a CSV file; a file that cannot be one is refused with a problem naming why. */
    static List<InventoryEntry> read(byte[] bytes) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw ProblemException.invalid(Violation.of("", "inventory.empty"));
        }
        char delimiter = delimiter(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get())) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_LINES + 1) {
                    throw ProblemException.invalid(Violation.of("", "inventory.too-many-lines", MAX_LINES));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid(Violation.of("", "inventory.not-csv", e.getMessage() == null ? "" : e.getMessage()));
        }
        CSVRecord first = records.get(0);
        int name = -1;
        int version = -1;
        int count = -1;
        for (int i = 0; i < first.size(); i++) {
            String header = header(first.get(i));
            if (name < 0 && NAME_HEADERS.contains(header)) {
                name = i;
            } else if (version < 0 && VERSION_HEADERS.contains(header)) {
                version = i;
            } else if (count < 0 && COUNT_HEADERS.contains(header)) {
                count = i;
            }
        }
        int from = 1;
        if (name < 0) {
            if (records.stream().anyMatch(r -> r.size() > 1)) {
                throw ProblemException.invalid(Violation.of("", "inventory.no-name-column", String.join(", ", first.toList())));
            }
            // One column and no header: a plain list of names.
            name = 0;
            from = 0;
        }
        if (records.size() - from > MAX_LINES) {
            throw ProblemException.invalid(Violation.of("", "inventory.too-many-lines", MAX_LINES));
        }
        List<InventoryEntry> entries = new ArrayList<>(records.size() - from);
        List<Violation> violations = new ArrayList<>();
        for (int i = from; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            String where = "/lines/" + (i - from);
            String raw = record.size() > name ? record.get(name) : "";
            if (raw.isBlank()) {
                continue;
            }
            if (raw.length() > InventoryLine.MAX_LENGTH) {
                violations.add(Violation.of(where + "/name", "too-long", InventoryLine.MAX_LENGTH, raw.length()));
                continue;
            }
            String v = version >= 0 && record.size() > version ? blankToNull(record.get(version)) : null;
            if (v != null && v.length() > 100) {
                violations.add(Violation.of(where + "/version", "too-long", 100, v.length()));
                continue;
            }
            Integer n = null;
            if (count >= 0 && record.size() > count && !record.get(count).isBlank()) {
                try {
                    n = Integer.valueOf(record.get(count).replaceAll("[\\s\u00a0\u202f]", ""));
                    if (n < 0 || n > 10_000_000) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    violations.add(Violation.of(where + "/count", "inventory.bad-count", record.get(count)));
                    continue;
                }
            }
            entries.add(new InventoryEntry(raw, v, n));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() > 100 ? violations.subList(0, 100) : violations);
        }
        return entries;
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte order mark is dropped), else Windows-1252; binary is refused. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            // UTF-16, as Excel's "Unicode text" writes it.
            throw ProblemException.invalid(Violation.of("", "inventory.encoding"));
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw ProblemException.invalid(Violation.of("", "inventory.binary"));
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                controls++;
            }
        }
        if (controls > 0) {
            throw ProblemException.invalid(Violation.of("", "inventory.binary"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            try {
                return WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw ProblemException.invalid(Violation.of("", "inventory.encoding"));
            }
        }
    }

    /** The separator the first line uses most, outside quotes: comma, semicolon or tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String header(String cell) {
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
