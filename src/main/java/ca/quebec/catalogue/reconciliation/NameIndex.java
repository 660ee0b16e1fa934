package ca.quebec.catalogue.reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The names and aliases of the published records, by {@link InventoryLine#key}:
 * what an inventory line is matched against exactly. Rebuilt from the database
 * when the change log has moved (one query to know), so that every instance
 * matches against what is published now.
 */
@ApplicationScoped
class NameIndex {

    /**
     * A record a key names, whether by its name or by one of its aliases, and the programming languages its
     * names, keywords and descriptions say it is written for or in ({@code python} for scikit-learn and
     * PyTorch, none for OpenSSL): a library package of a language (python3-openssl) names it only if it is
     * of that language.
     */
    record Named(RecordKind kind, String id, String name, boolean byAlias, Set<String> languages) {
    }

    /**
     * How a record's text names a language. Ruby, PHP and Python are read inside words (JRuby, phpMyAdmin,
     * wxPython); Perl, Java and Go only as words (hyperlink, JavaScript, gigaoctets), R only as a capital alone.
     */
    private static final Map<String, Pattern> LANGUAGES = Map.of(
            "python", Pattern.compile("(?i)python"),
            "ruby", Pattern.compile("(?i)ruby"),
            "php", Pattern.compile("(?i)php"),
            "perl", Pattern.compile("(?i)(?<!\\p{L})perl(?!\\p{L})"),
            "java", Pattern.compile("(?i)(?<!\\p{L})java(?!\\p{L})"),
            "javascript", Pattern.compile("(?i)javascript|typescript|node\\.?js"),
            "go", Pattern.compile("(?i)golang|(?<!\\p{L})go(?:lang)? (?:language|library|module)|(?:langage|language|written in|écrit en) go(?!\\p{L})"),
            "r", Pattern.compile("(?<![\\p{L}\\p{N}&'’-])R(?![\\p{L}\\p{N}&'’-])"));

    /** The languages a record's names, keywords and descriptions name. */
    static Set<String> languages(CatalogueRecord record) {
        List<String> texts = new ArrayList<>();
        texts.add(record.name);
        texts.addAll(record.aliases);
        texts.addAll(record.keywords);
        texts.add(record.descriptionEn == null ? "" : record.descriptionEn);
        texts.add(record.descriptionFr == null ? "" : record.descriptionFr);
        String text = String.join("\n", texts);
        Set<String> languages = new TreeSet<>();
        LANGUAGES.forEach((language, pattern) -> {
            if (pattern.matcher(text).find()) {
                languages.add(language);
            }
        });
        return Set.copyOf(languages);
    }

    /** The names as of one point of the change log: a batch of lines is matched against one. */
    record Snapshot(long seq, Map<String, List<Named>> byKey, Map<String, Named> byId) {

        /** The records the key names, by name first, then by alias. */
        List<Named> lookup(String key) {
            return byKey.getOrDefault(key, List.of());
        }

        /**
         * The records a key names with one letter off (a typo: "Filezila", "inkskape"):
         * keys of six letters or more, one edit apart (insertion, deletion, substitution
         * or transposition).
         */
        List<Named> oneEditFrom(String key) {
            if (key.length() < 6) {
                return List.of();
            }
            List<Named> found = new ArrayList<>();
            byKey.forEach((other, named) -> {
                if (Math.abs(other.length() - key.length()) <= 1 && other.length() >= 6 && oneEdit(key, other)) {
                    found.addAll(named);
                }
            });
            return found;
        }

        /** A published record by kind and id, or null. */
        Named byId(RecordKind kind, String id) {
            return byId.get(kind.wire + ":" + id);
        }
    }

    private final RecordRepository records;
    private final ChangeService changes;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of());

    NameIndex(RecordRepository records, ChangeService changes) {
        this.records = records;
        this.changes = changes;
    }

    /** Damerau-Levenshtein distance of exactly one (equal keys are not typos). */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String restA = a.substring(Math.min(i + 1, a.length()));
        String restB = b.substring(Math.min(i + 1, b.length()));
        if (a.length() == b.length()) {
            boolean transposed = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return restA.equals(restB) || transposed;
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** The names as published now: rebuilt when the change log has moved since the last build. */
    Snapshot current() {
        long seq = changes.lastSeq();
        Snapshot now = snapshot;
        if (now.seq() != seq) {
            now = build(seq);
            snapshot = now;
        }
        return now;
    }

    @Transactional
    Snapshot build(long seq) {
        return snapshot(seq, records.listed(VisibilityPolicy.ANONYMOUS.listed("r", null)));
    }

    /** The names of these records, by key: a record's own name first, then its aliases. */
    static Snapshot snapshot(long seq, Iterable<? extends CatalogueRecord> listed) {
        Map<String, List<Named>> byKey = new HashMap<>();
        Map<String, Named> byId = new HashMap<>();
        for (CatalogueRecord record : listed) {
            Set<String> languages = languages(record);
            byId.put(record.kind().wire + ":" + record.id, new Named(record.kind(), record.id, record.name, false, languages));
            Map<String, Boolean> keys = new LinkedHashMap<>();
            keys.put(InventoryLine.key(record.name), false);
            for (String alias : record.aliases) {
                keys.putIfAbsent(InventoryLine.key(alias), true);
            }
            keys.forEach((key, byAlias) -> {
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named(record.kind(), record.id, record.name, byAlias, languages));
                }
            });
        }
        byKey.values().forEach(named -> named.sort((a, b) -> Boolean.compare(a.byAlias(), b.byAlias())));
        return new Snapshot(seq, byKey, byId);
    }
}
