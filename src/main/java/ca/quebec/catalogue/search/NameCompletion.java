package ca.quebec.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import ca.quebec.catalogue.search.SearchService.SearchLabels.Named;

/**
 * Completion over the names of bodies (names, acronyms, other names) and categories, built
 * once per set of labels (the indexer makes a new one when it rebuilds).
 *
 * <p>Folding and splitting every name on each keystroke was 86 % of a suggestion's CPU (the
 * regular expressions alone 69 %). Here each name is folded and split once, and its keys
 * kept in two sorted arrays, whole names and words; the keys a typed prefix starts are one
 * contiguous run found by binary search. The answer is the one {@link Named#matching} gives,
 * by construction: the same folding and splitting ({@link SearchService#fold},
 * {@link Named#WORDS}), the same rule (a word counts if longer than two letters and the typed
 * text has at least two), the first matching name of each entry, entries in their order.
 */
final class NameCompletion {

    /** What a prefix completed: the entry and which of its names. */
    record Match(Named named, String name) {
    }

    private final List<Named> named;
    private final Keys whole;
    private final Keys words;

    NameCompletion(List<Named> named) {
        this.named = List.copyOf(named);
        List<Key> wholeKeys = new ArrayList<>();
        List<Key> wordKeys = new ArrayList<>();
        for (int entry = 0; entry < this.named.size(); entry++) {
            List<String> names = this.named.get(entry).names();
            for (int name = 0; name < names.size(); name++) {
                String folded = SearchService.fold(names.get(name));
                wholeKeys.add(new Key(folded, entry, name));
                for (String word : Named.WORDS.split(folded)) {
                    if (word.length() > 2) {
                        wordKeys.add(new Key(word, entry, name));
                    }
                }
            }
        }
        this.whole = new Keys(wholeKeys);
        this.words = new Keys(wordKeys);
    }

    /** Up to {@code limit} entries one of whose names starts with the folded text, or has a word that does; in entry order. */
    List<Match> complete(String folded, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // For each entry, the first of its names that matched (what the linear scan returned).
        int[] first = new int[named.size()];
        Arrays.fill(first, Integer.MAX_VALUE);
        BitSet hit = new BitSet(named.size());
        whole.collect(folded, first, hit);
        if (folded.length() >= 2) {
            words.collect(folded, first, hit);
        }
        List<Match> out = new ArrayList<>(Math.min(limit, hit.cardinality()));
        for (int entry = hit.nextSetBit(0); entry >= 0 && out.size() < limit; entry = hit.nextSetBit(entry + 1)) {
            Named n = named.get(entry);
            out.add(new Match(n, n.names().get(first[entry])));
        }
        return out;
    }

    private record Key(String key, int entry, int name) {
    }

    /** Keys in sorted order, with the entry and name each came from. */
    private static final class Keys {
        private final String[] keys;
        private final int[] entries;
        private final int[] names;

        Keys(List<Key> unsorted) {
            List<Key> sorted = new ArrayList<>(unsorted);
            sorted.sort((a, b) -> a.key().compareTo(b.key()));
            keys = new String[sorted.size()];
            entries = new int[sorted.size()];
            names = new int[sorted.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sorted.get(i).key();
                entries[i] = sorted.get(i).entry();
                names[i] = sorted.get(i).name();
            }
        }

        /** Every key that starts with the prefix: they follow one another from the first key not below it. */
        void collect(String prefix, int[] first, BitSet hit) {
            int i = Arrays.binarySearch(keys, prefix);
            if (i < 0) {
                i = -i - 1;
            } else {
                // Equal keys may precede the one found.
                while (i > 0 && keys[i - 1].equals(prefix)) {
                    i--;
                }
            }
            for (; i < keys.length && keys[i].startsWith(prefix); i++) {
                hit.set(entries[i]);
                first[entries[i]] = Math.min(first[entries[i]], names[i]);
            }
        }
    }
}
