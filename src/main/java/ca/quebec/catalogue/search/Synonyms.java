package ca.quebec.catalogue.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.quebec.catalogue.search.Analysis.Language;

/**
 * The curated synonym groups of {@code data/synonyms.txt}, applied at query time only.
 *
 * <p>Phrases are compared by their stems, in either language, so that "sondages",
 * "surveys" and "Sondage" all find the group of "sondage". Lucene's synonym graph
 * filter is not used because the query is built by {@link QueryPlan}, which needs to
 * know which words of the query a synonym stands for (to count them once in the
 * minimum number of matching words, and to highlight what they found).
 */
final class Synonyms {

    static final String RESOURCE = "catalogue-data/synonyms.txt";

    /** A way of saying a concept: its significant words, folded, and their positions relative to the first. */
    record Phrase(List<String> words, List<Integer> positions) {
    }

    private final Map<String, List<List<Phrase>>> byKey = new HashMap<>();
    private int longest;

    private Synonyms() {
    }

    static Synonyms none() {
        return new Synonyms();
    }

    static Synonyms fromClassPath(Analysis analysis) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            return parse(analysis, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(Analysis analysis, String text) {
        try {
            return parse(analysis, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Synonyms parse(Analysis analysis, Reader source) throws IOException {
        Synonyms synonyms = new Synonyms();
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<Phrase> group = new ArrayList<>();
            for (String entry : trimmed.split(",")) {
                Phrase phrase = phrase(analysis, entry);
                if (phrase != null) {
                    group.add(phrase);
                }
            }
            if (group.size() > 1) {
                synonyms.add(group);
            }
        }
        return synonyms;
    }

    private void add(List<Phrase> group) {
        for (Phrase phrase : group) {
            for (Language language : Language.values()) {
                List<List<Phrase>> groups = byKey.computeIfAbsent(key(language, phrase.words()), k -> new ArrayList<>());
                if (!groups.contains(group)) {
                    groups.add(group);
                }
            }
            longest = Math.max(longest, phrase.words().size());
        }
    }

    /** The significant words of a text, with positions counted from the first (stop words leave gaps, as in the index). */
    static Phrase phrase(Analysis analysis, String text) {
        List<String> words = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int first = -1;
        for (Analysis.Token token : analysis.tokens(text)) {
            if (token.stop()) {
                continue;
            }
            if (first < 0) {
                first = token.position();
            }
            words.add(token.term());
            positions.add(token.position() - first);
        }
        return words.isEmpty() ? null : new Phrase(List.copyOf(words), List.copyOf(positions));
    }

    /** A stretch of the query's words, {@code [from, to)}, that names a concept; its other ways of saying it. */
    record Match(int from, int to, List<Phrase> alternatives) {
    }

    /** The longest group phrase that starts at {@code from} in the query's significant words, if any. */
    Match longestAt(List<String> words, int from) {
        for (int to = Math.min(words.size(), from + longest); to > from; to--) {
            List<String> stretch = words.subList(from, to);
            Set<Phrase> alternatives = new LinkedHashSet<>();
            Set<String> own = new LinkedHashSet<>();
            for (Language language : Language.values()) {
                String key = key(language, stretch);
                own.add(key);
                for (List<Phrase> group : byKey.getOrDefault(key, List.of())) {
                    alternatives.addAll(group);
                }
            }
            if (!alternatives.isEmpty()) {
                // The words as typed are matched anyway; only the other ways of saying it are alternatives.
                alternatives.removeIf(p -> own.contains(key(Language.FR, p.words())) || own.contains(key(Language.EN, p.words())));
                return new Match(from, to, List.copyOf(alternatives));
            }
        }
        return null;
    }

    int groupCount() {
        return (int) byKey.values().stream().flatMap(List::stream).distinct().count();
    }

    private static String key(Language language, List<String> words) {
        StringBuilder key = new StringBuilder(language.name());
        for (String word : words) {
            key.append(' ').append(Analysis.stem(language, word));
        }
        return key.toString();
    }
}
