package ca.quebec.catalogue.publiccode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed document as the validator and the mapper see it: plain mappings,
 * sequences and scalars, each with its 1-based line and column, so that every
 * issue can point at its place. Built by {@link YamlReader}, never from Java
 * objects, so that no YAML tag can make us instantiate anything.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    int line();

    int column();

    /** What the YAML 1.2 Core schema made of a scalar. */
    enum Type {
        STRING, INT, FLOAT, BOOL, NULL
    }

    /** A scalar with its text as written (for numbers and booleans too) and its resolved type. */
    record Scalar(String text, Type type, int line, int column) implements YamlNode {
    }

    /** A mapping key (always a string: the reader refuses others) with its own position. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry for a key, or null; keys are unique (the reader refuses duplicates). */
        Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        YamlNode get(String key) {
            Entry entry = entry(key);
            return entry == null ? null : entry.value();
        }

        Map<String, Entry> asMap() {
            Map<String, Entry> map = new LinkedHashMap<>();
            entries.forEach(entry -> map.put(entry.key(), entry));
            return Collections.unmodifiableMap(map);
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A null scalar, or nothing at all: YAML's {@code key:} and an absent key mean the same to the standard. */
    static boolean isAbsent(YamlNode node) {
        return node == null || node instanceof Scalar scalar && scalar.type() == Type.NULL;
    }
}
